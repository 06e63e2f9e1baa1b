import type { Fix, Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/*
 * C / C++ knowledge (gcc, g++, clang, GNU ld / lld, glibc, sanitizers, CMake).
 *
 * Language: compiler messages that exist for both languages come as a pair: the `c.*` pattern
 * accepts any file, the `cpp.*` twin requires a C++ source extension (or a C++-only symbol) and has
 * priority +1, so a .cpp file is reported as C++ and a .c file as C. Runtime crashes (segfault,
 * glibc heap checks, sanitizers, loader errors) name no source language: they are filed under 'c'
 * unless the text shows C++ somewhere (CPP_EVIDENCE, the one test every C/C++ twin shares).
 *
 * Priorities used in this file:
 *   20  sanitizer reports, one exact runtime message (uncaught std:: exception)
 *   15  glibc heap-check aborts, specific terminate messages
 *   10/11  compiler and linker messages (c / cpp twin)
 *    5  signal-level crashes (Segmentation fault, Bus error, FPE) - beaten by language runtimes
 *  1-2  summary lines (collect2 ld returned 1, Aborted)
 *  -10/-9  any "file.c:1:2: error: ..." (c / cpp)
 *
 * gcc quotes names with ‘ ’ in UTF-8 locales and ' ' otherwise; GNU ld uses ` ' - both accepted.
 */

export const cppref = (title: string, path: string): Reference => ref(`cppreference: ${title}`, `https://en.cppreference.com/w/${path}`);

export function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/** Opening / closing quotes as printed by gcc, clang and ld. */
export const QO = "[`'‘]";
export const QC = "['’]";
/** Quoted content. */
export const QN = "[^'’‘`\\n]";
// Arduino sketches (.ino) are C++ compiled by avr-g++; CUDA sources (.cu, .cuh) are CUDA C++.
const CPP_EXT = String.raw`(?:cc|cpp|cxx|c\+\+|C|hpp|hh|hxx|ipp|tpp|inl|ino|cu|cuh)`;
/**
 * Optional `file.c:12:5: ` location (any C/C++ extension; a Windows path keeps its drive letter, as
 * MinGW, ESP-IDF and Arduino print it). Captures `file`, `line`, `col`.
 */
// The locations are look-behinds: the regex then starts at the message's literal text instead of
// trying a file name at every word of the input (3-4x faster on long logs).
export const ANY_LOC = String.raw`(?:(?<=(?<![^\s])(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.(?:c|h|m|mm|` + CPP_EXT.slice(3, -1) + String.raw`)):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )|)`;
/** Required C++ location `file.cpp:12:5: `. Captures `file`, `line`, `col`. */
const CPP_LOC = String.raw`(?<=(?<![^\s])(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.` + CPP_EXT + String.raw`):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )`;
/**
 * "error:" / "fatal error:" as gcc prints it in other locales (LANG=de_DE: "Fehler:", fr:
 * "erreur :", zh_CN: "错误：", ja: "エラー:", ru: "ошибка:"...). Messages may stay English.
 */
export const ERR_L = String.raw`(?:(?:fatal )?error|schwerwiegender Fehler|Fehler|erreur fatale|erreur|error fatal|фатальная ошибка|ошибка|致命错误|错误|致命的エラー|エラー|erro fatal|erro|errore fatale|errore|błąd krytyczny|błąd|ölümcül hata|hata|치명적 오류|오류)\s?[:：]\s?`;
/** strerror(ENOENT) in the same locales. */
const NO_SUCH_FILE = String.raw`(?:No such file or directory|Datei oder Verzeichnis nicht gefunden|Aucun fichier ou (?:dossier|répertoire) de ce (?:type|nom)|No existe el (?:archivo|fichero) o (?:el )?directorio|Нет такого файла или каталога|没有那个文件或目录|沒有此一檔案或目錄|そのようなファイルやディレクトリはありません|Arquivo ou diretório inexistente|Ficheiro ou pasta inexistente|File o directory non esistente|Nie ma takiego pliku ani katalogu|Böyle bir dosya ya da dizin yok|그런 파일이나 디렉터리가 없습니다|Adresář nebo soubor neexistuje|Bestand of map bestaat niet)`;
/** Quotes of localised gcc/ld messages (German »x«, French « x », Russian «x», Chinese ‘x’). */
export const LQO = "[`'‘»«„“\"]";
export const LQC = "['’«»“”\"]";
export const LQN = "[^'’‘`»«„“”\"\n]";

/**
 * The leading words of a compiler message, without the names in it: what a developer calls the
 * error ("expected unqualified-id before 'return'" -> "expected unqualified-id").
 */
// Keywords gcc quotes ('return' with no value, 'for' loop initial declarations): words of the phrase, not names.
const QUOTED_KEYWORD = /^(?:return|for|while|do|if|else|switch|case|default|break|continue|goto|sizeof|typedef|static|extern|const|volatile|inline|struct|union|enum|void|auto|override|final|virtual|explicit|constexpr|consteval|constinit|noexcept|this|template|typename|class|namespace|friend|mutable|register|asm)$/;

export function phraseOf(message: string | undefined): string {
  let m = (message ?? '').replace(/\s*\[-(?:W[^\]\n]*|fpermissive)\]\s*$/, '');
  // "expected ';' before '}' token", "expected '}' at end of input": what was expected is the phrase,
  // its quotes kept (`expected ';'`), in any locale's quotes.
  if (/^expected /.test(m)) {
    const e = m
      .replace(/«\s?([^»\n]{1,40}?)\s?»|»([^«\n]{1,40}?)«/g, (_q: string, fr?: string, de?: string) => `'${fr ?? de}'`)
      .replace(/[‘’`„“”]/g, "'")
      .split(/\s(?:before|after|at end of input|at end of|at|in|for|to|instead of|following)\s|\s(?:at end of input)$/)[0]
      .replace(/\s+/g, ' ')
      .replace(/[\s,:;]+$/, '')
      .trim();
    if (e.length > 'expected'.length && e.split(' ').length <= 10) return e;
  }
  // clang's and older gcc's wordings of a failed static_assert.
  if (/^static(?:_assert| assertion) failed\b/.test(m)) return 'static assertion failed';
  // Names are quoted: drop them (a keyword stays a word), then keep the words before the first detail.
  const NAME = '\u0000';
  m = m.replace(/'([^'\n]*)'|‘([^’\n]*)’|"([^"\n]*)"|`([^`'\n]*)'|«([^»\n]*)»|»([^«\n]*)«|“([^”\n]*)”/g, (_q: string, ...names: (string | undefined)[]) => {
    const name = names.slice(0, 7).find((n) => n !== undefined)?.trim() ?? '';
    return QUOTED_KEYWORD.test(name) ? ` ${name} ` : ` ${NAME} `;
  });
  // A name whose closing quote a terminal wrapped onto the next line is still a name.
  m = m.replace(/\s['‘"`«»“][^'’"»«”\n]*$/, ' ');
  m = m.split(/[:;(<{[,]/)[0].replace(/\s+/g, ' ').replace(/ declared with attribute\b.*$/, '').trim();
  // "static declaration of 'f' follows …": the name and its preposition go together.
  m = m.replace(new RegExp(String.raw`\s(?:of|for|to|in) ${NAME}(?= [a-z])`, 'g'), '');
  m = m.replace(new RegExp(NAME, 'g'), ' ').replace(/(?<=\s)\d+(?=\s|$)/g, ' ').replace(/\s+/g, ' ').trim();
  m = m.replace(/(?:\s+(?:before|after|of|to|for|in|from|with|on|at|by|as|the|a|an|or|and|[^\w\s'#]{1,3}))+$/, '').trim();
  return m.length >= 4 && m.split(' ').length <= 10 ? m : 'compile error';
}

export function at(c: Captures): string {
  const file = c.file ?? c.file2;
  return file ? ` (${file}:${c.line ?? c.line2})` : '';
}

/** `libpthread.so.0` from `//lib/x86_64-linux-gnu/libpthread.so.0`. */
function libraryFile(path: string | undefined): string {
  return path?.split(/[\\/]/).pop() || 'its library';
}
/** The -l flag for a library file (libm.so.6 -> -lm), pthread's own -pthread. */
function linkFlag(path: string | undefined): string {
  const name = /^lib([\w+-]{1,100}?)\.(?:so|a|dylib)\b/.exec(libraryFile(path))?.[1];
  if (!name) return 'the library';
  return name === 'pthread' ? '-pthread' : `-l${name}`;
}
function linkFix(path: string | undefined): string {
  const flag = linkFlag(path);
  if (flag === '-pthread') return 'gcc main.o -o app -pthread\n# CMake\nfind_package(Threads REQUIRED)\ntarget_link_libraries(app PRIVATE Threads::Threads)';
  if (flag === 'the library') return 'target_link_libraries(app PRIVATE <library>)';
  return `gcc main.o -o app ${flag}\n# CMake\ntarget_link_libraries(app PRIVATE ${flag.slice(2)})`;
}

/** The variable an unused-variable diagnostic names: its first quoted name, in any locale's quotes. */
function unusedName(c: Captures): string | undefined {
  return /[`'‘»«"“„「]\s?([^»«"“”„‘’'「」\n]{1,200}?)\s?[«»"”“’'」]/.exec(c.message ?? '')?.[1];
}

/** The undefined/duplicated symbol, whichever linker (or locale) reported it. */
function sym(c: Captures): string {
  return c.symbol ?? c.shlibSymbol ?? c.objSymbol ?? c.lldSymbol ?? c.emSymbol ?? c.machoSymbol ?? c.symbolFr ?? c.symbolDe ?? c.symbolEs ?? c.symbolRu ?? c.symbolZh ?? c.symbolJa ?? c.symbolXx ?? 'the symbol';
}

/** The type an incomplete-type diagnostic names, whichever wording it used. */
function incompleteType(c: Captures): string | undefined {
  return c.type ?? c.type2 ?? c.type3 ?? c.derefType ?? c.undefType ?? c.defType ?? c.sizeofType ?? c.accessType ?? c.declared;
}

/** Header that declares a std:: name (for "'x' is not a member of 'std'"). */
const STD_HEADERS: Record<string, string> = {
  cout: 'iostream', cin: 'iostream', cerr: 'iostream', endl: 'iostream', string: 'string', to_string: 'string', stoi: 'string', getline: 'string',
  vector: 'vector', map: 'map', unordered_map: 'unordered_map', set: 'set', unordered_set: 'unordered_set', list: 'list', deque: 'deque', queue: 'queue',
  priority_queue: 'queue', stack: 'stack', array: 'array', pair: 'utility', move: 'utility', swap: 'utility', sort: 'algorithm', find: 'algorithm',
  min: 'algorithm', max: 'algorithm', reverse: 'algorithm', accumulate: 'numeric', iota: 'numeric', unique_ptr: 'memory', shared_ptr: 'memory',
  make_unique: 'memory', make_shared: 'memory', function: 'functional', thread: 'thread', mutex: 'mutex', lock_guard: 'mutex', optional: 'optional',
  variant: 'variant', setw: 'iomanip', setprecision: 'iomanip', runtime_error: 'stdexcept', invalid_argument: 'stdexcept', out_of_range: 'stdexcept',
  size_t: 'cstddef', uint8_t: 'cstdint', int64_t: 'cstdint', uint32_t: 'cstdint', int32_t: 'cstdint', uint64_t: 'cstdint', memcpy: 'cstring',
  strlen: 'cstring', printf: 'cstdio', numeric_limits: 'limits', chrono: 'chrono', filesystem: 'filesystem', string_view: 'string_view',
  stringstream: 'sstream', istringstream: 'sstream', ostringstream: 'sstream', ifstream: 'fstream', ofstream: 'fstream', tuple: 'tuple', span: 'span',
  format: 'format', ranges: 'ranges', atomic: 'atomic', condition_variable: 'condition_variable', exit: 'cstdlib', abs: 'cstdlib', rand: 'cstdlib',
};

/**
 * "Uncaught C++ exception" preamble (libstdc++, libc++, MSVC). `name(i)` returns the exception-name
 * regex for branch i (1..3) so that capture group names stay unique across the alternatives.
 */
function thrown(name: (i: number) => string): string {
  return String.raw`(?:terminate called after throwing an instance of ${QO}${name(1)}${QC}(?:\n[ \t]{0,8}what\(\):[ \t]{0,8}(?<what>[^\n]{0,500}))?|(?:libc\+\+abi(?:\.dylib)?: |abort_message: assertion ")terminating (?:due to|with) uncaught exception of type ${name(2)}(?:: (?<what2>[^\n]{0,500}))?|Microsoft C\+\+ exception: ${name(3)})`;
}
/**
 * The class an uncaught exception names, as a developer calls it: without libstdc++'s ABI tag
 * (std::ios_base::failure[abi:cxx11]) and outside Boost's wrappers (boost::wrapexcept<E>,
 * clone_impl<error_info_injector<E> >), which BOOST_THROW_EXCEPTION puts around every E.
 */
function thrownClass(raw: string | undefined): string | undefined {
  if (!raw) return raw;
  let name = raw.trim().replace(/\[abi:\w{1,20}\]/g, '');
  for (let i = 0; i < 3; i++) {
    const inner = /^boost::(?:wrapexcept|exception_detail::clone_impl|exception_detail::error_info_injector)<\s?(.{1,300}?)\s?>$/.exec(name);
    if (!inner) break;
    name = inner[1];
  }
  return name;
}
const fixed = (n: string) => (): string => n;
const what = (c: Captures): string => (c.what ?? c.what2 ?? '').trim();

const SIGNALS = ref('signal(7) - overview of signals', 'https://man7.org/linux/man-pages/man7/signal.7.html');
const ASAN = ref('Clang: AddressSanitizer', 'https://clang.llvm.org/docs/AddressSanitizer.html');
const GCC_INSTR = ref('GCC: Program Instrumentation Options (-fsanitize)', 'https://gcc.gnu.org/onlinedocs/gcc/Instrumentation-Options.html');
export const GCC_WARN = ref('GCC: Warning Options', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html');
const GCC_LINK = ref('GCC: Options for Linking', 'https://gcc.gnu.org/onlinedocs/gcc/Link-Options.html');
const MALLOC = ref('malloc(3) - allocate and free dynamic memory', 'https://man7.org/linux/man-pages/man3/malloc.3.html');
const DEBUG_WITH_ASAN = fix('Rebuild with AddressSanitizer', ['Compile and link with -fsanitize=address -g and run again: ASan stops at the first invalid access and prints where the memory was allocated and freed.'], 'gcc -g -O1 -fsanitize=address -fno-omit-frame-pointer main.c -o app && ./app');

/** Where the C library declares the functions most often called without their header. */
const IMPLICIT_HEADERS: Record<string, string> = {
  printf: 'stdio.h', fprintf: 'stdio.h', sprintf: 'stdio.h', snprintf: 'stdio.h', puts: 'stdio.h', fopen: 'stdio.h', getline: 'stdio.h', malloc: 'stdlib.h', calloc: 'stdlib.h', realloc: 'stdlib.h',
  free: 'stdlib.h', exit: 'stdlib.h', atoi: 'stdlib.h', strtol: 'stdlib.h', abs: 'stdlib.h', strlen: 'string.h', strcpy: 'string.h', strncpy: 'string.h', strcat: 'string.h', strdup: 'string.h',
  memcpy: 'string.h', memset: 'string.h', strcmp: 'string.h', strncmp: 'string.h', sleep: 'unistd.h', usleep: 'unistd.h', close: 'unistd.h', read: 'unistd.h', write: 'unistd.h', fork: 'unistd.h',
  isdigit: 'ctype.h', isspace: 'ctype.h', toupper: 'ctype.h', tolower: 'ctype.h', sqrt: 'math.h', pow: 'math.h', floor: 'math.h', time: 'time.h', wait: 'sys/wait.h', waitpid: 'sys/wait.h',
};

// ---------------------------------------------------------------- shared texts of c/cpp twins

const UNDEFINED_REFERENCE = {
  errorType: 'undefined reference',
  category: 'build' as const,
  summary: (c: Captures) => `The linker cannot find a definition of ${sym(c)}.`,
  explanation: (c: Captures) => {
    const s = sym(c);
    if (c.shlib) return `The shared library ${c.shlib} itself uses ${s}, and nothing in the link defines it: the library depends on another one (here, the one providing ${s}) without recording that dependency, or it was built against another version of it than the one installed. lld refuses this by default (--no-allow-shlib-undefined); GNU ld reports it too.`;
    if (s === 'main' || s === '_main') return 'The program has no main function in the files being linked: the file containing main() was not compiled/linked, main is misspelled, or you are linking a library as an executable (use -c or -shared).';
    if (/^WinMain/.test(s)) return 'The GUI subsystem expects WinMain: build as a console application (-mconsole / SUBSYSTEM:CONSOLE) or provide WinMain.';
    if (/^vtable for /.test(s)) return `The first non-inline virtual function of ${s.slice(11)} is declared but never defined (the vtable is emitted with it), or the .cpp that defines it is not linked.`;
    if (/^typeinfo for /.test(s)) return 'A virtual function of this class is declared but not defined, or RTTI settings differ between translation units.';
    if (/^(pthread_|sqrt|pow|sin|cos|log|exp|floor|ceil|dlopen|dlsym|clock_gettime)/.test(s)) return `${s} lives in a system library that is not linked by default: add -lm for math functions, -pthread for threads, -ldl for dlopen.`;
    return `Compilation succeeded, but at link time nothing defines ${s}: the .c/.cpp file that defines it was not passed to the linker, the library providing it is missing from the link line (or listed before the objects that use it), or the declaration and definition differ (name, namespace, const, parameter types, extern "C").`;
  },
  causes: [
    'The source file that defines the function was not compiled/linked (missing from the command line or CMake target)',
    'Library missing from the link (-lfoo) or placed before the object files that use it',
    'Declaration and definition differ (signature, namespace, static, template defined in a .cpp)',
    'C++ code calling a C library without extern "C" (name mangling)',
  ],
  fixes: (c: Captures) => {
    const s = sym(c);
    return [
      fix(`Link the definition of ${s}`, [`Find where ${s} is defined (grep the sources, or nm -C on the libraries) and pass that .c/.cpp file (or its .o) or library to the link step; in CMake add it to add_executable/target_sources.`, 'Put -l libraries after the objects, or use target_link_libraries in CMake.'], /^(sqrt|pow|sin|cos|log|exp|floor|ceil)/.test(s) ? 'gcc main.c -o app -lm' : /^pthread_/.test(s) ? 'gcc main.c -o app -pthread' : 'g++ main.cpp util.cpp -o app\n# CMake\ntarget_link_libraries(app PRIVATE foo)'),
      fix('Make declaration and definition match', [`Check namespace, parameter types, const and static on both sides of ${s}; templates must be defined in the header.`, 'Wrap C headers used from C++ in extern "C" { }.']),
    ];
  },
  references: [GCC_LINK, ref('GNU ld: Command-line options', 'https://sourceware.org/binutils/docs/ld/Options.html'), cppref('Definitions and ODR', 'cpp/language/definition')],
};
// GNU ld also speaks the user's locale: French « référence indéfinie vers », German
// "nicht definierter Verweis auf", Spanish "referencia a ... sin definir".
/** ld's undefined reference in the translations gcc's binutils ship (Chinese, Japanese, Russian, French…). */
const UNDEF_REF_LOCALISED = String.raw`référence indéfinie vers « (?<symbolFr>[^»\n]{1,400}) »|[Nn]icht definierter Verweis auf ?${LQO}(?<symbolDe>${LQN}{1,400})${LQC}|referencia a ${QO}(?<symbolEs>${QN}{1,400})${QC} sin definir|(?:неопределённая|неопределенная) ссылка на ${LQO}(?<symbolRu>${LQN}{1,400})${LQC}|对${LQO}(?<symbolZh>${LQN}{1,400})${LQC}\s?未定义的引用|${LQO}(?<symbolJa>${LQN}{1,400})${LQC} に対する定義されていない参照です|(?:referência (?:não definida|indefinida) para|riferimento non definito a|niezdefiniowane odwołanie do|odefinierad referens till|невизначене посилання на) ${LQO}(?<symbolXx>${LQN}{1,400})${LQC}`;
const UNDEF_REF_BODY = String.raw`(?:ld(?:\.lld)?: error: (?<shlib>[^\s:]{1,400}\.so[\d.]{0,20}): undefined reference to (?<shlibSymbol>[^\s\x60'‘’[]{1,400}) \[--no-allow-shlib-undefined\]|undefined reference to ${QO}(?<symbol>${QN}{1,400})${QC}|(?:ld(?:\.lld|64\.lld)?|wasm-ld|lld-link|rust-lld): error: (?:[^\n]{0,400}?\.(?:o|obj|a|lib)\)?: )?undefined symbol: (?<lldSymbol>[^\n]{1,400})|Undefined symbols for architecture \w{1,20}:\n[ \t]{0,8}"(?<machoSymbol>[^"\n]{1,400})", referenced from|${UNDEF_REF_LOCALISED}|ld: symbol\(s\) not found for architecture \w{1,20}|undefined symbol: (?<emSymbol>[^\s]{1,400}) \(referenced by (?:top-level compiled C\/C\+\+ code|[^)\n]{1,200})\))`;

const MULTIPLE_DEFINITION = {
  errorType: 'multiple definition',
  category: 'build' as const,
  summary: (c: Captures) => `${c.symbol ?? c.lldSymbol ?? c.symbolFr ?? c.symbolDe ?? c.symbolEs} is defined more than once.`,
  explanation: (c: Captures) =>
    `Two object files both contain a definition of ${c.symbol ?? c.lldSymbol ?? c.symbolFr ?? c.symbolDe ?? c.symbolEs}. Almost always a function or variable is defined (not just declared) in a header that is included by several .c/.cpp files, or the same source file is compiled twice. Since GCC 10 (-fno-common), global variables defined in headers also trigger this.`,
  causes: ['Function body or global variable definition in a header included by several files', 'Same source file listed twice in the build', 'Missing inline on functions defined in headers (C++)', 'Global variable declared without extern in a header (GCC 10+ -fno-common)'],
  fixes: (c: Captures) => {
    const s = c.symbol ?? c.lldSymbol ?? c.symbolFr ?? c.symbolDe ?? c.symbolEs ?? 'the symbol';
    const bare = /^[A-Za-z_]\w*$/.test(s) ? s : null;
    return [
      fix(`Declare ${s} in the header, define it once`, [`In the header only declare ${s} (extern for a variable, a prototype for a function); define it in exactly one .c/.cpp.`, 'In C++ mark header-defined functions inline (or use inline variables).', 'Check that no source file is listed twice in the build.'], bare ? `// header\nextern int ${bare};\n\n// exactly one .c/.cpp file\nint ${bare} = 0;` : null),
    ];
  },
  references: [cppref('Definitions and ODR', 'cpp/language/definition'), ref('GCC 10 porting guide (-fno-common)', 'https://gcc.gnu.org/gcc-10/porting_to.html')],
};
// GNU ld in French: « définitions multiples de « x » », German "mehrfache Definition von »x«".
const MULTI_DEF_BODY = String.raw`(?:multiple definition of ${QO}(?<symbol>${QN}{1,400})${QC}|définitions? multiples? de « (?<symbolFr>[^»\n]{1,400}) »|mehrfache Definition von [»'‘\`„"](?<symbolDe>[^«'’"“\n]{1,400})[«'’"“]|definici[oó]n(?:es)? m[uú]ltiples? de ${QO}(?<symbolEs>${QN}{1,400})${QC}|(?:ld(?:\.lld)?: error: )?duplicate symbol:? ${QO}?(?<lldSymbol>[^'’\n]{1,400}?)${QC}?(?: in:|\n|$)|\bld: \d{1,6} duplicate symbols? for architecture \w{1,20})`;

const HEADER_NOT_FOUND = {
  errorType: 'missing header',
  category: 'dependency' as const,
  summary: (c: Captures) => `The header ${c.header ?? c.clangHeader ?? c.stdHeader ?? c.stdHeader2} cannot be found${at(c)}.`,
  explanation: (c: Captures) => {
    const h = c.header ?? c.clangHeader ?? c.stdHeader ?? c.stdHeader2 ?? '';
    const known: Record<string, string> = {
      'openssl/ssl.h': 'OpenSSL development files (Debian/Ubuntu: libssl-dev, Fedora: openssl-devel)',
      'zlib.h': 'zlib development files (zlib1g-dev / zlib-devel)',
      'Python.h': 'Python development headers (python3-dev / python3-devel)',
      'curl/curl.h': 'libcurl development files (libcurl4-openssl-dev / libcurl-devel)',
      'sqlite3.h': 'SQLite development files (libsqlite3-dev / sqlite-devel)',
      'GL/gl.h': 'OpenGL development files (libgl-dev / mesa-libGL-devel)',
      'pthread.h': 'a POSIX system; on Windows use MinGW-w64/WSL or std::thread',
      'bits/stdc++.h': 'GCC\'s libstdc++; this non-standard header does not exist with clang/libc++ or MSVC - include the standard headers you need instead',
      'unistd.h': 'a POSIX system; MSVC on Windows does not provide it',
    };
    const hint = known[h] ? ` This header comes from ${known[h]}.` : '';
    return `The preprocessor searched the include paths and found no file named ${h}. Either the library's development package is not installed, its include directory is not passed with -I (or target_include_directories), or the name/case is wrong.${hint}`;
  },
  causes: ['Development package of the library not installed', 'Include directory not added (-I / target_include_directories / pkg-config --cflags)', 'Typo or wrong case in the #include (case-sensitive on Linux)', 'Header is project-local but included with <> from another directory'],
  fixes: (c: Captures) => [
    fix('Install the library headers', ['Install the -dev/-devel package that provides the header (apt-file search / dnf provides can find it).', 'For a standard C++ header (no extension), use a compiler and -std= level that provide it (e.g. <filesystem> needs GCC 8+ and -std=c++17).'], `apt-file search ${c.header ?? c.clangHeader ?? c.stdHeader ?? c.stdHeader2}\n# or\ndnf provides '*/${c.header ?? c.clangHeader ?? c.stdHeader ?? c.stdHeader2}'`),
    fix('Add the include path', ['Pass -I for the directory containing the header, or use pkg-config / CMake targets.'], 'gcc main.c $(pkg-config --cflags --libs openssl) -o app\n# CMake\ntarget_include_directories(app PRIVATE ${CMAKE_SOURCE_DIR}/include)'),
  ],
  references: [ref('GCC: Options for Directory Search', 'https://gcc.gnu.org/onlinedocs/gcc/Directory-Options.html'), ref('GCC: The C Preprocessor - Search Path', 'https://gcc.gnu.org/onlinedocs/cpp/Search-Path.html')],
};
const HEADER_BODY = String.raw`${ERR_L}(?:(?<header>[^\s:'‘：]{1,300})\s?[:：]\s?${NO_SUCH_FILE}|${QO}(?<clangHeader>${QN}{1,300})${QC} file not found)`;
/**
 * A C++-only header in any file (often a .h included from a .cpp): a header without extension
 * (<filesystem>, <iostream>, Qt's <QWidget>, <Eigen/Dense>: C headers always have one) or a .hpp. Captures `file2`, `line2`, `stdHeader`.
 */
const CPP_HEADER_ALT = String.raw`(?:(?<=(?<![^\s])(?<file2>[^\s:]{1,400}?\.(?:c|h|m|mm|` + CPP_EXT.slice(3, -1) + String.raw`)):(?<line2>\d{1,7}):(?:\d{1,7}:)? )|)${ERR_L}(?:(?<stdHeader>[A-Za-z_][\w/]{0,100}\w|[^\s:'‘.]{1,200}\.(?:hpp|hh|hxx))\s?[:：]\s?${NO_SUCH_FILE}|${QO}(?<stdHeader2>[A-Za-z_][\w/]{0,100}\w|[^'’‘.\n]{1,200}\.(?:hpp|hh|hxx))${QC} file not found)`;

const UNDECLARED_IDENTIFIER = {
  // The corpus labels gcc's and clang's wording with one phrase.
  errorType: 'was not declared in this scope',
  category: 'name' as const,
  summary: (c: Captures) => `'${c.name}' is used but never declared${at(c)}.`,
  explanation: (c: Captures) => `clang found no declaration of '${c.name}' in scope. It is misspelled, declared later in the file (C requires declaration before use), declared in a header that is not included, or lives in a namespace that is not qualified (e.g. std::).${STD_HEADERS[c.name ?? ''] ? ` If you meant std::${c.name}, include <${STD_HEADERS[c.name ?? '']}> and write std::${c.name}.` : ''}`,
  causes: ['Typo', 'Missing #include', 'Missing namespace qualification (std::, or using declarations)', 'Variable declared in an inner block'],
  fixes: (c: Captures) => [fix(`Declare, include or qualify ${c.name}`, [`Check the spelling of ${c.name}, include the header that declares it and qualify its namespace.`, 'Declare variables/functions before their first use.'], STD_HEADERS[c.name ?? ''] ? `#include <${STD_HEADERS[c.name ?? '']}>\n// ...\nstd::${c.name}` : null)],
  references: [cppref('Name lookup', 'cpp/language/lookup')],
};
const UNDECLARED_BODY = String.raw`error: use of undeclared identifier ${QO}(?<name>${QN}{1,200})${QC}`;

const EXPECTED_SEMICOLON = {
  errorType: "expected ';'",
  category: 'syntax' as const,
  summary: (c: Captures) => `A semicolon is missing${c.before ? ` before '${c.before}'` : ''}${at(c)}.`,
  explanation: (c: Captures) => `The compiler expected ';' to end a statement or declaration. The real mistake is usually at the end of the previous line${c.before ? ` (the token '${c.before}' is where it noticed)` : ''}. A missing ';' after a struct/class definition (};) is a classic cause, as is an unknown type name or macro that confuses the parser.`,
  causes: ['Missing ; at the end of the previous statement', 'Missing ; after a struct/class/enum definition', 'An undeclared type or macro making the line unparsable'],
  fixes: [fix('Add the semicolon at the end of the previous statement', ['Look at the line before the reported one.', 'For struct/class definitions, end them with };.'], 'struct Point {\n    int x, y;\n};   // <- required')],
  references: [GCC_WARN],
};
const EXPECTED_SEMI_BODY = String.raw`error: expected ${QO};${QC} (?:before ${QO}(?<before>${QN}{1,100})${QC}|after [^\n]{1,100}|at end of [^\n]{1,100}|before [^\n]{1,100})`;

const NO_RETURN = {
  errorType: 'control reaches end of non-void function',
  category: 'syntax' as const,
  summary: (c: Captures) => `A function declared to return a value can end without returning one${at(c)}.`,
  explanation: 'At least one path through a non-void function reaches the closing brace without a return statement. Using the missing return value is undefined behaviour - in optimised C++ builds it can crash or loop in surprising ways, not just return garbage.',
  causes: ['if/else chain without a final return', 'switch without default', 'return only inside a loop'],
  fixes: [fix('Return on every path', ['Add a final return (or an abort/throw for impossible cases) and compile with -Werror=return-type.'], 'int sign(int x) {\n    if (x > 0) return 1;\n    if (x < 0) return -1;\n    return 0;\n}')],
  references: [GCC_WARN, cppref('return statement', 'cpp/language/return')],
};
const NO_RETURN_BODY = String.raw`(?<sev>warning|error): (?:control reaches end of non-void function|non-void function does not return a value(?: in all control paths)?|no return statement in function returning non-void)`;

const STRAY_CHAR = {
  errorType: 'stray character in program',
  category: 'syntax' as const,
  summary: (c: Captures) => `The source contains an invalid character${c.char ? ` (${c.char})` : ''}${at(c)}.`,
  explanation: 'The file contains bytes that are not valid C/C++ tokens - typically "smart" quotes (“ ” ‘ ’), non-breaking spaces or other Unicode characters copied from a web page, PDF or chat. Octal escapes like \\342 \\200 \\234 are the UTF-8 bytes of such characters.',
  causes: ['Code copied from a website/PDF/word processor with typographic quotes', 'Non-breaking spaces (\\302 \\240)', 'Wrong file encoding'],
  fixes: [fix('Replace the characters with plain ASCII', ['Retype the quotes and spaces on the reported line, or search for non-ASCII characters.'], "grep -nP '[^\\x00-\\x7F]' main.c")],
  references: [GCC_WARN],
};
const STRAY_BODY = String.raw`error: stray ${QO}(?<char>${QN}{1,10})${QC} in program`;

/**
 * A pattern whose alternatives capture the same thing under several group names (one per
 * wording or locale): the text builders see it under its main name.
 */
function aliased(pattern: ErrorPattern, aliases: Record<string, string>): ErrorPattern {
  const norm = (c: Captures): Captures => {
    const out: Record<string, string> = { ...c };
    for (const [alias, main] of Object.entries(aliases)) if (out[main] === undefined && out[alias] !== undefined) out[main] = out[alias];
    return out;
  };
  const wrap = <T,>(v: T | ((c: Captures) => T)): T | ((c: Captures) => T) => (typeof v === 'function' ? (c: Captures) => (v as (c: Captures) => T)(norm(c)) : v);
  return { ...pattern, errorType: wrap(pattern.errorType), summary: wrap(pattern.summary), explanation: wrap(pattern.explanation), causes: wrap(pattern.causes), fixes: wrap(pattern.fixes) } as ErrorPattern;
}

// ---------------------------------------------------------------- patterns

const CORE_PATTERNS: ErrorPattern[] = [
  // ---------------------------------------------------------------- crashes
  {
    id: 'c.segfault',
    language: 'c',
    // Shells print the signal in the user's locale (glibc's strsignal): de, fr, es, ru, zh, ja, pt, it, pl, tr, uk, zh_TW, ko, sv, nl, vi.
    match: /\b(?:[Ss]egmentation [Ff]ault(?: \(core dumped\))?|SIGSEGV|signal 11\b|Signal: 11 \(SEGV\)|Received signal 11 SEGV_[A-Z]{1,10}|process has died \[pid \d{1,10}, exit code -11\b|exit (?:code|status) 139\b|Exception: SegFault|segfault at [0-9a-f]{1,16} ip |crashed by signal:? 11\b|status=11\/SEGV\b)|Speicherzugriffsfehler|Erreur de segmentation|Violación de segmento|Ошибка сегментирования|段错误|セグメンテーション違反です|Falha de segmentação|Errore di segmentazione|Naruszenie ochrony pami(?:ę|[^\s\w]{1,2}\w?)ci|Bölütleme hatası|Помилка адресування|程式記憶體區段錯誤|세그멘테이션 오류|Segmenteringsfel|Segmentatiefout|Lỗi phân đoạn|Parçalama arızası/,
    errorType: 'segmentation fault',
    category: 'memory',
    priority: 5,
    signal: true,
    summary: 'The program crashed with a segmentation fault (SIGSEGV): it accessed memory it was not allowed to.',
    explanation: 'The operating system killed the process because it read or wrote an invalid address. In C/C++ this is undefined behaviour such as dereferencing a NULL or uninitialised pointer, using memory after free(), writing past the end of an array or string, or unbounded recursion overflowing the stack. Exit code 139 = 128 + signal 11.',
    causes: ['NULL or uninitialised pointer dereference', 'Array/buffer overflow (index out of range, missing string terminator, strcpy into a small buffer)', 'Use after free or double free', 'Stack overflow from deep recursion or huge local arrays'],
    fixes: [
      fix('Find the faulting line with a debugger', ['Compile with -g -O0 and run under gdb, then print the backtrace.'], 'gcc -g -O0 main.c -o app\ngdb -batch -ex run -ex bt ./app'),
      DEBUG_WITH_ASAN,
      fix('Check the usual suspects', ['Check every pointer against NULL after malloc/fopen.', 'Verify array bounds and string sizes (use snprintf/strncpy, sizeof).']),
    ],
    references: [SIGNALS, ASAN, ref('GDB documentation', 'https://sourceware.org/gdb/documentation/')],
    samples: ['Segmentation fault (core dumped)', 'zsh: segmentation fault (core dumped)  ./parser input.txt', '           PID: 6942 (viewer)\n        Signal: 11 (SEGV)', 'Process finished with exit code 139 (interrupted by signal 11: SIGSEGV)', '1/3 Test #1: unit_tests .......................***Exception: SegFault  0.01 sec', 'Speicherzugriffsfehler (Speicherabzug geschrieben)', '段错误 (核心已转储)'],
  },
  {
    id: 'c.double-free',
    language: 'c',
    match: /(?:free\(\): double free detected in tcache 2|double free or corruption(?: \((?<where>[^)\n]{1,40})\))?)/,
    errorType: 'double free',
    category: 'memory',
    priority: 15,
    summary: 'glibc aborted the program: the same memory was freed twice (or the heap is corrupted).',
    explanation: (c) => `free() detected that the block was already freed${c.where ? ` (${c.where})` : ''}, or heap metadata next to it was overwritten. Typical causes: calling free() twice on the same pointer (often from two owners or an error path), freeing a pointer that was copied (shallow struct copy), or a C++ class without a proper copy constructor that deletes the same buffer twice (rule of three/five).`,
    causes: ['free()/delete called twice on the same pointer', 'Two objects sharing one buffer after a shallow copy (missing copy constructor in C++)', 'Buffer overflow corrupting heap metadata', 'Freeing memory that was not allocated with malloc (or mixing new/free)'],
    fixes: [
      fix('Null pointers after freeing and define ownership', ['Set pointers to NULL after free (free(NULL) is a no-op).', 'In C++ use std::unique_ptr / std::vector / std::string instead of manual new/delete.'], 'free(buf);\nbuf = NULL;'),
      DEBUG_WITH_ASAN,
    ],
    references: [MALLOC, ASAN, cppref('The rule of three/five/zero', 'cpp/language/rule_of_three')],
    samples: ['free(): double free detected in tcache 2\nAborted (core dumped)', 'double free or corruption (out)\nAborted (core dumped)'],
  },
  {
    id: 'c.invalid-pointer',
    language: 'c',
    // "invalid next size" is the next block's header overwritten: heap corruption, below.
    match: /(?<msg>free\(\): invalid (?:pointer|size)|munmap_chunk\(\): invalid pointer|realloc\(\): invalid (?:pointer|old size))/,
    errorType: 'invalid pointer',
    category: 'memory',
    priority: 15,
    summary: (c) => `glibc aborted the program: ${c.msg}.`,
    explanation: 'free()/realloc() received a pointer that malloc never returned: a pointer into the middle of a block (after pointer arithmetic), the address of a stack or static variable, a string literal, an uninitialised pointer - or heap metadata was overwritten by a buffer overflow.',
    causes: ['Freeing a pointer that was incremented (p++) or offset', 'Freeing stack/static memory or a string literal', 'Buffer overflow corrupting the heap', 'Mixing allocators (new with free, malloc with delete)'],
    fixes: [fix('Only free what malloc returned', ['Keep the original pointer for free(); never free locals or literals.', 'Match new/delete, new[]/delete[], malloc/free.']), DEBUG_WITH_ASAN],
    references: [MALLOC, ASAN],
    samples: ['free(): invalid pointer\nAborted (core dumped)', 'munmap_chunk(): invalid pointer'],
  },
  {
    id: 'c.heap-corruption',
    language: 'c',
    // Any of glibc's allocator checks (malloc_printerr) but its invalid-pointer and double-free ones, which have patterns of their own.
    match: /(?<msg>(?:malloc|free|realloc|malloc_consolidate|tcache_thread_shutdown|_int_malloc|_int_free|_int_realloc)\(\): (?!invalid pointer|double free)[^\n]{0,80}?(?:corrupt(?:ed|ion)|unaligned (?:\w{1,10} )?chunk detected|invalid next size|invalid size \(unsorted\)|invalid chunk size|mismatching next->prev_size)[^\n]{0,40}|corrupted size vs\. prev_size|corrupted double-linked list|(?:Fatal glibc error: )?malloc\.c:\d{1,6}(?: \(\w{1,40}\): assertion failed|: \w{1,40}: Assertion))/,
    errorType: 'heap corruption',
    category: 'memory',
    priority: 15,
    summary: (c) => `glibc detected heap corruption (${c.msg}) and aborted.`,
    explanation: 'The allocator found its bookkeeping data damaged. The bug happened earlier than the crash: some code wrote past the end (or before the start) of a heap buffer, or wrote to memory after it was freed. The abort location is usually unrelated to the faulty write.',
    causes: ['Writing one element/byte past a malloc\'d buffer (e.g. forgetting +1 for the string terminator)', 'Use after free', 'Wrong size in malloc (sizeof(pointer) instead of sizeof(struct))'],
    fixes: [DEBUG_WITH_ASAN, fix('Check allocation sizes', ['Allocate strlen(s) + 1 for strings; use sizeof *p instead of a type name.'], 'char *copy = malloc(strlen(src) + 1);\nstruct item *items = malloc(n * sizeof *items);')],
    references: [MALLOC, ASAN, ref('Valgrind Memcheck manual', 'https://valgrind.org/docs/manual/mc-manual.html')],
    samples: ['malloc(): corrupted top size\nAborted (core dumped)', 'corrupted size vs. prev_size'],
  },
  {
    id: 'c.stack-smashing',
    language: 'c',
    match: /\*\*\* stack smashing detected \*\*\*(?::? (?:terminated|<unknown> terminated|[^\n]{0,100}terminated))?|\bmsg=[^\n]{0,40}"stack smashing detected"|\bin __stack_chk_fail \(/,
    errorType: 'stack smashing detected',
    category: 'memory',
    priority: 15,
    summary: 'A buffer on the stack was overflowed; the stack protector stopped the program.',
    explanation: 'GCC\'s stack protector (-fstack-protector, on by default in most distributions) places a canary value next to local arrays. When a function returns and the canary has changed, a write went past the end of a local buffer - e.g. strcpy/sprintf/gets/scanf("%s") into a too-small char array, or an index off by one.',
    causes: ['strcpy/strcat/sprintf/gets/scanf("%s") into a fixed-size local array', 'Loop writing one element past a local array', 'Wrong size passed to memcpy/fgets/read'],
    fixes: [
      fix('Use bounded functions and correct sizes', ['Replace strcpy/sprintf/gets with snprintf/fgets and pass sizeof(buffer).', 'Use a width in scanf: scanf("%31s", buf) for char buf[32].'], 'char name[32];\nif (fgets(name, sizeof name, stdin) == NULL) return 1;\nsnprintf(out, sizeof out, "Hello %s", name);'),
      DEBUG_WITH_ASAN,
    ],
    references: [GCC_INSTR, ASAN],
    samples: ['*** stack smashing detected ***: terminated\nAborted (core dumped)'],
  },
  {
    id: 'c.floating-point-exception',
    language: 'c',
    match: /\b(?:Floating point exception(?: \(core dumped\))?|SIGFPE|exit code 136\b)/,
    errorType: 'floating point exception',
    category: 'runtime',
    priority: 5,
    signal: true,
    summary: 'The program was killed by SIGFPE - almost always an integer division by zero.',
    explanation: 'Despite its name, "Floating point exception" on Linux/x86 is raised for integer arithmetic errors: integer division or modulo by zero, or INT_MIN / -1. Floating-point division by zero does not trap by default (it gives inf/NaN).',
    causes: ['Integer division or % by a variable that is 0', 'INT_MIN / -1 overflow', 'Average over zero elements'],
    fixes: [fix('Check the divisor', ['Guard divisions; compile with -g and run in gdb to find the line, or use -fsanitize=undefined.'], 'if (count == 0) return 0;\nreturn total / count;')],
    references: [SIGNALS, ref('GNU C Library: Program Error Signals', 'https://www.gnu.org/software/libc/manual/html_node/Program-Error-Signals.html')],
    samples: ['Floating point exception (core dumped)'],
  },
  {
    id: 'c.bus-error',
    language: 'c',
    match: /\b(?:[Bb]us error(?: \(core dumped\))?|SIGBUS|exit code 135\b)/,
    errorType: 'bus error',
    category: 'memory',
    priority: 5,
    signal: true,
    summary: 'The program was killed by SIGBUS (bus error).',
    explanation: 'A bus error means the address was valid-looking but could not be accessed: reading a memory-mapped file beyond its current end (the file was truncated), misaligned access on strict-alignment CPUs, or writing to a string literal on some platforms (macOS reports that as a bus error).',
    causes: ['Accessing an mmap()ed region after the file shrank', 'Misaligned pointer casts (e.g. char* to int* on ARM/SPARC)', 'Modifying a string literal (char *s = "abc"; s[0] = \'x\';) on macOS', 'Out of space in /dev/shm for shared memory'],
    fixes: [fix('Locate the access and fix alignment/lifetime', ['Run under gdb to get the faulting line.', 'Copy string literals into arrays before modifying (char s[] = "abc";); use memcpy for unaligned reads.'])],
    references: [SIGNALS, ref('GNU C Library: Program Error Signals', 'https://www.gnu.org/software/libc/manual/html_node/Program-Error-Signals.html')],
    samples: ['Bus error (core dumped)', 'zsh: bus error  ./app'],
  },
  {
    id: 'c.assertion-failed',
    language: 'c',
    match: /(?<![^\s])(?:(?<prog>[^\s:]{1,200}): )?(?<file>[^\s:]{1,400}):(?<line>\d{1,7}): (?<func>(?:(?!: Assertion )[^\n]){1,300}): Assertion [`'‘](?<expr>[^\n]{1,400}?)['’] failed\./,
    errorType: 'assertion failed',
    category: 'runtime',
    priority: 12,
    summary: (c) => `The assertion '${c.expr}' failed${c.func ? ` in ${c.func}` : ''} (${c.file}:${c.line}).`,
    explanation: (c) => `assert(${c.expr}) evaluated to false, so the C library printed this message and called abort(). The assertion encodes an assumption of the code at ${c.file}:${c.line}; something earlier produced a state that violates it.`,
    causes: ['Invalid input or state reaching the function', 'A bug earlier in the program', 'An assumption that no longer holds after a change'],
    fixes: (c) => [fix(`Find why ${c.expr} is false${c.func ? ` in ${c.func}` : ''}`, [`Run in a debugger (it stops at the abort), select the frame of ${c.func ?? `${c.file} line ${c.line}`} and print the variables of the condition ${c.expr}.`, 'Validate inputs with real error handling - assert is compiled out with -DNDEBUG.'], `gdb -batch -ex run -ex bt ${c.prog ?? './app'}`)],
    references: [cppref('assert', 'c/error/assert')],
    samples: ["app: src/buffer.c:42: buffer_push: Assertion `buf->len < buf->cap' failed.\nAborted (core dumped)"],
  },
  {
    id: 'c.aborted',
    language: 'c',
    match: /\bAborted(?: \(core dumped\))?$|\bSIGABRT\b|exit code 134\b|status=6\/ABRT\b/m,
    errorType: 'aborted',
    category: 'runtime',
    priority: 2,
    signal: true,
    summary: 'The program called abort() (SIGABRT).',
    explanation: 'abort() is called by failed assertions, by glibc when it detects heap corruption, by the C++ runtime for uncaught exceptions (std::terminate), and by sanitizers. The lines printed just before "Aborted" say which one.',
    causes: ['A failed assert()', 'glibc heap consistency check (double free, corruption)', 'Uncaught C++ exception (terminate called after throwing ...)'],
    fixes: [fix('Read the message before "Aborted" and get a backtrace', ['Run under gdb; it stops at the abort and bt shows the call chain.'], 'gdb -batch -ex run -ex bt ./app')],
    references: [cppref('abort', 'c/program/abort'), SIGNALS],
    samples: ['Aborted (core dumped)'],
  },

  // ---------------------------------------------------------------- sanitizers and valgrind
  {
    id: 'c.asan-buffer-overflow',
    language: 'c',
    match: /AddressSanitizer: (?<kind>heap|stack|global|dynamic-stack)-buffer-(?<under>overflow|underflow) on address (?<address>0x[0-9a-fA-F]{1,16})(?:[\s\S]{0,600}?(?<access>READ|WRITE) of size (?<size>\d{1,10}))?(?:[\s\S]{0,800}?#0 0x[0-9a-fA-F]{1,16} in (?<func>[^\n]{1,300}?) (?<file>[^\s:]{1,400}):(?<line>\d{1,7}))?/,
    errorType: (c) => `${c.kind ?? 'heap'}-buffer-${c.under ?? 'overflow'}`,
    category: 'memory',
    priority: 20,
    summary: (c) => `AddressSanitizer: ${c.access ? `${c.access.toLowerCase()} of ${c.size} byte(s)` : 'access'} past the end of a ${c.kind} buffer${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) => `The program ${c.access === 'WRITE' ? 'wrote' : 'read'} memory just outside a ${c.kind === 'heap' ? 'malloc/new-allocated' : c.kind === 'stack' ? 'local (stack)' : c.kind} buffer. The report's first frame (#0) is the faulty access, and the "allocated by" section shows where the buffer was created and how big it is. Common causes: off-by-one loops (<= n), missing space for the string terminator, or a size computed in elements vs bytes.`,
    causes: ['Off-by-one loop bound (i <= n)', 'String buffer without room for the terminating \\0', 'Element count vs byte size confusion in malloc/memcpy', 'Index computed from untrusted input'],
    fixes: (c) => [fix(c.func ? `Fix the bound in ${c.func}` : 'Fix the bound at frame #0', [c.func ? `Open ${c.func}${at(c)} (frame #0) and compare the index/size with the allocation size shown in the report.` : 'Open the file:line of the first frame in your own code and compare the index/size with the allocation size shown in the report.', 'Use sizes derived from the buffer (sizeof, size()) and prefer std::vector::at / std::span in C++.'], 'for (size_t i = 0; i < n; i++) {   /* not i <= n */\n    dst[i] = src[i];\n}')],
    references: [ASAN, GCC_INSTR],
    samples: ['=================================================================\n==12345==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000014 at pc 0x55d1c3a0b1e3 bp 0x7ffd5a8e2f60 sp 0x7ffd5a8e2f50\nWRITE of size 4 at 0x602000000014 thread T0\n    #0 0x55d1c3a0b1e2 in fill /home/dev/app/main.c:9\n    #1 0x55d1c3a0b2a4 in main /home/dev/app/main.c:17'],
  },
  {
    id: 'c.asan-use-after-free',
    language: 'c',
    match: /AddressSanitizer: (?<kind>heap-use-after-free|stack-use-after-return|stack-use-after-scope|use-after-poison) on address (?<address>0x[0-9a-fA-F]{1,16})(?:[\s\S]{0,600}?(?<access>READ|WRITE) of size (?<size>\d{1,10}))?(?:[\s\S]{0,800}?#0 0x[0-9a-fA-F]{1,16} in (?<func>[^\n]{1,300}?) (?<file>[^\s:]{1,400}):(?<line>\d{1,7}))?/,
    errorType: (c) => c.kind ?? 'heap-use-after-free',
    category: 'memory',
    priority: 20,
    summary: (c) => `AddressSanitizer: memory was used after it was ${c.kind === 'heap-use-after-free' ? 'freed' : 'out of scope'}${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) =>
      c.kind === 'heap-use-after-free'
        ? 'The program accessed heap memory after free()/delete. The report has three stacks: the bad access (#0), where the memory was freed, and where it was allocated. Typical causes: dangling pointers kept in another structure, iterators/references into a std::vector that reallocated, or returning a pointer to freed data.'
        : 'The program used a pointer/reference to a local variable after its scope or function ended (returning the address of a local, capturing locals by reference in a lambda that runs later).',
    causes: ['Dangling pointer after free/delete', 'Reference or iterator into a std::vector/std::string that reallocated or was destroyed', 'Returning the address of a local variable', 'Lambda capturing locals by reference and running later'],
    fixes: (c) => [fix('Fix ownership and lifetime', [`Compare the "freed by" stack with the access stack${c.func ? ` in ${c.func}` : ''} to see which owner released the memory too early.`, 'In C++ use smart pointers/value semantics; do not keep references into containers across modifications.'])],
    references: [ASAN, GCC_INSTR],
    samples: ['==23804==ERROR: AddressSanitizer: heap-use-after-free on address 0x621000001558 at pc 0x000000540633 bp 0x7ffe82724870 sp 0x7ffe82724868\nWRITE of size 8 at 0x621000001558 thread T0\n    #0 0x540632 in hl_code_read /home/dev/hashlink/src/code.c:458:13\n    #1 0x62cd86 in load_code /home/dev/hashlink/src/main.c:65:9'],
  },
  {
    id: 'c.asan-bad-free',
    language: 'c',
    match: /AddressSanitizer: (?<kind>attempting double-free|attempting free on address which was not malloc\(\)-ed|alloc-dealloc-mismatch|new-delete-type-mismatch)/,
    errorType: (c) => (/double-free/.test(c.kind ?? '') ? 'double free' : (c.kind ?? 'bad-free').replace(/^attempting /, '')),
    category: 'memory',
    priority: 20,
    summary: (c) => `AddressSanitizer: ${c.kind}.`,
    explanation: (c) =>
      /mismatch/.test(c.kind ?? '')
        ? 'Memory was released with the wrong function: malloc/free, new/delete and new[]/delete[] must always be paired.'
        : 'The program freed memory twice, or freed a pointer that malloc/new never returned. The report shows both the current free and the previous one (or where the address comes from).',
    causes: ['Two owners freeing the same pointer', 'Mixing new[] with delete (or malloc with delete)', 'Freeing stack memory or an offset pointer'],
    fixes: [fix('Give each allocation exactly one owner', ['Use RAII types (std::unique_ptr, std::vector) or set pointers to NULL after free.', 'Pair new[]/delete[] and malloc/free.'])],
    references: [ASAN],
    samples: ['==901==ERROR: AddressSanitizer: attempting double-free on 0x602000000010 in thread T0:'],
  },
  {
    id: 'c.asan-segv',
    language: 'c',
    match: /AddressSanitizer: SEGV on unknown address (?<address>(?:0x)?[0-9a-fA-F]{1,16})(?:[\s\S]{0,400}?The signal is caused by a (?<access>READ|WRITE) memory access\.)?(?:[\s\S]{0,200}?(?<zeroPage>Hint: address points to the zero page))?(?:[\s\S]{0,600}?#0 0x[0-9a-fA-F]{1,16} in (?<func>[^\n]{1,300}?) (?<file>[^\s:]{1,400}):(?<line>\d{1,7}))?/,
    errorType: 'SEGV',
    category: 'memory',
    priority: 20,
    summary: (c) => `Segmentation fault on address ${c.address}${c.zeroPage ? ' (a NULL pointer dereference)' : ''}${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) => `The program ${c.access === 'WRITE' ? 'wrote to' : 'read'} an invalid address.${c.zeroPage ? ' The address is in the zero page, so a NULL pointer (or a field of a NULL struct pointer) was dereferenced.' : ' The address is not NULL: likely an uninitialised, freed or corrupted pointer.'} Frame #0 is the faulting instruction.`,
    causes: ['NULL pointer dereference (malloc/fopen/lookup returned NULL)', 'Uninitialised pointer', 'Pointer to freed or out-of-scope memory'],
    fixes: (c) => [fix(c.func ? `Check the pointers used in ${c.func}` : 'Check the pointer at frame #0', [`Open ${c.func ? `${c.func}${at(c)}` : 'the file:line of frame #0'} and check which pointer can be NULL or uninitialised there; add the missing check or initialisation.`], 'FILE *f = fopen(path, "r");\nif (f == NULL) {\n    perror(path);\n    return 1;\n}')],
    references: [ASAN],
    samples: ['==3111==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000008 (pc 0x55f0b6c9c1a9 bp 0x7ffe1b0c2b30 sp 0x7ffe1b0c2b20 T0)\n==3111==The signal is caused by a READ memory access.\n==3111==Hint: address points to the zero page.\n    #0 0x55f0b6c9c1a8 in list_len /src/list.c:12'],
  },
  {
    id: 'c.memory-leak',
    language: 'c',
    match: /LeakSanitizer: detected memory leaks(?:[\s\S]{0,400}?(?<kind>Direct|Indirect) leak of (?<bytes>\d{1,12}) byte\(s\) in (?<objects>\d{1,9}) object\(s\) allocated from:(?:[\s\S]{0,800}?#\d{1,3} 0x[0-9a-fA-F]{1,16} in (?<func>(?!malloc|calloc|realloc|operator new|__interceptor)[^\s]{1,300}) (?<file>[^\s:]{1,400}):(?<line>\d{1,7}))?)?/,
    errorType: 'memory leak',
    category: 'memory',
    priority: 20,
    summary: (c) => `LeakSanitizer found memory that was never freed${c.bytes ? ` (${c.bytes} bytes in ${c.objects} object(s))` : ''}${c.func ? `, allocated in ${c.func}` : ''}${at(c)}.`,
    explanation: 'At exit, some heap blocks were no longer reachable from any pointer and were never freed. "Direct" leaks are blocks nothing points to; "Indirect" leaks are blocks only reachable from leaked blocks (freeing the direct leak usually fixes them). The stack shows where each leaked block was allocated.',
    causes: ['Missing free()/delete on some path (often early returns or error paths)', 'Overwriting the only pointer to a block (p = malloc(...) twice)', 'Containers of raw pointers not cleaned up'],
    fixes: (c) => [fix('Free on every path or use RAII', [`Follow the allocation stack${c.func ? ` (allocated in ${c.func})` : ''} and make sure each allocation has a matching free on all paths (goto cleanup pattern in C).`, 'In C++ use std::unique_ptr / containers instead of raw new.'], 'char *buf = malloc(n);\nif (!buf) return -1;\nif (read_all(fd, buf, n) < 0) {\n    free(buf);   /* error path too */\n    return -1;\n}')],
    references: [ref('Clang: LeakSanitizer', 'https://clang.llvm.org/docs/LeakSanitizer.html'), ASAN],
    samples: ['==1234==ERROR: LeakSanitizer: detected memory leaks\n\nDirect leak of 40 byte(s) in 1 object(s) allocated from:\n    #0 0x7f3b2c8b4808 in __interceptor_malloc ../../../../src/libsanitizer/asan/asan_malloc_linux.cpp:144\n    #1 0x55a5d1e0a1b7 in make_node /home/dev/app/list.c:8'],
  },
  {
    id: 'c.valgrind',
    language: 'c',
    match: /==\d{1,9}== (?<what>Invalid (?:read|write) of size (?<size>\d{1,10})|Conditional jump or move depends on uninitialised value\(s\)|Use of uninitialised value of size \d{1,10}|Invalid free\(\) \/ delete \/ delete\[\] \/ realloc\(\)|Mismatched free\(\) \/ delete \/ delete \[\]|Syscall param \S{1,200} (?:points to|contains) uninitialised byte\(s\)|(?<lost>[\d,]{1,20} bytes in [\d,]{1,20} blocks are definitely lost)|Possible data race during (?:read|write) of size \d{1,10})(?:[\s\S]{0,600}?==\d{1,9}==[ \t]{1,12}at 0x[0-9A-Fa-f]{1,16}: (?<func>[^\s(]{1,300}) \((?<file>[^\s:)]{1,400}):(?<line>\d{1,7})\))?/,
    // Both uninitialised-value reports are one kind: a value never written decided a branch or went into a call.
    // Its invalid free() / mismatched delete reports by their first words, as its reads and writes;
    // memcheck's leak records and Helgrind's races by the sanitizers' names for the same bugs.
    errorType: (c) => {
      const what = c.what ?? 'Valgrind error';
      if (/uninitialised (?:value|byte)/.test(what)) return 'uninitialised value';
      if (c.lost) return 'memory leak';
      if (/^Possible data race/.test(what)) return 'data race';
      if (/^(?:Invalid free|Mismatched free)/.test(what)) return what.replace(/^(\w+ free)[\s\S]*$/, '$1').toLowerCase();
      return what.replace(/ of size \d+/, '');
    },
    category: 'memory',
    priority: 18,
    summary: (c) => `Valgrind: ${c.what}${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) => {
      const w = c.what ?? '';
      if (/Invalid (read|write)/.test(w)) return `The program ${/write/.test(w) ? 'wrote' : 'read'} ${c.size} byte(s) at an address it does not own: past the end of a heap block, or inside a block already freed. Valgrind prints where the block was allocated/freed below ("Address 0x... is 0 bytes after a block of size N alloc'd").`;
      if (/uninitialised/.test(w)) return 'A value that was never initialised influenced a branch or was used as an address. Run with --track-origins=yes to see where the uninitialised value came from.';
      return 'Memory was released incorrectly: freed twice, freed with the wrong function, or never allocated by malloc/new.';
    },
    causes: ['Off-by-one buffer access', 'Use after free', 'Uninitialised local variables or struct fields', 'Mismatched allocation/deallocation functions'],
    fixes: (c) => [fix('Follow the Valgrind stacks', [`Open the first "at" line from your code${c.func ? ` (${c.func})` : ''}; re-run with --track-origins=yes for uninitialised values.`], 'valgrind --leak-check=full --track-origins=yes ./app')],
    references: [ref('Valgrind Memcheck manual', 'https://valgrind.org/docs/manual/mc-manual.html')],
    samples: ['==2048== Invalid write of size 4\n==2048==    at 0x1091A8: fill (main.c:9)\n==2048==    by 0x1091F3: main (main.c:17)', '==77== Conditional jump or move depends on uninitialised value(s)'],
  },

  // ---------------------------------------------------------------- linker
  {
    ...UNDEFINED_REFERENCE,
    id: 'c.undefined-reference',
    language: 'c',
    match: new RegExp(UNDEF_REF_BODY),
    priority: 10,
    samples: ["/usr/bin/ld: /tmp/ccX1b2c3.o: in function `main':\nmain.c:(.text+0x1e): undefined reference to `parse_config'\ncollect2: error: ld returned 1 exit status", "/usr/bin/ld: main.o: in function `area':\nmain.c:(.text+0x2a): undefined reference to `sqrt'", 'ld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)', "/usr/bin/ld: main.o: в функции «main»:\nmain.c:(.text+0x1e): неопределённая ссылка на «curl_easy_init»", "/tmp/ccA1b2C3.o : dans la fonction « main » :\nserver.c:(.text+0x3f) : référence indéfinie vers « pthread_create »\ncollect2: error: ld returned 1 exit status"],
  },
  {
    ...UNDEFINED_REFERENCE,
    id: 'cpp.undefined-reference',
    language: 'cpp',
    // C++ when the symbol is C++ (Class::member, overloads, vtables) or the object came from a C++ source;
    // a localised report when its line names a C++ source or a C++ scope (::).
    match: new RegExp(String.raw`(?:(?<![^\s])[^\s:]{1,300}\.(?:cc|cpp|cxx|c\+\+|C):\([^)\n]{0,400}\): undefined reference to ${QO}(?<objSymbol>${QN}{1,400})${QC}|undefined reference to ${QO}(?<symbol>(?:vtable for |typeinfo for )${QN}{1,300}|${QN}{0,300}(?:::|\()${QN}{0,300})${QC}|ld(?:\.lld|64\.lld)?: error: undefined symbol: (?<lldSymbol>[^\n]{0,300}(?:::|\()[^\n]{0,300})|Undefined symbols for architecture \w{1,20}:\n[ \t]{0,8}"(?<machoSymbol>[^"\n]{0,300}(?:::|\()[^"\n]{0,300})", referenced from|undefined symbol: (?<emSymbol>_Z[^\s]{1,400}) \(referenced by [^)\n]{1,200}\)|(?:${UNDEF_REF_LOCALISED})(?<=(?:::|\.(?:cc|cpp|cxx|c\+\+|C):\()[^\n]{0,700}))`),
    priority: 11,
    samples: ["/usr/bin/ld: /tmp/ccQ2x9Lk.o: in function `main':\nworker.cpp:(.text+0x5e): undefined reference to `pthread_create'\ncollect2: error: ld returned 1 exit status", "/usr/bin/ld: CMakeFiles/app.dir/main.cpp.o: in function `main':\nmain.cpp:(.text+0x25): undefined reference to `Logger::log(std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)'\ncollect2: error: ld returned 1 exit status", "undefined reference to `vtable for Shape'"],
  },
  {
    ...MULTIPLE_DEFINITION,
    id: 'c.multiple-definition',
    language: 'c',
    match: new RegExp(MULTI_DEF_BODY, 'm'),
    priority: 10,
    samples: ["/usr/bin/ld: util.o:(.bss+0x0): multiple definition of `counter'; main.o:(.bss+0x0): first defined here", '/usr/bin/ld : tty_aux.o:/home/eric/heyu/tty_aux.c:142 : définitions multiples de « oldsb »; tty.o:/home/eric/heyu/tty.c:137 : défini pour la première fois ici\ncollect2: erreur: ld a retourné le statut de sortie 1'],
  },
  {
    ...MULTIPLE_DEFINITION,
    id: 'cpp.multiple-definition',
    language: 'cpp',
    match: new RegExp(String.raw`multiple definition of ${QO}(?<symbol>${QN}{0,300}(?:::|\()${QN}{0,300})${QC}`),
    priority: 11,
    samples: ["/usr/bin/ld: CMakeFiles/app.dir/b.cpp.o: in function `helpers::trim(std::string const&)':\nb.cpp:(.text+0x0): multiple definition of `helpers::trim(std::string const&)'; CMakeFiles/app.dir/a.cpp.o:a.cpp:(.text+0x0): first defined here"],
  },
  {
    id: 'c.cannot-find-library',
    language: 'c',
    // ld in the translations binutils ships (zh_CN: "找不到 -lfoo").
    match: /(?:cannot find -l|library not found for -l|unable to find library -l|mold: fatal: library not found: |(?:找不到|无法找到|無法找到|no se puede encontrar|невозможно найти|не удаётся найти) ?-l)(?<lib>[\w.+-]{1,100})/,
    errorType: 'cannot find -l',
    category: 'dependency',
    priority: 12,
    summary: (c) => `The linker cannot find the library lib${c.lib}.`,
    explanation: (c) => `-l${c.lib} asks the linker for lib${c.lib}.so or lib${c.lib}.a in the library search path. Either the library (its development package, which contains the unversioned .so symlink) is not installed, or it is installed in a directory not passed with -L.`,
    causes: ['Development package not installed (only the runtime .so.N is present)', 'Library in a custom directory without -L', 'Wrong library name (the -l name drops the "lib" prefix and extension)', 'Static-only linking (-static) without the .a file'],
    fixes: (c) => [
      fix('Install the development package or add -L', [`Install the package providing lib${c.lib}.so (e.g. Debian: apt install lib${c.lib}-dev).`, 'Or point the linker at it: -L/path/to/lib, or use pkg-config --libs.'], `gcc main.o -L/opt/${c.lib}/lib -l${c.lib} -o app\n# or\ngcc main.o $(pkg-config --libs lib${c.lib}) -o app`),
    ],
    references: [GCC_LINK, ref('GNU ld: Command-line options', 'https://sourceware.org/binutils/docs/ld/Options.html')],
    samples: ['/usr/bin/ld: cannot find -lssl: No such file or directory\ncollect2: error: ld returned 1 exit status', 'ld: library not found for -lpq'],
  },
  {
    id: 'c.dso-missing',
    language: 'c',
    // ld found the symbol only in a library the target does not link itself (an indirect dependency).
    match: /undefined reference to symbol [`'‘](?<symbol>[^'’@\n]{1,300})(?:@@?[\w.]{1,40})?['’][\s\S]{0,600}?(?<![^\s])(?<library>[^\s:]{1,300}): error adding symbols: DSO missing from command line/,
    errorType: 'undefined reference',
    category: 'build',
    priority: 12,
    summary: (c) => `${c.symbol} is defined in ${libraryFile(c.library)}, which is not on the link line: the linker will not take it from another library's dependencies.`,
    explanation: (c) =>
      `Your objects call ${c.symbol}, and the linker found it only in ${c.library}, a shared library that one of the other linked libraries depends on. Since binutils 2.22 ld does not resolve symbols through such indirect dependencies ("DSO missing from command line"): every library whose symbols your code uses must be linked directly, after the objects that use it.`,
    causes: ['A system library (pthread, m, dl, rt) used by your code but linked only through another library', 'A CMake target that uses a library without target_link_libraries for it', 'Link flags placed before the objects on the command line'],
    fixes: (c) => [
      fix(`Link ${libraryFile(c.library)} directly`, [`Add ${linkFlag(c.library)} to the link command, after the object files that call ${c.symbol} (CMake: target_link_libraries for the target that fails).`], linkFix(c.library)),
    ],
    references: [GCC_LINK, ref('Debian wiki: ToolChain/DSOLinking', 'https://wiki.debian.org/ToolChain/DSOLinking')],
    samples: ["/usr/bin/ld: CMakeFiles/app.dir/main.c.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'\n//lib/x86_64-linux-gnu/libpthread.so.0: error adding symbols: DSO missing from command line\ncollect2: error: ld returned 1 exit status"],
  },
  {
    id: 'c.ld-region-overflow',
    language: 'c',
    // Firmware builds: the linker script's memory regions (FLASH, RAM, dram0_0_seg) are too small for the sections.
    match: /\bregion [`'‘](?<region>[^'’\n]{1,100})['’] overflowed by (?<bytes>\d{1,12}) bytes?|\bsection [`'‘](?<section>[^'’\n]{1,100})['’] will not fit in region [`'‘](?<region2>[^'’\n]{1,100})['’]/,
    errorType: 'region overflowed',
    category: 'build',
    priority: 12,
    summary: (c) => `The program does not fit in the ${c.region ?? c.region2} memory region${c.bytes ? `: ${c.bytes} bytes too many` : ''}.`,
    explanation: (c) =>
      `The linker script gives each memory of the chip a region (flash for code and constants, RAM for data and the stack), and the linker places every section into one. ${c.section ? `${c.section} ` : 'The sections '}no longer fit${c.region ?? c.region2 ? ` in ${c.region ?? c.region2}` : ''}${c.bytes ? ` (by ${c.bytes} bytes)` : ''}: the code or its static data grew, or a debug build without optimisation is larger than the device holds.`,
    causes: ['Code or constant data grew past the flash size (a new library, printf with floats, debug build at -O0)', 'Large static or global buffers in RAM (.bss/.data)', 'A linker script for a smaller variant of the chip'],
    fixes: (c) => [
      fix(`Make it fit in ${c.region ?? c.region2 ?? 'the region'}`, [
        'Build with size optimisation (-Os) and drop unused code (-ffunction-sections -fdata-sections -Wl,--gc-sections).',
        'Read the map file for the biggest symbols; move large buffers off the stack/.bss or shrink them.',
        'Check that the linker script matches the chip variant you build for.',
      ], 'arm-none-eabi-size build/app.elf\narm-none-eabi-nm --size-sort -S build/app.elf | tail -20'),
    ],
    references: [ref('GNU ld: MEMORY command', 'https://sourceware.org/binutils/docs/ld/MEMORY.html')],
    samples: ["/usr/lib/gcc/arm-none-eabi/9.2.1/../../../arm-none-eabi/bin/ld: build/app.elf section `.rodata' will not fit in region `FLASH'\n/usr/lib/gcc/arm-none-eabi/9.2.1/../../../arm-none-eabi/bin/ld: region `FLASH' overflowed by 1280 bytes\ncollect2: error: ld returned 1 exit status"],
  },
  {
    id: 'c.relocation-truncated',
    language: 'c',
    // A branch or address that does not fit the instruction's field: AVR's rjmp/rcall (R_AVR_13_PCREL),
    // x86-64's 32-bit relocations (R_X86_64_PC32) against data beyond 2 GB, ARM's BL range.
    match: /relocation truncated to fit: (?<relocation>R_[A-Z0-9_]{2,60}) against (?<target>[^\n]{1,300})/,
    errorType: 'relocation truncated to fit',
    category: 'build',
    priority: 12,
    summary: (c) => `The linker cannot encode an address in a ${c.relocation} relocation: the target (${c.target}) is too far away.`,
    explanation: (c) =>
      /AVR/.test(c.relocation ?? '')
        ? 'On AVR, rjmp and rcall reach only ±4 KB; calls farther than that need jmp and call. The program grew past what relative calls can reach, or (with LTO) code was placed out of range of a relative call.'
        : /X86_64/.test(c.relocation ?? '')
          ? 'The default small code model of x86-64 assumes code and static data within 2 GB. A static array or object larger than that (or a huge binary) breaks the assumption.'
          : 'The instruction\'s field has fewer bits than the distance to its target needs: the program or one of its sections grew past what this instruction can reach.',
    causes: ['Code grew past the reach of short/relative calls (AVR rjmp/rcall, ARM BL)', 'Static data larger than 2 GB with the small code model (x86-64)', 'Link-time optimisation moved code apart'],
    fixes: (c) => [
      fix(`Let the linker reach ${c.target}`, /AVR/.test(c.relocation ?? '')
        ? ['Make the program smaller, or link with relaxation so the linker may use long calls (-Wl,--relax), or disable LTO for the sketch.']
        : /X86_64/.test(c.relocation ?? '')
          ? ['Allocate the large arrays on the heap, or compile with -mcmodel=medium (or large).']
          : ['Reduce the distance (section placement in the linker script) or use long-call variants of the instruction.'],
        /AVR/.test(c.relocation ?? '') ? 'avr-gcc -Os -Wl,--relax ...' : /X86_64/.test(c.relocation ?? '') ? 'gcc -mcmodel=medium -o app main.c' : null),
    ],
    references: [ref('GCC: x86 options (-mcmodel)', 'https://gcc.gnu.org/onlinedocs/gcc/x86-Options.html'), ref('GCC: AVR options', 'https://gcc.gnu.org/onlinedocs/gcc/AVR-Options.html')],
    samples: ["/tmp/ccUTPZsw.ltrans0.ltrans.o: In function `loop':\nsketch.c:777:(.text.startup+0x9be): relocation truncated to fit: R_AVR_13_PCREL against `no symbol'"],
  },
  {
    id: 'c.mpi-error',
    language: 'c',
    // Open MPI's and MPICH's report of an MPI call that failed with MPI_ERRORS_ARE_FATAL.
    match: /\*\*\* An error occurred in (?<call>MPI_\w{1,60})[\s\S]{0,600}?\*\*\* (?<code>MPI_ERR_[A-Z_]{1,40}): (?<message>[^\n]{1,300})|Fatal error in (?<mpichCall>P?MPI_\w{1,60}): (?<mpichMessage>[^,\n]{1,200}), error stack:/,
    errorType: (c) => c.code ?? 'MPI error',
    category: 'runtime',
    priority: 20,
    summary: (c) => `${c.call ?? c.mpichCall} failed${c.code ? ` with ${c.code} (${c.message})` : `: ${c.mpichMessage}`}, and MPI aborted the job.`,
    explanation: (c) =>
      `MPI's default error handler (MPI_ERRORS_ARE_FATAL) aborts every process of the job when a call fails. ${c.code === 'MPI_ERR_RANK' ? 'MPI_ERR_RANK: a source or destination rank is outside the communicator (0 to size - 1), often a rank computed for more processes than mpirun started, or a communicator other than the one the rank belongs to.' : c.code === 'MPI_ERR_TRUNCATE' ? 'MPI_ERR_TRUNCATE: a message is larger than the receive buffer (count and datatype of send and receive disagree).' : c.code === 'MPI_ERR_COMM' ? 'MPI_ERR_COMM: the communicator is invalid (not created, already freed, or MPI_COMM_NULL).' : 'The code and message name which argument or state was wrong.'}`,
    causes: ['A rank, count, datatype or communicator argument that does not match the job', 'Send and receive sides that disagree on sizes or tags', 'Running with a different number of processes than the program assumes'],
    fixes: (c) => [fix(`Check the arguments of ${c.call ?? c.mpichCall ?? 'the MPI call'}`, ['Print the rank, size and arguments before the call; run with the process count the program expects.', 'Set MPI_ERRORS_RETURN on the communicator to get the error code back instead of aborting.'], 'MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN);\nint rc = MPI_Send(buf, n, MPI_INT, dest, tag, MPI_COMM_WORLD);')],
    references: [ref('Open MPI: MPI_Comm_set_errhandler', 'https://docs.open-mpi.org/en/main/man-openmpi/man3/MPI_Comm_set_errhandler.3.html')],
    samples: ['[bend001:21445] *** An error occurred in MPI_Send\n[bend001:21445] *** reported by process [139981018365953,21474836480]\n[bend001:21445] *** on communicator MPI COMMUNICATOR 3 DUP FROM 0\n[bend001:21445] *** MPI_ERR_RANK: invalid rank'],
  },
  {
    id: 'c.linker-failed',
    language: 'c',
    match: /collect2(?:\.exe)?: error: ld returned (?<status>\d{1,3}) exit status|(?:clang|clang\+\+|c\+\+|cc)(?:-\d{1,3})?: error: linker command failed with exit code (?<code>\d{1,3})/,
    errorType: 'ld returned 1 exit status',
    category: 'build',
    priority: 1,
    summary: 'Linking failed; the actual linker error is printed just above this line.',
    explanation: 'collect2/clang only report that the linker (ld) exited with an error. The lines before it contain the real problem - usually "undefined reference to", "multiple definition of" or "cannot find -l". If nothing else is shown, a previous instance of the program may still be running and locking the output file (Windows: "Permission denied").',
    causes: ['Undefined references or multiple definitions reported above', 'Missing library (-l)', 'Output executable still running/locked (Windows)'],
    fixes: [fix('Read the lines above', ['Fix the first linker message above this line.', 'On Windows close the running program before rebuilding.'])],
    references: [GCC_LINK],
    samples: ['collect2: error: ld returned 1 exit status', 'clang: error: linker command failed with exit code 1 (use -v to see invocation)'],
  },

  // ---------------------------------------------------------------- compiler: includes and names
  aliased({
    ...HEADER_NOT_FOUND,
    id: 'c.header-not-found',
    language: 'c',
    // Dev-C++ shows gcc's message as "[Error] x.h: No such file or directory" (the normaliser drops the level).
    match: new RegExp(String.raw`${rx(ANY_LOC, HEADER_BODY).source}|^(?<bareHeader>[^\s:'"]{1,300}\.h): No such file or directory$`, 'm'),
    priority: 10,
    samples: ['[Error] include/define/rescode.h: No such file or directory', 'main.c:3:10: fatal error: openssl/ssl.h: No such file or directory\n    3 | #include <openssl/ssl.h>\n      |          ^~~~~~~~~~~~~~~\ncompilation terminated.', 'main.c:81:24: schwerwiegender Fehler: bibtool/io.h: Datei oder Verzeichnis nicht gefunden', 'wbcrc32c.c:22:22: erreur fatale : wbcrc32c.h : Aucun fichier ou dossier de ce type', "src/db.c:1:10: fatal error: 'sqlite3.h' file not found\n#include <sqlite3.h>\n         ^~~~~~~~~~~"],
  }, { bareHeader: 'header' }),
  {
    ...HEADER_NOT_FOUND,
    id: 'cpp.header-not-found',
    language: 'cpp',
    match: new RegExp(`(?:${CPP_LOC}${HEADER_BODY}|${CPP_HEADER_ALT})`, 'm'),
    priority: 11,
    samples: ['/home/dev/ocpn_draw_pi/src/PathMan.cpp:26:21: fatal error: pathman.h: Böyle bir dosya ya da dizin yok', 'In file included from src/app.cpp:1:\ninclude/app.h:10:10: fatal error: filesystem: No such file or directory\n   10 | #include <filesystem>\n      |          ^~~~~~~~~~~~', 'src/server.cpp:4:10: fatal error: boost/asio.hpp: No such file or directory\n    4 | #include <boost/asio.hpp>\n      |          ^~~~~~~~~~~~~~~~', "main.cpp:1:10: fatal error: 'bits/stdc++.h' file not found"],
  },
  aliased({
    id: 'c.undeclared',
    language: 'c',
    match: rx(ANY_LOC, String.raw`(?:error: ${QO}(?<name>${QN}{1,200})${QC} undeclared(?: \(first use in this function\)| here \(not in a function\))?|${ERR_L}${LQO}\s?(?<name2>${LQN}{1,200}?)\s?${LQC}\s?(?:undeclared|nicht deklariert|non déclaré|no se declaró aquí|не описан|未声明|が宣言されていません|não declarad[oa]|non dichiarat[oa])\s?[(（](?:first use in this function|erste Benutzung in dieser Funktion|première utilisation dans cette fonction|primer uso en esta función|первое использование в этой функции|在此函数内第一次使用|この関数内で最初に使用|primeiro uso nesta função|primo uso in questa funzione))`),
    errorType: 'was not declared in this scope',
    category: 'name',
    priority: 10,
    summary: (c) => `'${c.name}' is used but not declared${at(c)}.`,
    explanation: (c) => `gcc found no declaration of '${c.name}' before this use. It is misspelled, declared inside another block or function, defined by a header that is not included (e.g. NULL/size_t need <stddef.h>, errno needs <errno.h>, bool/true/false need <stdbool.h> before C23), or a macro that is not defined.`,
    causes: ['Typo in the name', 'Missing #include (stddef.h, stdbool.h, errno.h, limits.h, ...)', 'Variable declared in an inner block or after its use', 'Macro only defined under some #ifdef'],
    fixes: (c) => [fix(`Declare ${c.name} or include its header`, [`Declare ${c.name} before its first use (check the spelling), or include the header that defines it.`], c.name === 'bool' || c.name === 'true' || c.name === 'false' ? '#include <stdbool.h>' : c.name === 'NULL' || c.name === 'size_t' ? '#include <stddef.h>' : c.name === 'errno' ? '#include <errno.h>' : c.name === 'INT_MAX' ? '#include <limits.h>' : null)],
    references: [cppref('C declarations and scope', 'c/language/scope')],
    samples: ["main.c: In function 'main':\nmain.c:7:5: error: 'count' undeclared (first use in this function)\n    7 |     count = 0;\n      |     ^~~~~", 'main.c:12:5: Fehler: »zaehler« nicht deklariert (erste Benutzung in dieser Funktion)', 'src/app.c:40:9: 错误：‘timeout_ms’未声明(在此函数内第一次使用)'],
  }, { name2: 'name' }),
  aliased({
    id: 'cpp.not-declared-in-scope',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`(?:error: ${QO}(?<name>${QN}{1,200})${QC} was not declared in this scope(?:; did you mean ${QO}(?<suggestion>${QN}{1,200})${QC}\??)?|${ERR_L}${LQO}\s?(?<name2>${LQN}{1,200}?)\s?${LQC}\s?(?:was not declared in this scope|在此作用域中尚未声明|wurde in diesem Gültigkeitsbereich nicht (?:definiert|deklariert)|n'a pas été déclaré dans cette portée|no se declaró en este ámbito|не был объявлен в этой области видимости|はこのスコープで宣言されていません|não foi declarad[oa] neste escopo|non è stato dichiarato in questo ambito|nie został zadeklarowany w tym zakresie))`),
    errorType: 'was not declared in this scope',
    category: 'name',
    priority: 11,
    summary: (c) => `'${c.name}' was not declared in this scope${at(c)}.`,
    explanation: (c) => {
      const header = STD_HEADERS[c.name ?? ''];
      return `g++ found no declaration of '${c.name}' visible here.${c.suggestion ? ` It suggests '${c.suggestion}'.` : ''}${header ? ` '${c.name}' is a standard library name: include <${header}> and write std::${c.name} (or add a using declaration).` : ' It is misspelled, declared later or in another scope, or declared in a header that is not included.'}`;
    },
    causes: ['Missing #include for a standard library facility', 'Missing std:: qualification', 'Function used before its declaration (add a prototype)', 'Typo or variable declared in an inner block'],
    fixes: (c) => {
      const header = STD_HEADERS[c.name ?? ''];
      return [fix(`Include, qualify or declare ${c.name}`, [header ? `${c.name} is std::${c.name}: include <${header}> and qualify it with std::.` : `Check the spelling of ${c.name}; include the header that declares it, or declare it before this use (a prototype above the first call for functions).`, 'A macro that should define it may be missing too (check the -D flags and #ifdef blocks).'], header ? `#include <${header}>\n\nstd::${c.name}` : `// declare before first use, e.g. for a function:\nint ${/^[A-Za-z_]\w*$/.test(c.name ?? '') ? c.name : 'helper'}(int x);`)];
    },
    references: [cppref('Name lookup', 'cpp/language/lookup'), cppref('Standard library headers', 'cpp/header')],
    samples: ["main.cpp: In function 'int main()':\nmain.cpp:5:5: error: 'cout' was not declared in this scope; did you mean 'std::cout'?\n    5 |     cout << \"hi\";\n      |     ^~~~", "src/app.cpp:12:9: error: ‘helper’ was not declared in this scope", 'src/emu/drawgfx.cpp:403:17: 错误： ‘elements’在此作用域中尚未声明', 'src/gui.cpp:229:27: Fehler: »menu_display« wurde in diesem Gültigkeitsbereich nicht definiert'],
  }, { name2: 'name' }),
  {
    ...UNDECLARED_IDENTIFIER,
    id: 'c.undeclared-identifier',
    language: 'c',
    match: rx(ANY_LOC, UNDECLARED_BODY),
    priority: 10,
    samples: ["main.c:9:12: error: use of undeclared identifier 'lenght'\n    return lenght;\n           ^"],
  },
  {
    ...UNDECLARED_IDENTIFIER,
    id: 'cpp.undeclared-identifier',
    language: 'cpp',
    match: rx(CPP_LOC, UNDECLARED_BODY),
    priority: 11,
    samples: ["src/main.cpp:6:5: error: use of undeclared identifier 'vector'\n    vector<int> v;\n    ^"],
  },
  {
    // nvcc and NVRTC compile CUDA C++ with the EDG front end, which words it its own way and puts
    // the line in parentheses: `kernel.cu(117): error: identifier "__shfl_up" is undefined`.
    id: 'cpp.cuda-identifier-undefined',
    language: 'cpp',
    match: rx(String.raw`error(?<=(?:(?<![^\s"])(?<file>[^\s("]{1,400}?\.(?:cu|cuh|cpp|cc|cxx|h|hpp))\((?<line>\d{1,7})\): )?error): identifier "(?<name>[^"\n]{1,200})" is undefined`),
    errorType: 'identifier is undefined',
    category: 'name',
    priority: 11,
    summary: (c) => `The CUDA compiler found no declaration of '${c.name}'${at(c)}.`,
    explanation: (c) =>
      `nvcc (or NVRTC at run time) knows no '${c.name}' here. ${/^__shfl/.test(c.name ?? '') ? `The warp shuffles without _sync were removed in CUDA 9 for Volta and later: use ${c.name}_sync with a mask such as 0xffffffff. ` : ''}It is a macro or constant the build did not define, a name declared in a header that is not included (cuda_fp16.h for the __h* half functions), an intrinsic the target architecture (-arch) or CUDA version lacks, or a typo.`,
    causes: ['Intrinsic removed or renamed in this CUDA version (__shfl_* -> __shfl_*_sync)', 'Header not included (cuda_fp16.h, cooperative_groups.h)', 'Macro or constant not defined for this build (-D flags, #ifdef blocks)', 'Architecture too old for the intrinsic (-arch=sm_XX)', 'Typo or a variable declared in another scope'],
    fixes: (c) => [
      fix(
        `Declare, include or rename ${c.name}`,
        [`Check where ${c.name} should come from: a header to include, a -D definition for this build, or the newer name of a CUDA intrinsic.`, 'Compile for the architecture the code expects (-arch=sm_XX) with a CUDA version that still provides it.'],
        /^__shfl/.test(c.name ?? '') ? `// CUDA 9+: the _sync variants take the mask of participating lanes\nvalue = ${c.name}_sync(0xffffffff, value, delta);` : null,
      ),
    ],
    references: [ref('CUDA C++ Programming Guide: Warp Shuffle Functions', 'https://docs.nvidia.com/cuda/cuda-c-programming-guide/index.html#warp-shuffle-functions')],
    samples: ['kernels/reduce.cu(42): error: identifier "__shfl_down" is undefined\n\n1 error detected in the compilation of "reduce.cpp1.ii".', 'CUDA NVRTC compile error: kernel.cu(12): error: identifier "TILE" is undefined'],
  },
  {
    id: 'cpp.not-member-of-std',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:${QO}(?<name>${QN}{1,200})${QC} is not a member of ${QO}std${QC}|${QO}std::(?<name2>${QN}{1,200})${QC} has not been declared|no (?:member|type|template) named ${QO}(?<name3>${QN}{1,200})${QC} in namespace ${QO}std${QC})`),
    // Clang's "no member named 'x' in namespace 'std'" is the corpus's "has no member named" (README).
    errorType: (c) => (c.name3 ? 'has no member named' : "is not a member of 'std'"),
    category: 'name',
    priority: 11,
    summary: (c) => `std::${c.name ?? c.name2 ?? c.name3} is not declared - its header is not included${at(c)}.`,
    explanation: (c) => {
      const n = c.name ?? c.name2 ?? c.name3 ?? '';
      const h = STD_HEADERS[n];
      return `The name std::${n} is declared in a standard header that this file does not include${h ? `: <${h}>` : ''}. Code that compiled before may rely on another header including it transitively, which differs between compilers and versions.${/^(format|ranges|span|jthread|expected|print)$/.test(n) ? ` std::${n} also requires a recent language standard (-std=c++20 or later) and library support.` : ''}`;
    },
    causes: ['Missing #include of the standard header', 'Relying on transitive includes that changed with a compiler upgrade', 'Language standard too old for the facility (-std=c++17/20)'],
    fixes: (c) => {
      const n = c.name ?? c.name2 ?? c.name3 ?? '';
      return [fix(`Include the header of std::${n}`, [`Add the header that declares std::${n}${STD_HEADERS[n] ? ` (<${STD_HEADERS[n]}>)` : ''}; check cppreference for the exact header and the -std= level it needs.`], STD_HEADERS[n] ? `#include <${STD_HEADERS[n]}>` : null)];
    },
    references: [cppref('Standard library headers', 'cpp/header')],
    samples: ["main.cpp:8:10: error: 'setprecision' is not a member of 'std'", "src/util.cpp:3:6: error: ‘std::string_view’ has not been declared", "main.cpp:4:10: error: no type named 'vector' in namespace 'std'"],
  },
  {
    id: 'cpp.does-not-name-type',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: ${QO}(?<name>${QN}{1,200})${QC}(?: in namespace ${QO}${QN}{1,200}${QC})? does not name a (?:template )?type(?:; did you mean ${QO}(?<suggestion>${QN}{1,200})${QC}\??)?`),
    errorType: 'does not name a type',
    category: 'name',
    priority: 11,
    summary: (c) => `'${c.name}' is used as a type but no such type is declared${at(c)}.`,
    explanation: (c) => {
      const bare = (c.name ?? '').replace(/^std::/, '');
      return `The compiler expected a type name at this position. '${c.name}' is unknown here: its header is missing${STD_HEADERS[bare] ? ` (<${STD_HEADERS[bare]}>)` : ''}, std:: is missing, the class is only forward-declared or declared later, or there is a circular include between headers. Statements (like assignments) outside functions also produce this error.`;
    },
    causes: ['Missing #include or std:: prefix', 'Circular includes between headers (use forward declarations)', 'Type declared after its use', 'Executable statements written at namespace/class scope'],
    fixes: (c) => {
      const bare = (c.name ?? '').replace(/^std::/, '');
      const std = STD_HEADERS[bare];
      return [fix(`Make ${c.name} visible before use`, [std ? `${c.name} is std::${bare}: include <${std}> and write std::${bare}.` : `Include the header declaring ${c.name} (check its spelling); break include cycles with a forward declaration (class ${c.name};) and pointers/references.`], std ? `#include <${std}>\n\nstd::${bare} value;` : `// instead of #include-ing the header that defines ${c.name}:\nclass ${c.name};          // forward declaration\nclass Holder {\n    ${c.name} *ptr;\n};`)];
    },
    references: [cppref('Class declaration (forward declarations)', 'cpp/language/class')],
    samples: ["include/engine.h:14:5: error: 'Renderer' does not name a type\n   14 |     Renderer renderer;\n      |     ^~~~~~~~", "main.cpp:3:1: error: ‘string’ does not name a type; did you mean ‘stdin’?"],
  },
  {
    id: 'cpp.no-member-named',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:${QO}(?<type>${QN}{1,300})${QC}(?: \{aka ${QO}${QN}{1,300}${QC}\})? has no member named ${QO}(?<member>${QN}{1,200})${QC}|no member named ${QO}(?<member2>${QN}{1,200})${QC} in ${QO}(?<type2>${QN}{1,300})${QC})`),
    errorType: 'has no member named',
    category: 'name',
    priority: 11,
    summary: (c) => `${c.type ?? c.type2} has no member '${c.member ?? c.member2}'${at(c)}.`,
    explanation: (c) => `The class ${c.type ?? c.type2} does not declare '${c.member ?? c.member2}'. It may be misspelled, private in a base class, declared in a different class, or the object is a pointer/smart pointer and needs -> instead of . (or the reverse).`,
    causes: ['Typo in the member name', 'Using . on a pointer (should be ->)', 'Member declared in another class or removed', 'Outdated header/library version'],
    fixes: (c) => [fix(`Use a member that ${c.type ?? c.type2} really has`, [`Check the definition of ${c.type ?? c.type2} for the right name instead of '${c.member ?? c.member2}' (or the library version that added it).`, 'Use -> for pointers and smart pointers, . for objects.'], 'Node *n = head;\nn->next;   // not n.next')],
    references: [cppref('Member access operators', 'cpp/language/operator_member_access')],
    samples: ["main.cpp:14:11: error: 'class std::vector<int>' has no member named 'length'", "game.cpp:30:14: error: no member named 'updte' in 'Player'"],
  },
  {
    id: 'cpp.no-matching-function',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: no matching (?:member )?function for call to ${QO}(?<call>${QN}{1,400})${QC}`),
    errorType: 'no matching function for call',
    category: 'type',
    priority: 11,
    summary: (c) => `No overload of ${c.call?.replace(/\(.*$/, '')} accepts these arguments${at(c)}.`,
    explanation: (c) => `Overload resolution found no function/constructor named ${c.call?.replace(/\(.*$/, '')} whose parameters match the argument types in ${c.call}. The "candidate:" notes below the error list the existing overloads and why each was rejected (wrong count, no conversion, const-ness, missing default constructor).`,
    causes: ['Argument types do not match any overload (e.g. const vs non-const reference, pointer vs value)', 'Wrong number of arguments', 'Class has no default constructor but one is required (e.g. by std::vector::resize or a member without initialiser)', 'Template argument deduction failed'],
    fixes: (c) => [fix(`Compare the call ${c.call?.replace(/\(.*$/, '')} with the candidate list`, [`Read the "candidate:" and "note:" lines under the error: they list each overload of ${c.call?.replace(/\(.*$/, '')} and why it was rejected (argument count, types, const).`, 'Convert the arguments, add the missing overload/constructor, or pass the right number of arguments.'], 'struct Point {\n    Point() = default;              // default constructor if needed\n    Point(int x, int y) : x(x), y(y) {}\n    int x = 0, y = 0;\n};')],
    references: [cppref('Overload resolution', 'cpp/language/overload_resolution')],
    samples: ["main.cpp:12:20: error: no matching function for call to 'Point::Point()'\n   12 |     std::vector<Point> pts(3);", "shapes.cpp:40:7: error: no matching member function for call to 'push_back'"],
  },
  {
    id: 'cpp.invalid-conversion',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: invalid conversion from ${QO}(?<from>${QN}{1,300})${QC} to ${QO}(?<to>${QN}{1,300})${QC}`),
    errorType: 'invalid conversion',
    category: 'type',
    priority: 11,
    summary: (c) => `${c.from} cannot be converted implicitly to ${c.to}${at(c)}.`,
    explanation: (c) => `C++ does not allow this implicit conversion (C often only warns).${/void\*/.test(c.from ?? '') ? ' In C++, void* (e.g. the result of malloc) must be cast explicitly - better, use new or a container.' : ''}${/const/.test(c.from ?? '') && !/const/.test(c.to ?? '') ? ' Converting away const would allow modifying read-only data (e.g. string literals are const char*).' : ''}${/int/.test(c.from ?? '') && /\*/.test(c.to ?? '') ? ' An integer is not a pointer; pass the address (&x) or fix the parameter type.' : ''}`,
    causes: ['malloc result (void*) assigned without a cast in C++', 'String literal (const char*) assigned to char*', 'int used where a pointer is expected, or vice versa'],
    fixes: [fix('Use the correct type', ['Declare the variable with the matching type (const char*), use static_cast where a conversion is intended, or prefer new/std::vector/std::string.'], 'const char *name = "alice";\nauto *buf = static_cast<char *>(std::malloc(n));\nstd::vector<char> better(n);')],
    references: [cppref('Implicit conversions', 'cpp/language/implicit_conversion')],
    samples: ["main.cpp:6:24: error: invalid conversion from 'void*' to 'int*' [-fpermissive]\n    6 |     int *p = malloc(10 * sizeof(int));", "util.cpp:9:16: error: invalid conversion from ‘const char*’ to ‘char*’ [-fpermissive]"],
  },
  {
    id: 'cpp.changes-meaning',
    language: 'cpp',
    // A class member declared with the name of a type it also uses ("Code Code;"): older g++ splits
    // the message in two errors, "declaration of …" then "changes meaning of …".
    match: rx(ANY_LOC, String.raw`error: (?:declaration of ${QO}${QN}{1,300}${QC} )?changes meaning of ${QO}(?<name>${QN}{1,200})${QC}`),
    errorType: 'changes meaning',
    category: 'name',
    priority: 11,
    summary: (c) => `Inside a class, the name ${c.name} is first used as a type and then declared as a member, which changes what it means.`,
    explanation: (c) =>
      `C++ requires a name used in a class to mean the same thing in the whole class. A member such as "${c.name} ${c.name};" uses ${c.name} as the enclosing scope's type and then redeclares it as a member. Older g++ accepted it with -fpermissive; GCC 8 and later reject it.`,
    causes: ['A member variable named after its own type', 'A member function or typedef that reuses the name of a type used earlier in the class'],
    fixes: (c) => [fix(`Rename the member or qualify the type`, [`Give the member another name than ${c.name}, or write the type with its namespace so the class never uses the bare name as a type.`], `// before: ${c.name} ${c.name};\n${c.name} ${(c.name ?? 'code').toLowerCase()}_;          // a member name that is not the type's\n// or: ::YourNamespace::${c.name} ${c.name};`)],
    references: [cppref('Scope: class scope', 'cpp/language/scope')],
    samples: ["src/compriv.h:94:8: error: declaration of ‘GotoPP::Code GotoPP::SInstr::Code’ [-fpermissive]\ninclude/programme.h:20:13: error: changes meaning of ‘Code’ from ‘enum class GotoPP::Code’ [-fpermissive]"],
  },
  {
    id: 'cpp.use-of-deleted-function',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:use of deleted function|call to (?:implicitly-)?deleted (?:copy |move )?constructor of) ${QO}(?<func>${QN}{1,500})${QC}`),
    errorType: 'use of deleted function',
    category: 'type',
    priority: 11,
    summary: (c) => `The code calls a deleted function${/unique_ptr/.test(c.func ?? '') ? ' - a std::unique_ptr is being copied' : ''}${at(c)}.`,
    explanation: (c) => `${c.func} is deleted (= delete), either explicitly or implicitly by the compiler. The most common case is copying a move-only type - std::unique_ptr, std::thread, std::mutex, streams - or a class containing one, e.g. pushing it into a vector by value or capturing it by copy.${/unique_ptr/.test(c.func ?? '') ? ' unique_ptr has exactly one owner; transfer it with std::move.' : ''}`,
    causes: ['Copying a move-only type (unique_ptr, thread, mutex, fstream)', 'Class with a unique_ptr member being copied (its copy constructor is implicitly deleted)', 'Passing such objects by value instead of by reference'],
    fixes: (c) => [fix('Move or pass by reference', [`The deleted function is ${c.func}: find the line that copies the object, then use std::move to transfer ownership, or pass const T& instead of T.`], 'auto p = std::make_unique<Widget>();\nwidgets.push_back(std::move(p));\n\nvoid use(const Widget &w);   // instead of use(Widget w)')],
    references: [cppref('Deleted functions', 'cpp/language/function#Deleted_functions'), cppref('std::unique_ptr', 'cpp/memory/unique_ptr')],
    samples: ["main.cpp:15:23: error: use of deleted function 'std::unique_ptr<_Tp, _Dp>::unique_ptr(const std::unique_ptr<_Tp, _Dp>&) [with _Tp = Widget; _Dp = std::default_delete<Widget>]'"],
  },

  // ---------------------------------------------------------------- compiler: syntax and C-specific
  {
    ...EXPECTED_SEMICOLON,
    id: 'c.expected-semicolon',
    language: 'c',
    match: rx(ANY_LOC, EXPECTED_SEMI_BODY),
    priority: 10,
    samples: ["main.c:6:5: error: expected ';' before 'return'\n    6 |     return 0;\n      |     ^~~~~~"],
  },
  {
    ...EXPECTED_SEMICOLON,
    id: 'cpp.expected-semicolon',
    language: 'cpp',
    match: rx(CPP_LOC, EXPECTED_SEMI_BODY),
    priority: 11,
    samples: ["shape.hpp:9:2: error: expected ';' after class definition", "main.cpp:4:18: error: expected ‘;’ before ‘}’ token"],
  },
  {
    id: 'c.implicit-declaration',
    language: 'c',
    match: rx(ANY_LOC, String.raw`(?:(?<sev>error|warning): implicit declaration of function ${QO}(?<func>${QN}{1,200})${QC}|error: call to undeclared (?:library )?function ${QO}(?<func2>${QN}{1,200})${QC}|(?:error|warning): implicitly declaring library function ${QO}(?<func3>${QN}{1,200})${QC})`),
    errorType: 'implicit declaration of function',
    category: 'name',
    priority: 10,
    summary: (c) => `The function ${c.func ?? c.func2 ?? c.func3} is called without a declaration${at(c)}.`,
    explanation: (c) => {
      const f = c.func ?? c.func2 ?? c.func3 ?? '';
      const hdr = IMPLICIT_HEADERS;
      return `C99 and later require a declaration (prototype) before a function is called. ${hdr[f] ? `${f} is declared in <${hdr[f]}>, which is not included.` : `No prototype of ${f} is visible: the header is missing, or the function is defined further down the file.`} GCC 14 and Clang 16 treat this as an error; older compilers guessed 'int ${f}()', which breaks for functions returning pointers or doubles.`;
    },
    causes: ['Missing #include of the standard/library header', 'Function defined below its first use without a prototype', 'Typo in the function name (then the link step fails too)'],
    fixes: (c) => {
      const f = c.func ?? c.func2 ?? c.func3 ?? 'helper';
      const hdr = IMPLICIT_HEADERS[f];
      return [fix(hdr ? `Include <${hdr}> for ${f}` : `Declare ${f} before calling it`, [hdr ? `${f} is declared in <${hdr}>: include it at the top of the file.` : `Include the header that declares ${f}, or add a prototype above the first call (check the spelling: a typo also fails at link time).`], hdr ? `#include <${hdr}>` : `int ${f}();   /* prototype: copy the real parameter list */`)];
    },
    references: [ref('GCC 14 porting guide: implicit function declarations', 'https://gcc.gnu.org/gcc-14/porting_to.html'), cppref('C function declarations', 'c/language/function_declaration')],
    samples: ["main.c:5:5: warning: implicit declaration of function 'strlen' [-Wimplicit-function-declaration]", "main.c:8:12: error: call to undeclared function 'parse_args'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]"],
  },
  {
    id: 'c.incompatible-types',
    language: 'c',
    match: rx(ANY_LOC, String.raw`(?<sev>error|warning): (?<what>(?:initialization|assignment|passing argument \d{1,3} of ${QO}${QN}{1,200}${QC}|returning ${QO}${QN}{1,200}${QC} from a function with (?:return|result) type ${QO}${QN}{1,200}${QC}) [^\n]{0,200}?(?:from incompatible pointer type|makes (?:integer from pointer|pointer from integer) without a cast)|incompatible (?:function )?(?:pointer|integer)(?: to (?:integer|pointer))? (?:types|conversion) [^\n]{1,300})`),
    // clang's function-pointer variant is the same mistake (the README's phrase); its integer/pointer
    // conversions are a different one, named as clang names them.
    errorType: (c) => (/incompatible (?:integer to pointer|pointer to integer) conversion/.test(c.what ?? '') ? (c.what ?? '').replace(/^.*(incompatible (?:integer to pointer|pointer to integer) conversion).*$/, '$1') : 'incompatible pointer types'),
    category: 'type',
    priority: 10,
    summary: (c) => `Incompatible pointer/integer types: ${c.what}${at(c)}.`,
    explanation: 'A pointer of one type is assigned/passed where another pointer type (or an integer) is expected. Such code usually has a real bug: a missing & or *, a wrong struct type, or a function returning a pointer declared implicitly as int. GCC 14 turns these warnings into errors.',
    causes: ['Missing & (address-of) or * (dereference)', 'Wrong pointer type (char* vs unsigned char*, struct a* vs struct b*)', 'Function not declared, so its pointer result is treated as int', 'Passing int where a pointer parameter is expected'],
    fixes: [fix('Fix the types instead of casting', ['Check the declaration of both sides; add the missing & or *, or include the header declaring the function.'], 'int n;\nscanf("%d", &n);     /* pass the address */')],
    references: [GCC_WARN, ref('GCC 14 porting guide', 'https://gcc.gnu.org/gcc-14/porting_to.html')],
    samples: ["main.c:10:15: warning: initialization of 'int *' from incompatible pointer type 'char *' [-Wincompatible-pointer-types]", "list.c:21:12: error: returning 'char *' from a function with return type 'int' makes integer from pointer without a cast [-Wint-conversion]"],
  },
  {
    ...NO_RETURN,
    id: 'c.no-return',
    language: 'c',
    match: rx(ANY_LOC, NO_RETURN_BODY),
    priority: 10,
    samples: ["calc.c: In function 'sign':\ncalc.c:9:1: warning: control reaches end of non-void function [-Wreturn-type]\n    9 | }\n      | ^", "calc.c:9:1: error: control reaches end of non-void function [-Werror=return-type]"],
  },
  {
    ...NO_RETURN,
    id: 'cpp.no-return',
    language: 'cpp',
    match: rx(CPP_LOC, NO_RETURN_BODY),
    priority: 11,
    samples: ["src/grade.cpp:12:1: warning: non-void function does not return a value in all control paths [-Wreturn-type]", "src/grade.cpp:12:1: error: non-void function does not return a value in all control paths [-Werror,-Wreturn-type]"],
  },
  {
    ...STRAY_CHAR,
    id: 'c.stray-character',
    language: 'c',
    match: rx(ANY_LOC, STRAY_BODY),
    priority: 10,
    samples: ["main.c:4:12: error: stray '\\342' in program\n    4 |     printf(\u201cHello\u201d);"],
  },
  {
    ...STRAY_CHAR,
    id: 'cpp.stray-character',
    language: 'cpp',
    match: rx(CPP_LOC, STRAY_BODY),
    priority: 11,
    samples: ["main.cpp:5:18: error: stray ‘\\302’ in program"],
  },

  // ---------------------------------------------------------------- C++ runtime
  {
    id: 'cpp.out-of-range',
    language: 'cpp',
    match: new RegExp(thrown(fixed(String.raw`std::out_of_range`))),
    errorType: 'std::out_of_range',
    category: 'runtime',
    priority: 20,
    summary: (c) => `An uncaught std::out_of_range exception terminated the program${what(c) ? `: ${what(c)}` : ''}.`,
    explanation: (c) => {
      const w = what(c);
      if (/_M_range_check|vector/.test(w)) return `std::vector::at() was called with an index >= size()${/which is (\d+)\) >= this->size\(\) \(which is (\d+)/.test(w) ? ` (${w.replace(/^.*__n \(which is (\d+)\) >= this->size\(\) \(which is (\d+)\).*$/, 'index $1, size $2')})` : ''}. at() checks bounds and throws; operator[] would have silently read out of bounds.`;
      if (/basic_string|substr|pos/.test(w)) return 'A std::string member (substr, at, erase, insert) received a position greater than size().';
      if (/map::at/.test(w)) return 'std::map::at / unordered_map::at was called with a key that is not in the map.';
      if (/stoi|stol|stoul|stod/.test(w)) return 'std::stoi/stol/stod parsed a number that does not fit the target type.';
      return 'A bounds-checked standard library call received an index, position or key outside the valid range, and nothing caught the exception.';
    },
    causes: ['vector::at() with index >= size() (often an empty vector)', 'string::substr with pos > size()', 'map::at() with a missing key', 'stoi on a number too large for int'],
    fixes: [fix('Check the index/key before the call', ['Compare against size() / use find() for maps before at().', 'Catch std::out_of_range where invalid input is possible.'], 'if (i < v.size()) {\n    use(v.at(i));\n}\nif (auto it = m.find(key); it != m.end()) {\n    use(it->second);\n}')],
    references: [cppref('std::out_of_range', 'cpp/error/out_of_range'), cppref('std::vector::at', 'cpp/container/vector/at')],
    samples: ["terminate called after throwing an instance of 'std::out_of_range'\n  what():  vector::_M_range_check: __n (which is 5) >= this->size() (which is 3)\nAborted (core dumped)", 'libc++abi: terminating due to uncaught exception of type std::out_of_range: basic_string'],
  },
  {
    id: 'cpp.bad-alloc',
    language: 'cpp',
    match: new RegExp(thrown(fixed(String.raw`std::bad_alloc`))),
    errorType: 'std::bad_alloc',
    category: 'memory',
    priority: 20,
    summary: 'Memory allocation with new failed (std::bad_alloc).',
    explanation: 'operator new could not allocate the requested memory. Either the program really ran out of memory, or - much more often - it asked for an absurd size: a negative value converted to size_t, an uninitialised size variable, or an ever-growing container in an infinite loop.',
    causes: ['Huge size from a negative or uninitialised integer (e.g. vector<int> v(n) with n = -1)', 'Infinite loop pushing into a container', 'Genuinely insufficient memory / container memory limit'],
    fixes: [fix('Validate sizes before allocating', ['Print the requested size; check for negative or uninitialised values before resize/reserve/new.'], 'if (n <= 0 || n > kMaxItems) throw std::invalid_argument("bad size");\nstd::vector<int> v(static_cast<std::size_t>(n));')],
    references: [cppref('std::bad_alloc', 'cpp/memory/new/bad_alloc')],
    samples: ["terminate called after throwing an instance of 'std::bad_alloc'\n  what():  std::bad_alloc\nAborted (core dumped)"],
  },
  {
    id: 'cpp.invalid-argument',
    language: 'cpp',
    match: new RegExp(thrown(fixed(String.raw`std::invalid_argument`))),
    errorType: 'std::invalid_argument',
    category: 'type',
    priority: 20,
    summary: (c) => `An uncaught std::invalid_argument exception terminated the program${what(c) ? `: ${what(c)}` : ''}.`,
    explanation: (c) => (/sto[ilfd]/.test(what(c)) ? `${what(c)} could not parse any number at the start of the string (empty string, letters, or whitespace-only input). std::stoi and friends throw instead of returning 0.` : 'A function rejected an argument as invalid and the exception was not caught.'),
    causes: ['std::stoi/stod on empty or non-numeric text', 'Reading input that contains unexpected characters', 'Library function receiving an invalid value'],
    fixes: [fix('Validate or catch parse errors', ['Catch std::invalid_argument (and std::out_of_range) around conversions, or use std::from_chars which reports errors without exceptions.'], 'int value{};\nauto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), value);\nif (ec != std::errc{}) {\n    // handle bad input\n}')],
    references: [cppref('std::invalid_argument', 'cpp/error/invalid_argument'), cppref('std::stoi, std::stol', 'cpp/string/basic_string/stol')],
    samples: ["terminate called after throwing an instance of 'std::invalid_argument'\n  what():  stoi\nAborted (core dumped)"],
  },
  {
    id: 'cpp.terminate-no-active-exception',
    language: 'cpp',
    match: /terminate called without an active exception/,
    errorType: 'std::terminate',
    category: 'concurrency',
    priority: 15,
    summary: 'std::terminate was called without an exception - usually a std::thread destroyed while still joinable.',
    explanation: 'If a std::thread object is destroyed (goes out of scope, or is overwritten) while still joinable, its destructor calls std::terminate. The thread must be joined or detached first. A "throw;" with no exception being handled causes the same message.',
    causes: ['std::thread going out of scope without join() or detach()', 'An exception thrown between creating a thread and joining it', 'A bare "throw;" outside a catch block'],
    fixes: [fix('Join every thread (or use std::jthread)', ['Call join() before the thread object is destroyed; C++20 std::jthread joins automatically.'], 'std::thread worker(run);\n// ...\nworker.join();\n\n// C++20\nstd::jthread worker2(run);   // joins in its destructor')],
    references: [cppref('std::thread::~thread', 'cpp/thread/thread/~thread'), cppref('std::terminate', 'cpp/error/terminate')],
    samples: ['terminate called without an active exception\nAborted (core dumped)'],
  },
  {
    id: 'cpp.uncaught-exception',
    language: 'cpp',
    match: new RegExp(thrown((i) => (i === 1 ? `(?<exception>${QN}{1,300})` : String.raw`(?<exception${i}>[\w<>]{1,200}(?:::[\w<>]{1,200}){0,10})`))),
    errorType: (c) => thrownClass(c.exception ?? c.exception2 ?? c.exception3) ?? 'uncaught exception',
    category: 'runtime',
    priority: 10,
    summary: (c) => `An uncaught ${c.exception ?? c.exception2 ?? c.exception3} exception terminated the program${what(c) ? `: ${what(c)}` : ''}.`,
    explanation: (c) => `An exception of type ${c.exception ?? c.exception2 ?? c.exception3} propagated out of main() (or out of a thread function / noexcept function) without being caught, so std::terminate was called and the program aborted. The what() text is the exception's message.${/system_error/.test(c.exception ?? c.exception2 ?? '') ? ' std::system_error often comes from std::thread or std::mutex - e.g. "Resource deadlock avoided" (locking a mutex twice) or "Operation not permitted" (missing -pthread).' : ''}`,
    causes: ['No try/catch around code that throws', 'Exception thrown inside a thread function (each thread needs its own handler)', 'Exception thrown from a destructor or noexcept function'],
    fixes: [fix('Catch exceptions at the boundaries', ['Wrap main() and thread entry functions in try/catch and report e.what().'], 'int main() {\n    try {\n        run();\n    } catch (const std::exception &e) {\n        std::cerr << "fatal: " << e.what() << \'\\n\';\n        return 1;\n    }\n}')],
    references: [cppref('std::terminate', 'cpp/error/terminate'), cppref('std::exception', 'cpp/error/exception')],
    samples: ["terminate called after throwing an instance of 'std::runtime_error'\n  what():  could not open config.json\nAborted (core dumped)", "terminate called after throwing an instance of 'std::system_error'\n  what():  Resource deadlock avoided"],
  },
  {
    id: 'cpp.pure-virtual-call',
    language: 'cpp',
    match: /pure virtual (?:method|function) called/,
    errorType: 'pure virtual method called',
    category: 'runtime',
    priority: 16,
    summary: 'A pure virtual function was called on an object whose derived part does not exist (yet or anymore).',
    explanation: 'During construction and destruction of a base class, the object behaves as the base type. Calling a virtual function that is pure in the base from the base constructor/destructor - directly or indirectly - ends up here. It also happens when calling a method on an object that was already destroyed (dangling pointer) while its vtable pointer is reset to the base.',
    causes: ['Virtual call from a base class constructor or destructor', 'Using an object after delete (dangling pointer), e.g. from another thread', 'Callbacks registered in the base constructor firing before the derived part exists'],
    fixes: [fix('Do not call virtuals from constructors/destructors', ['Move the call to a separate init()/start() method called after construction, and ensure objects outlive their callbacks.'])],
    references: [cppref('Abstract classes', 'cpp/language/abstract_class'), cppref('virtual function specifier (during construction and destruction)', 'cpp/language/virtual')],
    samples: ['pure virtual method called\nterminate called without an active exception\nAborted (core dumped)'],
  },

  // ---------------------------------------------------------------- CMake
  {
    id: 'cpp.cmake-package-not-found',
    language: 'cpp',
    // Also a config file that was found but rejected itself ("… set Imath_FOUND to FALSE so package
    // "Imath" is considered to be NOT FOUND"): for the user the package is still not found.
    // CMake wraps its message at 80 columns, so the package's name may start the next line.
    match: /(?:Could not find a package configuration file provided by\s{1,10}"(?<pkg>[^"\n]{1,100})"|Could NOT find (?<pkg2>[\w:+-]{1,100})(?: \(missing: (?<missing>[^)\n]{1,300})\))?|so package "(?<pkg3>[^"\n]{1,100})" is considered to be\s{1,10}NOT\s{1,10}FOUND|Could not find a configuration file for package\s{1,10}"(?<pkg4>[^"\n]{1,100})"|Could not find the following (?:static )?(?<pkg5>Boost) libraries:|Unable to find the requested (?<pkg7>Boost) libraries)/,
    errorType: 'could not find package',
    category: 'dependency',
    priority: 12,
    summary: (c) => `CMake cannot find the package ${c.pkg ?? c.pkg2 ?? c.pkg3 ?? c.pkg4 ?? c.pkg5 ?? c.pkg7}.`,
    explanation: (c) => `find_package(${c.pkg ?? c.pkg2 ?? c.pkg3 ?? c.pkg4 ?? c.pkg5 ?? c.pkg7}) did not locate ${c.pkg ? `${c.pkg}Config.cmake / ${c.pkg.toLowerCase()}-config.cmake` : c.pkg3 ? 'a usable package: it found the config file, but the file set the package NOT FOUND (a component or dependency it needs is missing, or the version does not match)' : `the library${c.missing ? ` (missing: ${c.missing})` : ''}`}. The package (with its development/CMake files) is not installed, or it is installed in a prefix CMake does not search.`,
    causes: ['Library or its -dev package not installed', 'Installed in a custom prefix not listed in CMAKE_PREFIX_PATH', 'Package manager toolchain (vcpkg/conan) not passed to CMake'],
    fixes: (c) => [
      fix('Install the package or tell CMake where it is', ['Install the development package (or via vcpkg/conan).', `Pass its prefix: -DCMAKE_PREFIX_PATH=/path/to/install (or -D${c.pkg ?? c.pkg2 ?? c.pkg3 ?? c.pkg4 ?? c.pkg5 ?? c.pkg7}_DIR=<dir containing the config file>).`], `cmake -S . -B build -DCMAKE_PREFIX_PATH=/opt/${(c.pkg ?? c.pkg2 ?? c.pkg3 ?? c.pkg4 ?? c.pkg5 ?? c.pkg7 ?? 'lib').toLowerCase()}\n# vcpkg\ncmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=$VCPKG_ROOT/scripts/buildsystems/vcpkg.cmake`),
    ],
    references: [ref('CMake: find_package', 'https://cmake.org/cmake/help/latest/command/find_package.html'), ref('CMake: CMAKE_PREFIX_PATH', 'https://cmake.org/cmake/help/latest/variable/CMAKE_PREFIX_PATH.html')],
    samples: ['CMake Error at CMakeLists.txt:12 (find_package):\n  By not providing "Findfmt.cmake" in CMAKE_MODULE_PATH this project has\n  asked CMake to find a package configuration file provided by "fmt", but\n  CMake did not find one.\n\n  Could not find a package configuration file provided by "fmt" with any of\n  the following names:', 'Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the system variable OPENSSL_ROOT_DIR (missing: OPENSSL_CRYPTO_LIBRARY OPENSSL_INCLUDE_DIR)', 'CMake Error at CMakeLists.txt:17 (find_package):\n  Found package configuration file:\n\n    /opt/imath/lib/cmake/Imath/ImathConfig.cmake\n\n  but it set Imath_FOUND to FALSE so package "Imath" is considered to be NOT\n  FOUND.'],
  },
  {
    id: 'cpp.cmake-no-make-program',
    language: 'cpp',
    match: /CMake was unable to find a build program corresponding to "(?<generator>[^"\n]{1,60})"\.\s{1,3}CMAKE_MAKE_PROGRAM is not set/,
    errorType: 'CMAKE_MAKE_PROGRAM is not set',
    category: 'configuration',
    priority: 12,
    summary: (c) => `CMake cannot find the build tool of the "${c.generator}" generator.`,
    explanation: (c) =>
      `The "${c.generator}" generator writes files for one build tool (${/MinGW/.test(c.generator ?? '') ? 'mingw32-make' : /Ninja/.test(c.generator ?? '') ? 'ninja' : /Unix|MSYS/.test(c.generator ?? '') ? 'make' : 'its make program'}), and CMake found it neither on PATH nor in CMAKE_MAKE_PROGRAM. A first failed configure also leaves this in CMakeCache.txt, so the error stays after the tool is installed.`,
    causes: (c) => [`${/MinGW/.test(c.generator ?? '') ? 'mingw32-make' : /Ninja/.test(c.generator ?? '') ? 'ninja' : 'The build tool'} not installed or not on PATH`, 'A stale CMakeCache.txt from a configure run without it'],
    fixes: (c) => [fix(`Put the ${c.generator} build tool on PATH and configure from scratch`, ['Install it (or add its bin directory to PATH), delete the build directory, and configure again.'], /MinGW/.test(c.generator ?? '') ? `where mingw32-make\nrmdir /s /q build\ncmake -G "${c.generator}" -S . -B build -DCMAKE_MAKE_PROGRAM=mingw32-make` : `rm -rf build\ncmake -G "${c.generator}" -S . -B build`)],
    references: [ref('CMake: CMAKE_MAKE_PROGRAM', 'https://cmake.org/cmake/help/latest/variable/CMAKE_MAKE_PROGRAM.html')],
    samples: ['CMake Error: CMake was unable to find a build program corresponding to "MinGW Makefiles".  CMAKE_MAKE_PROGRAM is not set.  You probably need to select a different build tool.'],
  },
  {
    id: 'cpp.cmake-no-compiler',
    language: 'cpp',
    // Also a compiler named by the cache or the environment that does not exist ("The CMAKE_CXX_COMPILER:
    // /usr/bin/g++-13 is not a full path to an existing compiler tool", "… is not a full path and was not found in the PATH").
    match: /No CMAKE_(?<lang>CXX|CUDA)_COMPILER could be found|The CMAKE_(?<lang2>CXX|CUDA)_COMPILER:\s{1,20}\S[^\n]{0,300}\s{1,20}is not a full path/,
    // Named after the cache variable, the way CMake users search for it.
    errorType: (c) => `CMAKE_${c.lang ?? c.lang2 ?? 'CXX'}_COMPILER not found`,
    category: 'configuration',
    priority: 12,
    summary: (c) => `CMake found no ${(c.lang ?? c.lang2) === 'CXX' ? 'C++' : (c.lang ?? c.lang2)} compiler.`,
    explanation: (c) => `During configuration CMake looks for a ${(c.lang ?? c.lang2) === 'CXX' ? 'C++ (g++/clang++/cl)' : (c.lang ?? c.lang2)} compiler on PATH (or in CMAKE_${(c.lang ?? c.lang2)}_COMPILER / the ${(c.lang ?? c.lang2) === 'CXX' ? 'CXX' : 'CC'} environment variable) and found none.`,
    causes: ['No compiler installed (build-essential / Xcode CLT / Visual Studio C++ workload)', 'Compiler not on PATH (Windows without a Developer Command Prompt)', 'Stale CMakeCache.txt pointing to a removed compiler'],
    fixes: [fix('Install a compiler and reconfigure from scratch', ['Install build-essential (Debian/Ubuntu), xcode-select --install (macOS) or the "Desktop development with C++" workload (Windows).', 'Delete the build directory (CMakeCache.txt) and configure again.'], 'sudo apt-get install -y build-essential\nrm -rf build && cmake -S . -B build')],
    references: [ref('CMake: CMAKE_<LANG>_COMPILER', 'https://cmake.org/cmake/help/latest/variable/CMAKE_LANG_COMPILER.html')],
    samples: ['CMake Error at CMakeLists.txt:2 (project):\n  No CMAKE_CXX_COMPILER could be found.\n\n  Tell CMake where to find the compiler by setting either the environment\n  variable "CXX" or the CMake cache entry CMAKE_CXX_COMPILER to the full path\n  to the compiler, or to the compiler name if it is in the PATH.'],
  },

  // ---------------------------------------------------------------- catch-alls
  {
    id: 'c.compile-error',
    language: 'c',
    match: /(?<=(?<![^\s])(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.[ch]):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )(?:fatal )?error: (?<message>[^\n]{1,500})/,
    errorType: (c) => phraseOf(c.message),
    category: 'syntax',
    priority: -10,
    summary: (c) => `C compile error in ${c.file}:${c.line}: ${c.message}`,
    explanation: 'The compiler rejected the code at this location. Fix the first error first: later errors are often consequences of it (a missing brace or semicolon can produce dozens).',
    causes: ['See the message and the caret (^) line under it', 'A previous error confusing the parser'],
    fixes: [fix('Fix the first reported error', ['Compile again after fixing the first error; enable -Wall -Wextra to get earlier warnings.'], 'gcc -Wall -Wextra -g main.c -o app')],
    references: [GCC_WARN],
    samples: ["main.c:14:9: error: array type 'char [16]' is not assignable"],
  },
  {
    id: 'cpp.compile-error',
    language: 'cpp',
    match: new RegExp(CPP_LOC + String.raw`(?:fatal )?error: (?<message>[^\n]{1,500})`),
    errorType: (c) => phraseOf(c.message),
    category: 'syntax',
    priority: -9,
    summary: (c) => `C++ compile error in ${c.file}:${c.line}: ${c.message}`,
    explanation: 'The compiler rejected the code here. With templates the first line is often generic; read the "required from here" and "note:" lines to find the place in your own code. Fix the first error first.',
    causes: ['See the message and the notes under it', 'Template instantiation errors originate in your call site ("required from here")'],
    fixes: [fix('Fix the first error in your own code', ['Look for the first "required from here" that points into your files.', 'Compile with -Wall -Wextra for additional hints.'])],
    references: [GCC_WARN],
    samples: ["src/matrix.cpp:27:15: error: expected unqualified-id before 'return'"],
  },
];

// ---------------------------------------------------------------- C or C++ at run time
//
// A crash report rarely says which language the program was written in. The `cpp.*` twins of
// the runtime patterns below answer C++ when the text shows C++ anywhere (a .cpp frame, a
// Namespace::function, std::, operator new, a gtest/Catch2 run, g++); otherwise the `c.*`
// pattern answers. Sanitizer runtimes are themselves written in C++ (asan_malloc_linux.cpp,
// sanitizer_common_interceptors.inc): their own files do not count.

// C++ only: C++ sources, Namespace::function( (gdb also prints "Class::method (this=…)"), std::,
// Itanium-mangled symbols of stripped or unsymbolised frames (_ZN5Track7releaseEv, macOS __ZN…,
// vtables _ZTV), the C++ runtime (libstdc++ and its GLIBCXX_/CXXABI_ versions, libc++/libc++abi,
// MSVC's msvcp140, __cxa_throw), g++ / clang++ / c++ / cc1plus / -std=c++17 / MSVC's /std:c++17 /
// CXX build lines, template instantiation notes, overload candidates, GoogleTest / Catch2 /
// doctest runs, glog's failure handler, operator new, std::terminate. Headers (.h) and MSVC's cl
// are shared with C, so they decide nothing.
// g++/clang++'s own C++-only wordings count too (g++ compiling a .c file says "invalid conversion
// from 'void*'", which C allows): -fpermissive, "ISO C++ forbids", "in C++", "does not name a type",
// overload resolution ("no matching function for call", "candidate function not viable").
// Also what only C++ objects produce: vtable/typeinfo symbols and thunks, CMake's "Linking CXX",
// Qt/Boost libraries, gcc's "In function 'int main()'" (C prints the bare name) and constructor
// contexts, and demangled signatures in sanitizer/valgrind frames ("#0 0x4f in parse(char const*)
// /src/x:3", "by 0x10A: load(int) (x:9)"): a C function is printed without its parameter list there,
// and gdb puts a space before its argument values. gdb's this=0x… argument, and a linker naming a demangled
// signature ("undefined reference to `parse(char const*)'", in any locale): C symbols have no
// parameter list. The driver itself ("c++: error:"), MSVC's C++ exception-model flag
// (/EHsc) and configure's "C++ compiler cannot create executables" name C++ too.
// What only a C++ compiler says, or only C++ code contains, whatever the file is called (a header
// error names a .h file, which C shares): g++'s own parser wordings (gcc's C front end says
// "undeclared" and "expected identifier", never "unqualified-id", "primary-expression" or "in this
// scope"), names looked up in classes and namespaces, overloads and conversions, access control,
// templates, references and rvalues, abstract classes, C++-only keywords and casts, the iostream
// objects and smart pointers, node-gyp's CXX(target) lines, the MSVC STL's debug assertions, gcc's "[with T = …]" instantiation signatures, and MSVC's C++ name
// decoration (??0Foo@@…, @@YA…; a C symbol is _name or _name@12) and member access labels.
/**
 * Rust's own paths, printed by cargo around a C/C++ build script's failure ("called
 * `Result::unwrap()` on an `Err` value", std::process::Command, std::rt::lang_start): no C++ sign.
 * Likewise the build tooling of Ruby's and Perl's native extensions around a C compiler's error
 * (RubyGems' "Gem::Ext::BuildError", "Gem::Installer::ExtensionBuildError"; "-MExtUtils::Command").
 */
export const RUST_PATH = String.raw`(?:Option|Result|Box|Vec|Arc|Rc|String|PathBuf|Command|Build|core|alloc|Gem|Bundler|ExtUtils)::`;
/**
 * The sanitizers' runtimes are C++: their own frames ("__sanitizer::internal_strlen(char const*)") above a C
 * program's frames (a .c source further down the report) are not the program's.
 */
export const SANITIZER_RUNTIME = String.raw`__(?:sanitizer|asan|lsan|tsan|msan|ubsan|hwasan|memprof|interception|scudo|dfsan)::(?=[\s\S]{0,3000}?[\w-]\.c:\d)`;
const RUST_STD_MODULE = String.raw`(?:io|process|rt|panicking|sys|sys_common|env|fs|path|ffi|os|backtrace|result|option|boxed|num|str|vec|collections|sync|net|fmt|ops|alloc)`;

/** The CRT's functions that call main/WinMain: C++ names in every program's link, C or C++. */
const MSVC_CRT_ENTRY = String.raw`(?:invoke_w?(?:main|WinMain)|__scrt_common_main_seh|__scrt_common_main)`;

// The same g++-only wordings as gcc prints them in other locales (de, fr, es, ru, zh, ja, pt, it),
// and its "In function 'int main()'" header with a C++ signature (C prints the bare name).
const CPP_WORDING_LOCALISED = String.raw`(?:In (?:Element)?[Ff]unktion|Dans la fonction(?: membre)?|En la función(?: miembro)?|В функции(?:-члене)?|在(?:成员)?函[数式]|(?:メンバ)?関数|Na função(?: membro)?|Nella funzione(?: membro)?|Im Konstruktor|Dans le constructeur|En el constructor|В конструкторе|在构造函数)\s?[\x60'‘»«„“"「]\s?[^'’‘»«„“”"「」\n]{1,300}\)(?: const)?\s?['’«»“”"」]|不是\s?[‘'“"][^’'”"\n]{1,200}[’'”"]\s?的成员|ist kein Element von|n'est pas (?:un )?membre de|не является элементом|no es (?:un )?miembro de|のメンバではありません|não é (?:um )?membro de|keine passende Funktion|pas de fonction correspondant|нет подходящей функции|no hay (?:una )?función coincidente|没有匹配的函数|に一致する関数がありません|nenhuma função correspondente|Gültigkeitsbereich nicht definiert|dans cette portée|en este ámbito|в этой области видимости|在此作用域中尚未声明|このスコープで宣言されていません|neste escopo|in questo ambito|bezeichnet keinen Typ|ne nomme pas un type|не является именем типа|不是一个类型名|no nombra un tipo|não nomeia um tipo|ungültige Umwandlung|conversion invalide|некорректное преобразование|неверное преобразование|的转换无效|conversión inválida|unqualifizierte ID|identifiant non qualifié|неквалифицированный идентификатор|无限定|primärer Ausdruck|expression primaire|первичное выражение|主表达式|expresión primaria|Instanziierung von|l'instanciation de|的实例化中|конкретизации|von hier erfordert|requis depuis ici|требуется отсюда|需要自此处`;
/**
 * Builds and programs that are C++ whatever the message says: ROS nodes (ros2 run, roslaunch, a catkin or
 * colcon workspace), Qt's libraries and qmake, the Arduino core (sketches are compiled as C++), Unreal
 * Engine, Visual Studio's C++ build targets and MSBuild's VC++ codes (MSB8xxx), and Windows' own record of
 * an application crash (Event Viewer's "Faulting application name"), which desktop programs in C++ produce.
 */
export const CPP_BUILD = String.raw`\[ros2run\]|\bros2 (?:run|launch) \w|\broslaunch\b|\brosrun\b|\bcatkin(?:_ws|_make| build)\b|\bcolcon build\b|\/opt\/ros\/\w|\b(?:rclcpp|roscpp)\b|\bQt[456](?:Core|Gui|Widgets|Network|Qml|Quick|Test|Sql|Xml|Concurrent|DBus|Svg|OpenGL|Multimedia|PrintSupport|SerialPort|Charts|WebEngine\w{0,12})d?\b|\bError compiling for board\b|[/\\]Arduino15[/\\]|[/\\]arduino[/\\]sketches[/\\]|\bUnreal(?:Engine|BuildTool|Editor|HeaderTool)\b|\bUE[45]Editor\b|\b(?:handle_crash|CrashHandlerException): Program crashed with signal \d|\bGodot Engine v\d|\bllvm-project\/issues\/ and include the crash backtrace\.(?:\n|$)|\bStack dump without symbol names \(ensure you have llvm-symbolizer|\bMicrosoft\.Cpp(?:Build|\.\w{1,40})?\.targets\b|\berror MSB8\d{3}\b`;
const CPP_PROJECT = String.raw`${CPP_BUILD}|\bqmake\b|\bFaulting application name: `;
// MSVC's decorated names (?f@@YAXXZ) are C++'s; GNU symbol versions (pthread_create@@GLIBC_2.2.5) are not.
const CPP_WORDING = String.raw`\bexpected (?:unqualified-id|primary-expression|class-name|nested-name-specifier|type-specifier|template-name|initializer before)\b|\bwas not declared in this scope\b|\bhas not been declared\b|\bis not a member of (?:class |namespace )?[\x60'‘"]|\bin namespace [\x60'‘"]|\bno viable (?:conversion|overloaded|constructor)|\bcannot (?:convert [\x60'‘"]|bind (?:non-const )?(?:lvalue|rvalue) reference|initialize (?:a (?:variable|parameter|member subobject|return object) )?of type|declare (?:variable|field|parameter) [^\n]{0,200}abstract type)|\b(?:lvalue|rvalue) reference\b|\ban rvalue\b|\babstract (?:class|type)\b|\bpure virtual\b|\bis (?:private|protected) within this context|\bcall of overloaded\b|\boverloaded function\b|\btemplate(?:-name|-id| argument| parameter| ?<)|\b(?:class|function|alias|variable) template\b|[\x60'‘"](?:const )?(?:class|namespace|template|typename|nullptr|constexpr|decltype|noexcept|virtual|explicit|mutable|operator[^\s'’"]{0,4})(?:[\x60'’"]| [A-Za-z_])|\b(?:nullptr|constexpr|decltype|noexcept|typename|static_cast|dynamic_cast|reinterpret_cast|const_cast|static_assert)\b|\b(?:cout|cerr|endl|iostream|fstream|sstream|iomanip|unique_ptr|shared_ptr|weak_ptr|make_shared|make_unique)\b|\bthis->|(?<!free\(\) \/ delete \/ )\bdelete ?\[\]|\[with [A-Za-z_]\w{0,60} = |\[abi:cxx11\]|\busing namespace\b|\{lambda\(|<lambda\(|\bCXX\(target\)|\bin instantiation of\b|expected [\x60'‘"];[\x60'’"] after class\b|[\x60'‘"](?:auto|override)[\x60'’"] (?:not allowed|keyword)|\bmarked [\x60'‘"]?override|\bcall to (?:deleted|implicitly-deleted) |\bout-of-line definition\b|\bdefault argument (?:given|for|missing)|\bdoes not match any in class\b|\bno declaration matches\b|\bis not a class, namespace, or enumeration\b|\bnon-static (?:data )?member\b|\bas [\x60'‘"]this[\x60'’"] argument|\bof non-class type\b|\bcannot be used as a function\b|\bconflicting declaration [\x60'‘"]|\bnarrowing conversion\b|\brange-based [\x60'‘"]?for\b|\bis not a template\b|\bexplicit specialization\b|\bimplicitly-declared\b|\bnew-expression\b|\bMicrosoft C\+\+ exception\b|\b(?:vector|string|deque) subscript out of range\b|\b(?:vector|list|deque|map\/set|string) iterators? (?:incompatible|not (?:dereferencable|incrementable|decrementable))|\bcannot dereference (?:value-initialized|end) \w+ iterator|\blambda (?:function|expression)\b|\?\?[0-9_$A-Z]|(?<!\?${MSVC_CRT_ENTRY})@@(?![A-Z][A-Z\d]{0,30}(?:_[A-Z][A-Z\d]{0,30}){0,3}_\d)[A-Z$]{2}|"(?:public|private|protected): |${CPP_WORDING_LOCALISED}`;
export const CPP_EVIDENCE = String.raw`(?<![\w$])_{1,2}Z(?:N|L|St|T[VIS]|\d{1,4}[A-Za-z_])\w|\blibstdc\+\+|\b(?:GLIBCXX|CXXABI)_\d|[/-]std:c\+\+\w|\blibc\+\+(?:abi)?\b|\b(?:[Mm][Ss][Vv][Cc][Pp]\d{2,3}[Dd]?|[Vv][Cc][Rr][Uu][Nn][Tt][Ii][Mm][Ee]140_1[Dd]?)\.[Dd][Ll][Ll]\b|\bQ(?:Thread|Object|Widget|Application|CoreApplication|GuiApplication|String|List|Vector|Map|Hash|Timer|XcbEventQueue|DBusConnection)\b|\bCRASH HANDLED; Application has crashed due to\b|\beasylogging\+\+|\b__cxa_(?:throw|rethrow|begin_catch|pure_virtual|deleted_virtual|call_unexpected|bad_cast|bad_typeid)\b|(?:^|[\s/\\])c\+\+(?:-\d{1,2})?(?:\.exe)?(?:[ \t]+-|: )|[ \t]/EH(?:sc|s|a)\b|\bC\+\+ (?:compiler|preprocessor)\b|(?<!(?:asan|lsan|tsan|msan|ubsan|hwasan|sanitizer|interception)_\w{0,60})\.(?:cpp|cc|cxx|c\+\+|hpp|hh|hxx|ipp|tpp|tcc|ino|cuh?)\b|\binclude/c\+\+/(?:v1|\d{1,2}(?:\.\d{1,2}){0,2})/|(?<![\w$])(?!${RUST_PATH}|${SANITIZER_RUNTIME})[A-Za-z_]\w{0,200}::~?[A-Za-z_]\w{0,200}(?:\[abi:\w{1,20}\])?(?:<[^>\n]{0,200}>)? ?\(|(?<![\w$:])(?!${RUST_PATH}|${SANITIZER_RUNTIME}|std::)(?![0-9A-Fa-f]{1,4}::)[A-Za-z_]\w{0,60}::~?[A-Za-z_]\w{0,60}|\b(?:std|boost|cv|Eigen|Qt|absl|llvm|testing|__gnu_cxx|__1)::(?!${RUST_STD_MODULE}::)\w|\bg\+\+|\bclang\+\+|\bcc1plus\b|-std=(?:c|gnu)\+\+\w|-lstdc\+\+|(?:^|\n)\s{0,8}CXX(?:LD)?\s|In instantiation of|required from here|note: candidate|--gtest_|\[ {1,6}RUN {1,6}\]|\[==========\]|\bCatch2\b|--verbosity (?:quiet|normal|high)\b|--reporter[= ](?:junit|xml|console|compact|sonarqube|tap|teamcity)\b|\[doctest\]|\*\*\* (?:Aborted at \d{1,12} \(unix time\)|SIG[A-Z]{2,6} \(@0x[0-9a-f]{1,16}\) received by PID)|\boperator (?:new|delete)\b|terminate called|\bprocess has died \[pid \d{1,10}, exit code -\d|\bReceived signal \d{1,2} SEG[A-Z_]{1,12}|\bBuilding CXX object\b|\[-fpermissive\]|\bISO C\+\+ |\bin C\+\+\d{0,2}\b|error: invalid conversion from |does not name a (?:template )?type\b|no matching (?:member )?function for call|\bcandidate (?:function|constructor)(?: template)? not viable|\b(?:vtable|typeinfo|VTT|typeinfo name|construction vtable) for [\w:]|non-virtual thunk to |\bLinking CXX |\blib(?:Qt\d|boost_)\w|\bIn (?:static )?(?:member )?function [\x60'‘][^'’\n]{1,300}\)(?: const)?['’]|\bIn (?:copy )?(?:constructor|destructor|lambda function)\b|#\d{1,4} {1,2}(?:0x[0-9a-fA-F]{1,16} in )?~?[A-Za-z_][\w~]{0,200}\([^()\n]{0,300}\)(?: const)? |\b(?:at|by) 0x[0-9A-F]{1,16}: ~?[A-Za-z_][\w~]{0,200}\([^()\n]{0,300}\)(?: const)? \(|[(\s,]this=0x[0-9a-fA-F]|(?:reference to|definition of|Verweis auf|Definition von|vers|de|a|на|对|symbol:?) ?[\x60'‘«»"“„] ?~?[A-Za-z_]\w{0,200}\([^()\n'’]{0,300}\)(?: const)? ?['’«»"”“]|${CPP_PROJECT}|${CPP_WORDING}`;

/** A regex source without its named groups (for a look-ahead that repeats the main regex). */
const unnamed = (source: string): string => source.replace(/\(\?<([A-Za-z]\w*)>/g, '(?:');

/** C++'s evidence as one regex per set of flags (under `m` its `^` is any line's start), shared by every pattern. */
const cppEvidenceByFlags = new Map<string, RegExp>();

/** `re`, accepted only when the whole text shows C++ somewhere (ErrorPattern.evidence). */
function withCppEvidence(re: RegExp): Pick<ErrorPattern, 'match' | 'evidence'> {
  let evidence = cppEvidenceByFlags.get(re.flags);
  if (!evidence) cppEvidenceByFlags.set(re.flags, (evidence = new RegExp(CPP_EVIDENCE, re.flags)));
  return { match: re, evidence };
}

/**
 * The C++ twin of a pattern: same texts, C++ evidence required, one priority higher. Its regex is the C pattern's
 * own, so the engine runs it once for both.
 */
export function cppTwin(pattern: ErrorPattern, samples: string[], id = pattern.id.replace(/^c\./, 'cpp.'), bump = 1): ErrorPattern {
  return {
    ...pattern,
    id,
    language: 'cpp',
    ...withCppEvidence(pattern.match),
    priority: (pattern.priority ?? 0) + bump,
    samples,
  };
}

/** `file.c:12:5: ` - a C source file (headers are shared, so not .h). */
const C_LOC = String.raw`(?<=(?<![^\s])(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.c):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )`;

/**
 * The twin of a compiler pattern written as rx(ANY_LOC, body) for one source language: the
 * location must be a .c file (C) or a C++ source (C++). Same priority: both match at the same
 * place, and the engine prefers the language detected from the diagnostic lines.
 */
function fileTwin(pattern: ErrorPattern, language: 'c' | 'cpp', samples: string[], id = `${language}.${pattern.id.replace(/^c(?:pp)?\./, '')}`): ErrorPattern {
  const any = rx(ANY_LOC).source;
  if (!pattern.match.source.startsWith(any)) throw new Error(`native.patterns: ${pattern.id} does not start with ANY_LOC`);
  const body = pattern.match.source.slice(any.length);
  return { ...pattern, id, language, match: new RegExp((language === 'c' ? C_LOC : CPP_LOC) + body, pattern.match.flags), priority: pattern.priority ?? 0, samples };
}

/**
 * ASan's allocator reports open with a sentence ("requested allocation size … exceeds maximum
 * supported size", "allocator is out of memory trying to allocate …"); their bug type is the one
 * the SUMMARY line names.
 */
const ASAN_ALLOCATOR_KINDS: Readonly<Record<string, string>> = {
  requested: 'allocation-size-too-big',
  allocator: 'out-of-memory',
  calloc: 'calloc-overflow',
  pvalloc: 'pvalloc-overflow',
  reallocarray: 'reallocarray-overflow',
};

const SANITIZER_PATTERNS: ErrorPattern[] = [
  {
    id: 'c.tsan',
    language: 'c',
    match: /ThreadSanitizer: (?<kind>data race|heap-use-after-free|lock-order-inversion|thread leak|destroy of a locked mutex|unlock of an unlocked mutex|double lock of a mutex|signal-unsafe call inside of a signal|signal handler spoils errno|use of an invalid mutex|SEGV|[a-z][a-z -]{2,40}[a-z])(?:[^\n]{0,200}\n[ \t]{1,8}(?<access>Read|Write|Atomic read|Atomic write) of size (?<size>\d{1,10}) at 0x[0-9a-fA-F]{1,16} by (?<thread>main thread|thread T\d{1,6})[^\n]{0,200}\n[ \t]{1,8}#0 (?<func>[^\s]{1,300}) (?<file>[^\s:]{1,400}):(?<line>\d{1,7}))?/,
    errorType: (c) => c.kind ?? 'data race',
    category: 'concurrency',
    priority: 20,
    summary: (c) => `ThreadSanitizer: ${c.kind}${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) =>
      c.kind === 'data race'
        ? 'Two threads accessed the same memory at the same time, at least one of them writing, with no lock or atomic ordering between them. The report shows both accesses (this one and the "Previous read/write"), the threads and the mutexes each held; the result of such code is undefined, even when it seems to work.'
        : c.kind === 'lock-order-inversion'
          ? 'Two mutexes are taken in opposite orders by different code paths: under the wrong timing both threads wait for each other forever (a potential deadlock).'
          : `ThreadSanitizer detected "${c.kind}". The stacks below the message show the threads and operations involved.`,
    causes: ['A shared variable read and written from several threads without a mutex or atomic', 'Objects destroyed while another thread still uses them', 'Mutexes locked in different orders on different paths', 'Threads never joined (thread leak)'],
    fixes: (c) => [
      fix(c.func ? `Protect the shared data used in ${c.func}` : 'Protect the shared data', [`Compare the two stacks of the report${c.func ? ` (the first one is in ${c.func})` : ''}: find the variable both threads touch.`, 'Guard every access with the same mutex, or make the variable atomic (std::atomic / _Atomic); take several mutexes always in the same order (or std::scoped_lock).'], 'std::mutex m;\n{\n    std::lock_guard<std::mutex> lock(m);\n    shared_counter++;\n}\n// or\nstd::atomic<int> shared_counter{0};'),
    ],
    references: [ref('Clang: ThreadSanitizer', 'https://clang.llvm.org/docs/ThreadSanitizer.html'), GCC_INSTR],
    samples: ['==================\nWARNING: ThreadSanitizer: data race (pid=55117)\n  Read of size 8 at 0x00016dd4ba90 by main thread (mutexes: write M0):\n    #0 get_next_to_run unittest.c:579 (pjlib-test+0x1000921dc)\n    #1 text_runner_main unittest.c:770 (pjlib-test+0x100091290)', 'WARNING: ThreadSanitizer: lock-order-inversion (potential deadlock) (pid=4242)'],
  },
  {
    id: 'c.ubsan',
    language: 'c',
    match: /(?:(?<![^\s:=>|])(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.(?:c|h|m|mm|cc|cpp|cxx|c\+\+|hpp|hh|hxx|inl|ipp|tpp)):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? runtime error: (?<what>[^\n]{1,300})|UndefinedBehaviorSanitizer: (?:undefined-behavior|SEGV|[a-z-]{3,40}))/,
    errorType: 'undefined behavior',
    category: 'runtime',
    priority: 19,
    summary: (c) => `UndefinedBehaviorSanitizer: ${c.what ?? 'undefined behaviour'}${at(c)}.`,
    explanation: (c) => {
      const w = c.what ?? '';
      if (/signed integer overflow/.test(w)) return 'A signed integer computation overflowed its type. In C and C++ that is undefined behaviour: the optimiser may assume it never happens, so the result is not even reliably "wrapped around".';
      if (/shift/.test(w)) return 'A bit shift used a negative amount, an amount >= the width of the type, or shifted a 1 into/over the sign bit of a signed value: undefined behaviour.';
      if (/out of bounds/.test(w)) return 'An array was indexed outside its declared bounds.';
      if (/null pointer|misaligned/.test(w)) return 'A pointer that is NULL or not correctly aligned for its type was dereferenced or used.';
      if (/division by zero/.test(w)) return 'An integer was divided by zero.';
      if (/not a valid value for type/.test(w)) return 'A bool or enum variable holds a value outside its valid range (usually uninitialised memory or a bad cast).';
      return 'UBSan caught an operation whose behaviour the C/C++ standard leaves undefined. The program may appear to work, but compilers are free to miscompile such code.';
    },
    causes: ['Signed integer overflow (use a wider or unsigned type, or check before the operation)', 'Shifts by negative or too large amounts', 'Out-of-bounds array index, NULL or misaligned pointer', 'Invalid bool/enum values from uninitialised memory'],
    fixes: (c) => [
      fix(c.file ? `Fix the operation at ${c.file}:${c.line}` : 'Fix the reported operation', [`Open ${c.file ? `${c.file} line ${c.line}` : 'the file:line of the "runtime error:" line'} and make the operation well defined: widen the type (int64_t), check the operands before the operation, or use unsigned arithmetic where wrap-around is intended.`, 'Build with -fsanitize=undefined -fno-sanitize-recover=undefined in CI so the first finding fails the run.'], 'if (b > 0 && a > INT_MAX - b) {\n    /* would overflow */\n}\nint64_t sum = (int64_t)a + b;'),
    ],
    references: [ref('Clang: UndefinedBehaviorSanitizer', 'https://clang.llvm.org/docs/UndefinedBehaviorSanitizer.html'), GCC_INSTR],
    samples: ["../arch/TriCore/TriCoreInstPrinter.c:282:32: runtime error: signed integer overflow: -2146827818 + -1834846 cannot be represented in type 'int32_t' (aka 'int')\nSUMMARY: UndefinedBehaviorSanitizer: undefined-behavior ../arch/TriCore/TriCoreInstPrinter.c:282:32 in"],
  },
  {
    id: 'c.asan-other',
    language: 'c',
    // Every other AddressSanitizer / MemorySanitizer / HWASan report: the bug type is the label.
    match: /(?:Address|Memory|HWAddress)Sanitizer: (?<kind>(?!detected memory leaks)[a-z][a-z-]{2,60}[a-z]|SEGV|BUS|FPE|ILL|ABRT)\b(?:[^\n]{0,300}\n(?:[^\n]{0,300}\n){0,4}?[ \t]{0,8}#[01] 0x[0-9a-fA-F]{1,16} in (?<func>(?!__interceptor_|__asan_|__msan_)[^\s]{1,300}) (?<file>[^\s:()]{1,400}):(?<line>\d{1,7}))?/,
    errorType: (c) => ASAN_ALLOCATOR_KINDS[c.kind ?? ''] ?? c.kind ?? 'AddressSanitizer',
    category: 'memory',
    priority: 18,
    summary: (c) => `${c.kind} reported by the sanitizer${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) => {
      const k = c.kind ?? '';
      if (k === 'stack-overflow') return 'The stack was exhausted: usually unbounded recursion, or very large local arrays.';
      if (k === 'use-of-uninitialized-value') return 'MemorySanitizer: a value that was never initialised decided a branch, was used as an address or passed to a system call.';
      if (/allocation-size-too-big|calloc-overflow|out-of-memory|requested allocation size/.test(k)) return 'The program asked for an absurd amount of memory: usually a negative or uninitialised size converted to size_t.';
      if (k === 'container-overflow') return 'A std::vector/std::string element beyond size() (but within capacity()) was accessed: the index is past the end even though the memory is allocated.';
      if (k === 'negative-size-param' || k === 'memcpy-param-overlap') return 'A memory function (memcpy, memmove, strncpy...) received a negative size or overlapping source and destination.';
      if (k === 'odr-violation') return 'The same global is defined in several modules (One Definition Rule violation), often a library linked twice.';
      return 'The sanitizer stopped the program at an invalid memory operation. Frame #0 (or the first frame in your code) is where it happened; the sections below show where the memory was allocated or freed.';
    },
    causes: ['Invalid memory access (out of bounds, after free, uninitialised)', 'Unbounded recursion', 'Bad sizes passed to allocation or memory functions'],
    fixes: (c) => [fix(c.func ? `Start at ${c.func}` : 'Start at the first frame of your code', [`Open ${c.func ? `${c.func}${at(c)}` : 'the first stack frame in your own code'} and compare the sizes, indexes and lifetimes involved with what the report says about the memory.`, 'Rebuild with -g -fno-omit-frame-pointer to get complete file:line information.'], 'clang -g -O1 -fsanitize=address -fno-omit-frame-pointer main.c -o app && ./app')],
    references: [ASAN, ref('Clang: MemorySanitizer', 'https://clang.llvm.org/docs/MemorySanitizer.html')],
    samples: ['==7==ERROR: AddressSanitizer: stack-overflow on address 0x7ffd3f0a1ff8 (pc 0x55b8 bp 0x7ffd sp 0x7ffd T0)\n    #0 0x55b8c1d2e1a9 in walk /src/tree.c:14'],
  },
];


// ---------------------------------------------------------------- more gcc / clang messages of both languages

const GCC_MORE_PATTERNS: ErrorPattern[] = [
  {
    id: 'c.unknown-type-name',
    language: 'c',
    match: rx(ANY_LOC, String.raw`error: unknown type name ${QO}(?<type>${QN}{1,200})${QC}`),
    errorType: 'unknown type name',
    category: 'name',
    priority: 10,
    summary: (c) => `The type ${c.type} is not declared at this point${at(c)}.`,
    explanation: (c) => `The compiler reads ${c.type} as a type name but finds no declaration of it: the header that defines it is not included (or not yet), it is misspelled, or it is a type of another platform or library version.${c.type === 'bool' ? ' In C before C23, bool needs <stdbool.h>.' : /^u?int\d+_t$/.test(c.type ?? '') ? ` ${c.type} needs <stdint.h>.` : c.type === 'size_t' ? ' size_t needs <stddef.h>.' : ''}`,
    causes: ['Missing #include of the header defining the type', 'Include order: the type is used before its header is included', 'Typo or a type of another platform (u_int8_t, pid_t on Windows)'],
    fixes: (c) => [fix(`Declare ${c.type} before this line`, [`Include the header that defines ${c.type} (or check its spelling).`], c.type === 'bool' ? '#include <stdbool.h>' : /^u?int\d+_t$/.test(c.type ?? '') ? '#include <stdint.h>' : c.type === 'size_t' ? '#include <stddef.h>' : null)],
    references: [cppref('C declarations', 'c/language/declarations'), GCC_WARN],
    samples: ["parser.c:14:5: error: unknown type name 'token_t'", "src/io.c:3:1: error: unknown type name ‘bool’"],
  },
  {
    id: 'c.wrong-argument-count',
    language: 'c',
    match: rx(ANY_LOC, String.raw`error: (?<count>too (?:few|many)) arguments (?:to function(?: call)?(?: ${QO}(?<func>${QN}{1,300})${QC})?|provided to function-like macro invocation)`),
    errorType: (c) => `${c.count} arguments to function`,
    category: 'type',
    priority: 10,
    summary: (c) => `${c.func ?? 'A function'} is called with ${c.count} arguments${at(c)}.`,
    explanation: (c) => `The call does not pass as many arguments as the declaration of ${c.func ?? 'the function'} has parameters. The function's signature changed (often between library versions, e.g. a new parameter in an updated API), the wrong function is called, or a prototype elsewhere differs.`,
    causes: ['Library API changed between versions', 'Outdated call after changing the function', 'Conflicting prototypes'],
    fixes: (c) => [fix(`Match the declaration of ${c.func ?? 'the function'}`, [`Look at the note under the error: it shows where ${c.func ?? 'the function'} is declared and its parameters; pass exactly those (or build against the library version the code was written for).`])],
    references: [cppref('Function declarations', 'c/language/function_declaration')],
    samples: ["main.c:14:9: error: too few arguments to function 'copy'", "src/net.c:88:5: error: too many arguments to function call, expected 2, have 3"],
  },
  {
    id: 'c.lvalue-required',
    language: 'c',
    match: rx(ANY_LOC, String.raw`error: (?:lvalue required as (?<what>left operand of assignment|increment operand|decrement operand|unary ${QO}&${QC} operand)|expression is not assignable)`),
    errorType: 'lvalue required as left operand of assignment',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The left side of an assignment is not something that can be assigned${at(c)}.`,
    explanation: 'Only variables, dereferenced pointers, array elements and struct fields can be assigned. A function call result, a macro that expands to an expression (e.g. Py_TYPE(o) = ... or Py_SIZE(o) = ... since Python 3.10/3.11), a cast, or = typed instead of == inside a condition produce this error.',
    causes: ['= instead of == in a condition', 'Assigning to a macro/function result (Py_SET_TYPE / Py_SET_SIZE needed since Python 3.10+)', 'Assigning to a cast expression'],
    fixes: (c) => [fix(c.file ? `Fix the assignment in ${c.file}` : 'Fix the assignment', ['Use == for comparison; assign to a variable or use the setter macro/function the library provides (Py_SET_SIZE, Py_SET_TYPE, Py_SET_REFCNT for CPython).'], 'Py_SET_SIZE(obj, n);   /* instead of Py_SIZE(obj) = n */')],
    references: [cppref('Value categories', 'cpp/language/value_category'), ref('Python 3.11: What’s New (C API changes)', 'https://docs.python.org/3/whatsnew/3.11.html')],
    samples: ["src/module.c:120:22: error: lvalue required as left operand of assignment"],
  },
  {
    id: 'c.fpic-relocation',
    language: 'c',
    // lld: "relocation R_X86_64_32 cannot be used against local symbol; recompile with -fPIC".
    match: /relocation (?<reloc>R_[A-Z0-9_]{1,40}) (?:against [^\n]{1,300}?can ?not be used when making a (?:shared object|PIE object|PDE object)[^\n]{0,80}|cannot be used against (?:local )?symbol[^\n]{0,200}?; )recompile with -fPIC/,
    errorType: 'recompile with -fPIC',
    category: 'build',
    priority: 12,
    summary: (c) => `A static object/library built without -fPIC is linked into a shared library or PIE (${c.reloc}).`,
    explanation: 'Shared libraries (and position-independent executables) need position-independent code. An object file or static library (.a) in the link was compiled without -fPIC, so its absolute relocations cannot be used.',
    causes: ['Static dependency (.a) built without -fPIC', 'Object files of a shared library compiled without -fPIC', 'CMake target missing POSITION_INDEPENDENT_CODE'],
    fixes: [fix('Rebuild the static parts with -fPIC', ['Compile the dependency with -fPIC (CFLAGS/CXXFLAGS=-fPIC, or CMAKE_POSITION_INDEPENDENT_CODE=ON), or link its shared version instead.'], 'cmake -S . -B build -DCMAKE_POSITION_INDEPENDENT_CODE=ON\n# or\nCFLAGS=-fPIC ./configure')],
    references: [GCC_LINK, ref('CMake: POSITION_INDEPENDENT_CODE', 'https://cmake.org/cmake/help/latest/prop_tgt/POSITION_INDEPENDENT_CODE.html')],
    samples: ["/usr/bin/ld: /usr/local/lib/libfoo.a(foo.o): relocation R_X86_64_32 against `.rodata' can not be used when making a shared object; recompile with -fPIC"],
  },
  {
    id: 'c.internal-compiler-error',
    language: 'c',
    match: /internal compiler error: (?<what>[^\n]{1,200})/,
    errorType: 'internal compiler error',
    category: 'build',
    priority: 12,
    summary: (c) => `The compiler itself crashed (internal compiler error: ${c.what}).`,
    explanation: (c) => (/Killed|Segmentation|signal 9/.test(c.what ?? '') ? 'The compiler process was killed - almost always by the kernel\'s out-of-memory killer, because the machine or container ran out of RAM while compiling a large (template-heavy) file, often with many parallel jobs.' : 'A bug in the compiler was triggered by this code. It is not your error, but a rewrite of the construct, another optimisation level or another compiler version usually avoids it.'),
    causes: ['Out of memory (Killed): too many parallel jobs or a small container/VM', 'Compiler bug triggered by a construct'],
    fixes: [fix('Give the compiler memory, or change compiler version', ['Build with fewer parallel jobs (make -j2, cmake --build . -j 2) or add swap/RAM.', 'If it is not an OOM kill, try another compiler version or optimisation level and report the bug with the preprocessed file.'], 'cmake --build build -j 2')],
    references: [ref('GCC: Reporting Bugs', 'https://gcc.gnu.org/bugs/')],
    samples: ['gcc: internal compiler error: Killed (program cc1)\nPlease submit a full bug report,'],
  },
  {
    id: 'cpp.is-not-a-member-of',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: ${QO}(?<member>${QN}{1,200})${QC} is not a member of ${QO}(?<scope>(?!std${QC})${QN}{1,300})${QC}`),
    errorType: 'is not a member of',
    category: 'name',
    priority: 11,
    summary: (c) => `${c.scope} has no member ${c.member}${at(c)}.`,
    explanation: (c) => `The class or namespace ${c.scope} does not declare ${c.member} - at least not in the headers included here: the member was renamed or removed in the library version you build against, it is misspelled, or the header that declares it is not included.`,
    causes: ['Library version without that member (API changed)', 'Missing #include', 'Typo or wrong namespace'],
    fixes: (c) => [fix(`Check ${c.scope} for ${c.member}`, [`Look up ${c.member} in the headers/documentation of ${c.scope} for the version you use; include the header declaring it or use the new name.`])],
    references: [cppref('Qualified name lookup', 'cpp/language/qualified_lookup')],
    samples: ["src/plugin.cpp:42:17: error: 'FromString' is not a member of 'cv::dnn'"],
  },
  {
    id: 'cpp.cannot-convert',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:cannot convert ${QO}(?<from>${QN}{1,300})${QC}(?: \{aka ${QO}?${QN}{1,300}${QC}?\})? to ${QO}(?<to>${QN}{1,300})${QC}|no viable conversion from ${QO}(?<from2>${QN}{1,300})${QC} to ${QO}(?<to2>${QN}{1,300})${QC})`),
    errorType: 'cannot convert',
    category: 'type',
    priority: 11,
    summary: (c) => `${c.from ?? c.from2} cannot be converted to ${c.to ?? c.to2}${at(c)}.`,
    explanation: (c) => `No implicit conversion from ${c.from ?? c.from2} to ${c.to ?? c.to2} exists (or it is ambiguous): a different pointer type, a class without the needed constructor/conversion operator, a std::string where a const char* is expected (use .c_str()), or an API whose parameter types changed.`,
    causes: ['Wrong argument/variable type', 'std::string vs const char* (use c_str())', 'Library API changed its parameter types'],
    fixes: (c) => [fix(`Convert ${c.from ?? c.from2} explicitly or use ${c.to ?? c.to2}`, [`Declare the variable as ${c.to ?? c.to2}, call the conversion the library provides, or use static_cast where it is meant.`])],
    references: [cppref('Implicit conversions', 'cpp/language/implicit_conversion')],
    samples: ["src/app.cpp:31:22: error: cannot convert 'std::string' {aka 'std::__cxx11::basic_string<char>'} to 'const char*'"],
  },
  {
    id: 'cpp.discards-qualifiers',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:passing ${QO}(?<type>${QN}{1,300})${QC} as ${QO}this${QC} argument(?: of ${QO}${QN}{1,300}${QC})? discards qualifiers|binding reference of type ${QO}${QN}{1,300}${QC} to ${QO}${QN}{1,300}${QC} discards qualifiers)`),
    errorType: 'discards qualifiers',
    category: 'type',
    priority: 11,
    summary: (c) => `A non-const member function is called on a const object${c.type ? ` (${c.type})` : ''}${at(c)}.`,
    explanation: 'The object is const (a const reference parameter, a const member function\'s this, an element of a std::set or a map key), but the called member function is not declared const, so it could modify it.',
    causes: ['Member function that does not modify the object but is not marked const', 'Modifying std::set elements or map keys', 'Passing by const reference and calling non-const methods'],
    fixes: (c) => [fix(`Make the method const${c.type ? ` for ${c.type}` : ''}`, ['Add const to member functions that do not modify the object (declaration and definition), or take a non-const reference when modification is intended.'], 'int size() const;   // in the class\nint Widget::size() const { return n_; }')],
    references: [cppref('const member functions', 'cpp/language/member_functions#member_functions_with_cv-qualifiers')],
    samples: ["src/widget.cpp:20:18: error: passing 'const Widget' as 'this' argument discards qualifiers [-fpermissive]"],
  },
  {
    id: 'cpp.expected-primary-expression',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: expected primary-expression before ${QO}(?<token>${QN}{1,60})${QC}`),
    errorType: 'expected primary-expression',
    category: 'syntax',
    priority: 11,
    summary: (c) => `The parser expected a value before '${c.token}'${at(c)}.`,
    explanation: 'A type name appears where an expression is expected (e.g. passing int instead of a variable, or calling a template member without the template keyword), or an operand is missing (a stray comma or operator).',
    causes: ['Type written where a value is needed (f(int) instead of f(x))', 'Missing template keyword: obj.template get<T>()', 'Missing operand or stray punctuation'],
    fixes: (c) => [fix(`Write a value before '${c.token}'`, ['Pass variables or values, not type names; in templates write obj.template member<T>() for dependent names.'])],
    references: [GCC_WARN],
    samples: ["main.cpp:12:18: error: expected primary-expression before ')' token"],
  },
  {
    id: 'c.storage-size-unknown',
    language: 'c',
    match: rx(ANY_LOC, String.raw`error: storage size of ${QO}(?<name>${QN}{1,200})${QC} (?:isn${QC}t|is not) known`),
    errorType: "storage size isn't known",
    category: 'type',
    // As the incomplete-type answers: when both appear, the first error in the build wins.
    priority: 11,
    summary: (c) => `The size of ${c.name} cannot be computed: its type is only declared, not defined${at(c)}.`,
    explanation: (c) => `${c.name} is a variable of a struct/union type the compiler has only seen as a forward declaration (or never): without the member list it cannot reserve storage. Usually the header defining the type is not included, the name is misspelt (struct siginfo vs siginfo_t), or the definition sits behind a feature macro (_GNU_SOURCE, _POSIX_C_SOURCE) that is not set.`,
    causes: ['Header that defines the struct not included', 'Type renamed by the library or libc (e.g. struct siginfo -> siginfo_t)', 'Definition hidden behind a feature-test macro', 'Only a forward declaration (struct x;) is visible'],
    fixes: (c) => [fix(`Make the full type of ${c.name} visible`, [`Include the header that defines the type of ${c.name} (or use the type's current name), or keep only a pointer to it if the definition is private.`, 'Define the needed feature macro (e.g. -D_GNU_SOURCE) when the definition depends on it.'], '#define _GNU_SOURCE\n#include <signal.h>\n\nsiginfo_t si;   /* not: struct siginfo si; */')],
    references: [cppref('Incomplete types (C)', 'c/language/type#Incomplete_types'), GCC_WARN],
    samples: ["sigio.c:238:17: error: storage size of ‘si’ isn’t known"],
  },
  {
    id: 'c.unused-variable',
    language: 'c',
    // A warning -Werror made fatal; gcc's and clang's flag in brackets names it in every locale.
    match: rx(ANY_LOC, String.raw`error: (?<message>[^\n[]{1,500}?)\s?\[-Werror(?:=|,-W)unused-(?<butSet>but-set-)?variable\]`),
    errorType: 'unused variable',
    category: 'build',
    priority: 10,
    summary: (c) => `${unusedName(c) ? `The variable ${unusedName(c)}` : 'A variable'} is ${c.butSet ? 'set but never read' : 'never used'}, and -Werror turns that warning into an error${at(c)}.`,
    explanation: (c) =>
      `-Wall enables -Wunused-${c.butSet ? 'but-set-' : ''}variable, and -Werror (often set by the project or by CI) makes every warning fatal. The code is not wrong at run time: the compiler points at a leftover, or at a value that is computed and then dropped, which is sometimes a bug (a result that should have been checked or returned).`,
    causes: ['A variable left over after code was removed or commented out', 'A value assigned but never read (a result that was meant to be checked)', 'A variable used only in an assert() or #ifdef branch that this build compiles out (NDEBUG, another platform)', 'A newer compiler warning about more cases, with -Werror in the build flags'],
    fixes: (c) => {
      const name = unusedName(c) ?? 'x';
      return [
        fix(`Remove ${name}, or use its value`, [`Delete ${name} if nothing needs it; if its value matters, use it (check it, return it).`]),
        fix(`Mark ${name} as deliberately unused`, ['When it is used only in some builds (asserts, #ifdef), say so instead of removing it.'], `(void)${name};\n/* C23 / C++17 */\n[[maybe_unused]] int ${name} = 0;\n/* gcc/clang */\nint ${name} __attribute__((unused)) = 0;`),
        fix('Keep it a warning (third-party code)', ['For code you do not own, stop this one warning from failing the build rather than dropping -Werror.'], `CFLAGS += -Wno-error=unused-${c.butSet ? 'but-set-' : ''}variable`),
      ];
    },
    references: [GCC_WARN],
    samples: ["src/main.c:42:9: error: unused variable ‘ret’ [-Werror=unused-variable]", "net.c:88:13: error: variable 'len' set but not used [-Werror,-Wunused-but-set-variable]", "src/qactor.c:89:20: 错误： 变量‘parent’被设定但未被使用 [-Werror=unused-but-set-variable]"],
  },
  {
    id: 'c.for-loop-initial-declarations',
    language: 'c',
    // C only: C++ always allowed declarations in a for statement.
    match: rx(ANY_LOC, String.raw`error: ${QO}for${QC} loop initial declarations are only allowed in C99 (?:or C11 )?mode`),
    errorType: 'for loop initial declarations',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The compiler runs in C89/C90 mode, where a for loop cannot declare its variable${at(c)}.`,
    explanation: 'Old gcc versions (before 5) default to gnu89, and builds that pass -std=c89/-ansi select it explicitly: "for (int i = 0; ...)" is C99 syntax. Either compile as C99 or later, or declare the loop variable before the loop.',
    causes: ['gcc older than 5 (default -std=gnu89)', '-std=c89 / -ansi in CFLAGS or the Makefile'],
    fixes: [fix('Compile as C99 or later', ['Add -std=gnu99 (or -std=c11) to CFLAGS, or in CMake set(CMAKE_C_STANDARD 99); alternatively declare the loop variable before the loop.'], 'CFLAGS += -std=gnu99\n# CMake\nset(CMAKE_C_STANDARD 99)\n/* or */\nint i;\nfor (i = 0; i < n; i++)')],
    references: [ref('GCC: Options Controlling C Dialect', 'https://gcc.gnu.org/onlinedocs/gcc/C-Dialect-Options.html')],
    samples: ["src/main.c:354:2: error: ‘for’ loop initial declarations are only allowed in C99 mode"],
  },
  {
    id: 'cpp.variable-length-array',
    language: 'cpp',
    // Only C++ has no variable length arrays: these wordings name C++ themselves.
    match: rx(ANY_LOC, String.raw`(?:error|warning): (?:variable length arrays? (?:in C\+\+ )?(?:are|is) a Clang extension|ISO C\+\+ forbids variable[ -]length array(?: ${QO}(?<name>${QN}{1,200})${QC})?)`),
    errorType: 'variable length array',
    category: 'type',
    priority: 11,
    summary: (c) => `An array's size is not a compile-time constant, which standard C++ does not allow${c.name ? ` (${c.name})` : ''}${at(c)}.`,
    explanation: 'C++ requires array bounds to be constant expressions. gcc and clang accept runtime-sized local arrays as an extension, and reject them with -pedantic-errors or -Werror=vla (recent clang warns with -Wvla-cxx-extension, which -Werror turns into an error). A const int initialised with a literal is fine; a plain int variable is not.',
    causes: ['Array sized by a non-const variable or a function parameter', '-Werror turning the VLA extension warning into an error', 'Code written for C99 compiled as C++'],
    fixes: (c) => [fix(c.name ? `Give ${c.name} a constant size or make it a std::vector` : 'Use a constant size or a std::vector', ['Make the size constexpr/const, or allocate the buffer with std::vector (or std::unique_ptr<T[]>) when it is only known at run time.'], 'constexpr int kSectorSize = 512;\nBYTE buf[kSectorSize * 128];\n// or\nstd::vector<BYTE> buf(sectorSize * count);')],
    references: [cppref('Array declaration', 'cpp/language/array')],
    samples: ["main.cpp:2563:12: error: variable length arrays in C++ are a Clang extension [-Werror,-Wvla-cxx-extension]", "src/buf.cc:40:18: error: ISO C++ forbids variable length array ‘data’ [-Werror=vla]"],
  },
  {
    id: 'c.variable-length-array',
    language: 'c',
    match: rx(ANY_LOC, String.raw`(?:error|warning): (?:variable length array (?:used|declaration not allowed at file scope|folded to constant array)|variable[ -]sized object may not be initiali[sz]ed|ISO C90 forbids variable length array(?: ${QO}(?<name>${QN}{1,200})${QC})?)`),
    errorType: 'variable length array',
    category: 'type',
    priority: 10,
    summary: (c) => `An array's size is only known at run time where the compiler does not accept it${c.name ? ` (${c.name})` : ''}${at(c)}.`,
    explanation: 'Variable length arrays exist only inside functions, cannot be initialised with = {...}, and are optional since C11 (MSVC has none); -Wvla with -Werror rejects every use. Give the array a constant size, or allocate it with malloc.',
    causes: ['Array sized by a variable and initialised with = {0}', 'VLA at file scope', '-Werror=vla / -Werror with -Wvla', 'Compiler without VLA support (MSVC, C11 __STDC_NO_VLA__)'],
    fixes: (c) => [fix(c.name ? `Give ${c.name} a constant size or allocate it` : 'Use a constant size or allocate the array', ['Use a #define/enum constant for the size, or malloc the buffer; to zero a VLA use memset instead of an initialiser.'], 'enum { N = 64 };\nint buf[N] = {0};\n/* or */\nint *buf = calloc(n, sizeof *buf);\n/* ... */\nfree(buf);')],
    references: [cppref('Variable-length arrays (C)', 'c/language/array#Variable-length_arrays'), GCC_WARN],
    samples: ["buf.c:12:9: error: variable-sized object may not be initialized", "src/tab.c:8:5: error: variable length array used [-Werror=vla]"],
  },
];


// ---------------------------------------------------------------- loader and libc run-time messages

const RUNTIME_MORE_PATTERNS: ErrorPattern[] = [
  {
    id: 'c.shared-library-not-found',
    language: 'c',
    match: /(?:error while loading shared libraries: (?<lib>[^\s:]{1,200}): cannot open shared object file|dyld(?:\[\d{1,10}\])?: Library not loaded: '?(?<lib2>[^\s']{1,300})|The code execution cannot proceed because (?<lib3>[^\s]{1,200}) was not found)/,
    errorType: (c) => (c.lib ? 'cannot open shared object file' : c.lib2 ? 'Library not loaded' : 'DLL not found'),
    category: 'dependency',
    priority: 12,
    summary: (c) => `The program starts but the dynamic loader cannot find ${c.lib ?? c.lib2 ?? c.lib3}.`,
    explanation: (c) => `${c.lib ?? c.lib2 ?? c.lib3} is a shared library the executable was linked against. At start-up the loader searched its paths (${c.lib ? 'the RUNPATH, LD_LIBRARY_PATH, /etc/ld.so.conf directories' : c.lib2 ? 'the install name / @rpath entries and DYLD_LIBRARY_PATH' : 'the executable\'s folder and PATH'}) and did not find it: the library is not installed on this machine (only on the build machine), it lives in a custom prefix, or it has another version suffix.`,
    causes: ['Runtime package of the library not installed', 'Library installed in a custom prefix (/usr/local/lib, /opt/...) not known to the loader', 'Version mismatch: built against libfoo.so.2, only libfoo.so.3 installed', 'Missing rpath for a library built in the project'],
    fixes: (c) => [fix(`Make ${c.lib ?? c.lib2 ?? c.lib3} findable`, [`Install the package that provides ${c.lib ?? c.lib2 ?? c.lib3} (apt-file search / dnf provides), or point the loader at its directory.`, c.lib ? 'For a custom prefix add it to /etc/ld.so.conf.d and run ldconfig, or set LD_LIBRARY_PATH / an rpath.' : c.lib2 ? 'Fix the install name with install_name_tool or set an @rpath.' : 'Copy the DLL next to the .exe or add its folder to PATH.'], c.lib ? `ldd ./app | grep "not found"\napt-file search ${c.lib}\nsudo ldconfig` : c.lib2 ? `otool -L ./app\n# ${c.lib2}` : `where ${c.lib3}`)],
    references: [ref('ld.so(8) - dynamic linker/loader', 'https://man7.org/linux/man-pages/man8/ld.so.8.html'), ref('ldconfig(8)', 'https://man7.org/linux/man-pages/man8/ldconfig.8.html')],
    samples: ['./app: error while loading shared libraries: libssl.so.1.1: cannot open shared object file: No such file or directory', 'dyld[4242]: Library not loaded: @rpath/libfoo.1.dylib\n  Referenced from: /Users/dev/app/build/app'],
  },
  {
    id: 'c.undefined-symbol-at-runtime',
    language: 'c',
    match: /symbol lookup error: (?<object>[^\n:]{1,300}): undefined symbol: (?<symbol>[^\s,]{1,300})/,
    errorType: 'undefined symbol',
    category: 'dependency',
    priority: 12,
    summary: (c) => `${c.object} needs ${c.symbol}, which no loaded library provides.`,
    explanation: (c) => `The loader resolved the libraries of ${c.object} but none of them defines ${c.symbol}: the program runs against a different (older or newer) version of a library than it was built with, or a library it depends on was not linked into it.`,
    causes: ['Runtime library version differs from the one used at build time', 'Several versions of a library on the loader path (LD_LIBRARY_PATH)', 'A shared library not linked against its own dependency'],
    fixes: (c) => [fix(`Find which library should define ${c.symbol}`, [`Check which libraries are loaded (ldd) and which define ${c.symbol} (nm -D --defined-only); rebuild against, or install, the matching version.`], `ldd ${c.object}\nnm -D --defined-only /usr/lib/x86_64-linux-gnu/*.so | grep ${c.symbol}`)],
    references: [ref('ld.so(8) - dynamic linker/loader', 'https://man7.org/linux/man-pages/man8/ld.so.8.html')],
    samples: ['./server: symbol lookup error: ./server: undefined symbol: grpc_init'],
  },
  {
    id: 'c.glibc-version-not-found',
    language: 'c',
    match: /version [`'‘](?<version>GLIBC(?:XX)?_[\d.]{1,12}|CXXABI_[\d.]{1,12})['’] not found \(required by (?<object>[^)\n]{1,300})\)/,
    errorType: 'version not found',
    category: 'dependency',
    priority: 12,
    summary: (c) => `${c.object} needs ${c.version}, which this system's C/C++ runtime does not provide.`,
    explanation: (c) => `The binary was built on a system with a newer ${/GLIBCXX|CXXABI/.test(c.version ?? '') ? 'libstdc++' : 'glibc'} than the one it runs on now. Symbol versions are only backward compatible: a program built against ${c.version} cannot run with an older library.`,
    causes: ['Binary built on a newer distribution than the one it runs on (CI image vs server, prebuilt wheels/binaries)', 'Conda/venv mixing its own libstdc++ with the system one'],
    fixes: (c) => [fix(`Run where ${c.version} exists, or build on an older base`, [`Build ${c.object} on the oldest distribution you must support (or in a manylinux/older container), or upgrade the target system.`], 'strings /lib/x86_64-linux-gnu/libc.so.6 | grep GLIBC_\nldd --version')],
    references: [ref('GNU C Library: ABI compatibility', 'https://sourceware.org/glibc/wiki/ABIList')],
    samples: ["./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)"],
  },
  {
    id: 'c.illegal-instruction',
    language: 'c',
    match: /\b(?:Illegal instruction(?: \(core dumped\))?|SIGILL\b|exit code 132\b)/,
    errorType: 'illegal instruction',
    category: 'runtime',
    priority: 5,
    signal: true,
    summary: 'The CPU was asked to execute an instruction it does not support (SIGILL).',
    explanation: 'Almost always the binary (or a library such as a prebuilt TensorFlow/numpy wheel) was compiled for a newer CPU (AVX, AVX2, AVX-512 with -march=native on another machine) than the one running it. In C/C++ it is also how __builtin_trap() and some UB traps end.',
    causes: ['Built with -march=native or AVX instructions on another machine', 'Prebuilt binary requiring a newer CPU', '__builtin_trap / ud2 reached'],
    fixes: [fix('Build for the target CPU', ['Rebuild without -march=native (or with the target\'s -march), or use a build of the library without AVX.'], 'grep -o -w "avx2\\|avx512f" /proc/cpuinfo | sort -u')],
    references: [SIGNALS],
    samples: ['Illegal instruction (core dumped)'],
  },
  {
    id: 'c.fortify-buffer-overflow',
    language: 'c',
    match: /\*\*\* buffer overflow detected \*\*\*(?::? (?<prog>[^\n]{0,200}) terminated)?/,
    errorType: 'buffer overflow detected',
    category: 'memory',
    priority: 15,
    summary: 'glibc\'s _FORTIFY_SOURCE checks stopped a write past the end of a buffer.',
    explanation: 'With -D_FORTIFY_SOURCE (default in most distributions with -O2) calls like strcpy, memcpy, sprintf, read and snprintf are checked against the known size of the destination. One of them was about to write more bytes than the buffer holds.',
    causes: ['strcpy/sprintf into a too small buffer', 'Wrong size passed to memcpy/read/snprintf/fgets (larger than the buffer)'],
    fixes: [fix('Use the real buffer size', ['Get a backtrace (gdb, or ASan) and pass sizeof(buffer) / check lengths before copying.'], 'snprintf(out, sizeof out, "%s", name);')],
    references: [ref('feature_test_macros(7) - _FORTIFY_SOURCE', 'https://man7.org/linux/man-pages/man7/feature_test_macros.7.html'), ASAN],
    samples: ['*** buffer overflow detected ***: terminated\nAborted (core dumped)'],
  },
  aliased({
    ...byCoreId('c.assertion-failed'),
    id: 'c.assertion-failed-bsd-msvc',
    // macOS/BSD: "Assertion failed: (x), function f, file a.c, line 3."; MSVC CRT: "Assertion failed: x, file a.c, line 3".
    match: /Assertion failed: (?:\((?<expr>[^\n]{1,400}?)\), function (?<func>[^\s,]{1,300}), file (?<file>[^\s,]{1,400}), line (?<line>\d{1,7})|(?<expr2>[^\n]{1,400}?), file (?<file2>[^\n]{1,400}?), line (?<line2>\d{1,7}))/,
    priority: 12,
    samples: ['Assertion failed: (idx < size), function get, file src/vec.c, line 42.\nAbort trap: 6', 'Assertion failed: ptr != NULL, file C:\\dev\\app\\list.c, line 88'],
  }, { expr2: 'expr', file2: 'file', line2: 'line' }),

  {
    id: 'c.msvc-debug-assertion',
    language: 'c',
    // The debug CRT's dialog (also copied from its console form): the file and line are often the CRT's own
    // source, the expression says what it checked (_CrtIsValidHeapPointer: a free of memory it did not allocate).
    match: /Debug Assertion Failed!(?:[\s\S]{0,600}?\bFile: (?<file>[^\n]{1,400}?)\s*\n\s*Line: (?<line>\d{1,7}))?(?:[\s\S]{0,300}?\bExpression: (?<expr>[^\n]{1,400}))?/,
    errorType: 'assertion failed',
    category: 'runtime',
    priority: 12,
    summary: (c) => `A debug-build assertion failed${c.expr ? `: ${c.expr.trim()}` : ''}${c.file ? ` (${c.file.trim()}${c.line ? `, line ${c.line}` : ''})` : ''}.`,
    explanation: (c) =>
      `The debug C runtime checks its own invariants and the program's asserts, and shows this dialog when one is false.${/_CrtIsValidHeapPointer|_CrtCheckMemory|is_block_type_valid/.test(c.expr ?? '') ? ' This check guards the heap: memory freed twice, freed with the wrong function (delete for malloc, free for new[]), or freed by another module with its own CRT (a DLL linked with a different runtime library).' : /subscript out of range|iterator/.test(c.expr ?? '') ? ' An index or iterator was outside its container.' : ''} Press Retry to break into the debugger: the call stack shows which line of your code got there.`,
    causes: ['A heap block freed twice or with the wrong function', 'Memory allocated by one module (DLL) and freed by another with a different CRT (/MD vs /MT)', 'An index or iterator out of range', 'An assert() of the program itself'],
    fixes: (c) => [fix(`Break at the assertion${c.expr ? ` (${c.expr.trim()})` : ''}`, ['Press Retry (or run under the debugger) and read the call stack down to the first frame of your own code.', 'Make every allocation and its release use the same allocator and the same runtime library (/MD in every project).'])],
    references: [ref('Microsoft Learn: _ASSERT, _ASSERTE macros', 'https://learn.microsoft.com/en-us/cpp/c-runtime-library/reference/assert-asserte-assert-expr-macros'), ref('Microsoft Learn: CRT debug heap details', 'https://learn.microsoft.com/en-us/cpp/c-runtime-library/crt-debug-heap-details')],
    samples: ['Microsoft Visual C++ Runtime Library\n\nDebug Assertion Failed!\n\nProgram: C:\\app\\app.exe\nFile: minkernel\\crts\\ucrt\\src\\appcrt\\heap\\debug_heap.c\nLine: 904\n\nExpression: _CrtIsValidHeapPointer(block)'],
  },
  {
    id: 'cpp.qt-assert',
    language: 'cpp',
    // Q_ASSERT_X ("ASSERT failure in QList<T>::at: "index out of range", file …, line …") and Q_ASSERT.
    match: /ASSERT failure in (?<where>[^\n]{1,300}?): "(?<message>[^"\n]{0,400})",? ?\n?,? file ?\n?(?<file>[^\n,]{1,400}), line (?<line>\d{1,7})|\bASSERT: "(?<expr>[^"\n]{1,400})" in file (?<file2>[^\n,]{1,400}), line (?<line2>\d{1,7})/,
    errorType: 'assertion failed',
    category: 'runtime',
    priority: 14,
    summary: (c) => (c.where ? `Qt's check in ${c.where} failed: ${c.message}.` : `The assertion ${c.expr} failed (${c.file2}, line ${c.line2}).`),
    explanation: (c) =>
      `Debug builds of Qt check their preconditions with Q_ASSERT and abort when one fails.${c.where && /\bat\b|operator\[\]/.test(c.where) ? ` ${c.where} was called with an index outside the container (${c.message}): check size() before indexing, or use value(i), which returns a default.` : ''} The file and line are Qt's; the frame of your code that called it is one or two frames further up the stack.`,
    causes: ['An index outside a container (QList::at, operator[])', 'A Qt object used from the wrong thread or after deletion', "A precondition of the Qt function not met"],
    fixes: (c) => [fix(`Fix the call into ${c.where ?? c.file2 ?? 'Qt'}`, ['Run in the debugger: it stops at the abort; go up the stack to the first frame of your own code.', c.where && /\bat\b/.test(c.where) ? 'Check the index against size() before calling at(), or use value().' : 'Check the condition the assertion names before the call.'], c.where && /\bat\b/.test(c.where) ? 'if (i >= 0 && i < list.size())\n    use(list.at(i));' : null)],
    references: [ref('Qt: Q_ASSERT_X', 'https://doc.qt.io/qt-6/qtassert-proxy.html#Q_ASSERT_X')],
    samples: ['ASSERT failure in QList<T>::at: "index out of range", file /usr/include/qt/QtCore/qlist.h, line 541', 'ASSERT: "m_model" in file src/view.cpp, line 88'],
  },
  {
    id: 'cpp.exc-bad-access',
    language: 'cpp',
    // macOS's EXC_BAD_ACCESS is Swift's answer unless the frames show C++ (lldb's "app`Ns::Class::method").
    ...withCppEvidence(/EXC_BAD_ACCESS(?: \(code=(?<code>\d{1,3}), address=(?<address>0x[0-9a-fA-F]{1,16})\))?/),
    errorType: 'EXC_BAD_ACCESS',
    category: 'memory',
    priority: 41,
    summary: (c) => `The program read or wrote memory it may not access${c.address ? ` (address ${c.address})` : ''}, and macOS stopped it.`,
    explanation: (c) =>
      `EXC_BAD_ACCESS is macOS's segmentation fault.${c.address && /^0x0{0,13}[0-9a-f]{1,3}$/i.test(c.address) ? ' The address is near 0: a null pointer (or a member of a null object) was dereferenced.' : ' In C++ it comes from a dangling pointer or reference (an object used after delete, an iterator kept across a container change), an out-of-bounds index, or a stack overflow from deep recursion.'} The first frame of your own code in the backtrace is where the bad access happened.`,
    causes: ['A null pointer dereferenced', 'An object used after it was deleted, or an invalidated iterator', 'An index past the end of an array', 'Stack overflow from unbounded recursion'],
    fixes: [fix('Find the bad access', ['In lldb: bt, then frame select the first frame of your code and print the pointers it uses.', 'Rebuild with AddressSanitizer (Xcode: Scheme > Diagnostics > Address Sanitizer): it stops at the first invalid access and shows where the memory was freed.'], 'clang++ -g -fsanitize=address src/*.cpp -o app && ./app')],
    references: [ref('Apple: Investigating memory access crashes', 'https://developer.apple.com/documentation/xcode/investigating-memory-access-crashes'), ASAN],
    samples: ['* thread #1, stop reason = EXC_BAD_ACCESS (code=1, address=0x0)\n    frame #0: 0x0000000100003f2c app`Scene::render(this=0x0000000000000000) at scene.cpp:42'],
  },
  {
    id: 'c.windows-stack-overflow',
    language: 'c',
    // Windows' 0xC00000FD, often only as the exit status an IDE or Code Runner prints (3221225725, -1073741571).
    // Windows' Event Viewer ("Application Error") writes the code in lower case: "Exception code: 0xc00000fd".
    match: /0x[Cc]00000[Ff][Dd]\b|(?:returned|exited with code[= ]?|exit (?:code|status):?) ?(?:-1073741571|3221225725)\b/,
    errorType: 'stack overflow',
    category: 'memory',
    priority: 8,
    summary: 'The program overflowed its stack (Windows exception 0xC00000FD) and was stopped.',
    explanation:
      'Each thread has a fixed stack (1 MB by default on Windows). It ran out: a recursion that never ends (or goes too deep for the input), or a large local array (int a[1000000]; inside a function) that alone is bigger than the stack.',
    causes: ['Recursion without a reachable base case, or too deep for the input', 'A large array or struct declared as a local variable', 'Two functions calling each other without end'],
    fixes: [
      fix('Move big data off the stack, bound the recursion', [
        'Declare large arrays static or global, or allocate them (std::vector, malloc).',
        'Check the recursion\'s base case in a debugger: the call stack shows the same function repeating.',
      ], 'static int big[1000000];   /* or: std::vector<int> big(1000000); */'),
    ],
    references: [ref('Microsoft Learn: /STACK (stack allocations)', 'https://learn.microsoft.com/en-us/cpp/build/reference/stack-stack-allocations')],
    samples: ['[Running] cd "c:\\proj\\" && gcc test.c -o test && "c:\\proj\\"test\n\n[Done] exited with code=3221225725 in 1.982 seconds.', 'Process returned -1073741571 (0xC00000FD)   execution time : 2.101 s'],
  },
  {
    id: 'c.keil-armlink',
    language: 'c',
    // Keil MDK's armlink/armcc diagnostics: "Error: L6218E: Undefined symbol x (referred from y.o)."
    match: /\bError: (?<code>[LC]\d{4}[EW]): (?<message>[^\n]{1,400})/,
    errorType: (c) => c.code ?? 'armlink error',
    category: 'build',
    priority: 12,
    summary: (c) => `Keil's ${c.code?.startsWith('L') ? 'linker (armlink)' : 'compiler'} stopped with ${c.code}: ${c.message}`,
    explanation: (c) =>
      c.code === 'L6218E'
        ? 'A symbol is used (referred from the object named in brackets) but no object or library in the link defines it: its source file is not in the project\'s groups, it is excluded from the build, a library is missing from the linker settings, or the function is declared but never written.'
        : c.code === 'L6200E'
          ? 'Two objects define the same symbol: a function or variable defined in a header included by several files, or the same source added twice.'
          : /^L64(?:06|07|20)E|^L6220E/.test(c.code ?? '')
            ? 'The image does not fit the memory described by the scatter file (or the device settings): the code or data grew past the flash or RAM size.'
            : `The Arm toolchain reports its diagnostics by number; ${c.code} is described in Arm's error reference.`,
    causes: ['A source file or library missing from the project (L6218E)', 'A definition in a header included twice (L6200E)', 'Code or data larger than the device memory (L6406E, L6220E)'],
    fixes: (c) => [
      fix(`Fix ${c.code}`, [
        c.code === 'L6218E'
          ? 'Add the source file or library that defines the symbol to the project (Manage Project Items), or write the missing function.'
          : 'Read the message after the code and look it up in the Arm Compiler error reference.',
        'Rebuild all (F7 after Project > Clean Targets).',
      ]),
    ],
    references: [ref('Arm Compiler: linker error and warning messages', 'https://developer.arm.com/documentation/100074/latest/')],
    samples: ['.\\Objects\\app.axf: Error: L6218E: Undefined symbol uart_init (referred from main.o).'],
  },
  {
    id: 'c.iar-diagnostic',
    language: 'c',
    // IAR Embedded Workbench: "Error[Pe020]: identifier "x" is undefined", "Error[e46]: Undefined external …", "Error[Li005]: …".
    match: /\b(?:Fatal )?Error\[(?<code>(?:Pe|Li|Lp|Lc|Ms|Go|e|w)\d{1,4})\]: (?<message>[^\n]{1,400})/,
    errorType: (c) => c.code ?? 'IAR error',
    category: 'build',
    priority: 12,
    summary: (c) => `IAR's ${/^(?:e|Li|Lp|Lc)/.test(c.code ?? '') ? 'linker' : 'compiler'} stopped with ${c.code}: ${c.message}`,
    explanation: (c) =>
      /^e46$|^Li005$/.test(c.code ?? '')
        ? 'A symbol is referenced but no module in the link defines it: a source file or library missing from the project, or a function declared but never defined. Names with ? are the runtime\'s own helpers: the library configuration of the project (General Options > Library) does not match the one the objects were built for.'
        : /^Pe020$/.test(c.code ?? '')
          ? 'The identifier is used without a declaration in scope: a missing #include, a typo, or a macro not defined for this build configuration.'
          : `IAR numbers its diagnostics; ${c.code} is described in the IAR compiler or linker reference.`,
    causes: ['A source file or library missing from the project', 'A missing #include or an undefined macro', 'A library configuration that differs between modules'],
    fixes: (c) => [fix(`Fix ${c.code}`, ['Read the message after the code: the symbol or identifier it names is what to add, include or define.', 'Rebuild all after changing project options.'])],
    references: [ref('IAR: C/C++ Development Guide', 'https://www.iar.com/knowledge/support/technical-notes/')],
    samples: ['Error[Pe020]: identifier "LED_PIN" is undefined C:\\proj\\main.c 12', 'Error[e46]: Undefined external "uart_init" referred in main ( C:\\proj\\Obj\\main.r51 )'],
  },
  {
    id: 'c.pkg-config-not-found',
    language: 'c',
    // pkg-config on its own, and as configure and Meson report it.
    match: /Package (?<pkg>[\w.+-]{1,100}) was not found in the pkg-config search path|No package '(?<pkg2>[^'\n]{1,100})' found|Package '(?<pkg3>[^'\n]{1,100})',? required by '[^'\n]{1,200}', not found|\bDependency "(?<pkg4>[^"\n]{1,100})" not found/,
    errorType: 'could not find package',
    category: 'dependency',
    priority: 12,
    summary: (c) => `pkg-config has no ${pkgConfigName(c)}.pc, so the build cannot find the ${pkgConfigName(c)} library.`,
    explanation: (c) =>
      `Builds ask pkg-config for a library's compiler and linker flags; it reads them from ${pkgConfigName(c)}.pc in the directories of PKG_CONFIG_PATH and its default path. Either the library's development package (the one with the headers and the .pc file) is not installed, or it is installed under a prefix pkg-config does not search (/usr/local, /opt, a Homebrew or vcpkg prefix).`,
    causes: ['The -dev / -devel package of the library is not installed', 'Installed under a prefix that is not in PKG_CONFIG_PATH', 'The package is named differently on this distribution'],
    fixes: (c) => [
      fix(`Install ${pkgConfigName(c)}'s development files, or point PKG_CONFIG_PATH at them`, [`Install the development package that ships ${pkgConfigName(c)}.pc (Debian/Ubuntu: lib${pkgConfigName(c).replace(/^lib/, '')}-dev; Fedora: ${pkgConfigName(c).replace(/^lib/, '')}-devel).`, 'If it is installed under another prefix, add that prefix\'s lib/pkgconfig to PKG_CONFIG_PATH.'], `pkg-config --modversion ${pkgConfigName(c)}\nsudo apt-get install lib${pkgConfigName(c).replace(/^lib/, '')}-dev\nexport PKG_CONFIG_PATH=/usr/local/lib/pkgconfig:$PKG_CONFIG_PATH`),
    ],
    references: [ref('pkg-config guide', 'https://people.freedesktop.org/~dbn/pkg-config-guide.html')],
    samples: ["Package libconfig was not found in the pkg-config search path.\nPerhaps you should add the directory containing `libconfig.pc'\nto the PKG_CONFIG_PATH environment variable\nNo package 'libconfig' found", 'meson.build:12:0: ERROR: Dependency "wayland-client" not found, tried pkgconfig and cmake'],
  },
  {
    id: 'cpp.conan-missing-binary',
    language: 'cpp',
    match: /ERROR: Missing prebuilt package for (?<refs>'[^\n]{1,2000}?')(?:\s|$)/,
    errorType: 'Missing prebuilt package',
    category: 'dependency',
    priority: 14,
    summary: (c) => `Conan has no prebuilt binary of ${conanFirst(c)} for these settings.`,
    explanation: (c) =>
      `Conan looked for binaries of ${c.refs} matching the profile's settings and options (compiler and its version, build type, runtime, architecture) in the remotes and the cache, and none matched. It does not build from source unless asked to.`,
    causes: ['A compiler or compiler version the remote has no binaries for', 'Options or build type differing from the published binaries', 'A private recipe (…@user/stable) never uploaded with binaries'],
    fixes: (c) => [fix(`Build ${conanFirst(c)} from source`, ['Let Conan build what has no binary: --build=missing (Conan 1 and 2).', 'Or change the profile to settings the remote has binaries for.'], 'conan install . --build=missing')],
    references: [ref('Conan: Missing prebuilt package', 'https://docs.conan.io/2/knowledge/faq.html#error-missing-prebuilt-package')],
    samples: ["ERROR: Missing prebuilt package for 'zlib/1.2.13', 'boost/1.83.0'\nTry to build locally from sources using the '--build=missing' argument"],
  },
];


// ---------------------------------------------------------------- toolchain and Windows crash messages

const pkgConfigName = (c: Captures): string => c.pkg ?? c.pkg2 ?? c.pkg3 ?? c.pkg4 ?? 'the package';
/** The first reference Conan lists: "'boost/1.75.0', 'zlib/1.2.13'" → boost/1.75.0. */
const conanFirst = (c: Captures): string => /'([^']{1,200})'/.exec(c.refs ?? '')?.[1] ?? 'the package';

const TOOLCHAIN_PATTERNS: ErrorPattern[] = [
  {
    id: 'cpp.modules',
    language: 'cpp',
    // C++20 modules: gcc's "failed to read compiled module", clang's and MSVC's "module 'x' not found".
    match: /(?<gcc>failed to read compiled module): (?<reason>[^\n]{1,200})|(?:fatal\s{1,2}error\s?:|error:) module '(?<module>[^'\n]{1,200})' not found|could not build module '(?<module2>[^'\n]{1,200})'/,
    requires: /compiled module|module '[^'\n]{1,200}' not found|could not build module/,
    errorType: (c) => (c.gcc ? 'failed to read compiled module' : c.module2 ? 'could not build module' : 'module not found'),
    category: 'build',
    priority: 30,
    summary: (c) => (c.gcc ? `gcc could not read the compiled interface of an imported module: ${c.reason}.` : `The compiler has no compiled module ${c.module ?? c.module2}.`),
    explanation: (c) =>
      `An import needs the module's compiled interface (gcc's .gcm, clang's .pcm, MSVC's .ifc) built before the file that imports it. ${c.module === 'std' ? 'import std needs the standard library module built first: CMake 3.30+ with CMAKE_CXX_MODULE_STD, clang with libc++ and -fmodules, or MSVC 17.5+ with the std module enabled.' : 'The build system did not scan for modules (CMake needs 3.28+ and a Ninja or Visual Studio generator), or builds the files in the wrong order.'}`,
    causes: ['Modules built without a build system that scans dependencies (CMake < 3.28, make)', 'import std without the standard library module configured', 'A compiler and flags that do not enable modules (-fmodules-ts, -std=c++20)'],
    fixes: (c) => [fix(`Let the build system build ${c.module ?? c.module2 ?? 'the module'} first`, ['Use CMake 3.28+ with Ninja and FILE_SET CXX_MODULES, so interfaces are built before their importers.'], 'cmake_minimum_required(VERSION 3.28)\nadd_library(hello)\ntarget_sources(hello PUBLIC FILE_SET CXX_MODULES FILES hello.cppm)\n# cmake -G Ninja -B build && cmake --build build')],
    references: [ref('CMake: cmake-cxxmodules(7)', 'https://cmake.org/cmake/help/latest/manual/cmake-cxxmodules.7.html')],
    samples: ['hello: error: failed to read compiled module: No such file or directory\nhello: note: compiled module file is ‘gcm.cache/hello.gcm’', "1>FileName.cpp(1,8): fatal  error : module 'std' not found"],
  },
  {
    id: 'cpp.compile-time-evaluation',
    language: 'cpp',
    match: /error: (?:call to (?:consteval|immediate) function '(?<func>[^'\n]{1,200})' is not a constant expression|'?(?<what>[^'\n]{1,200}?)'? is not a constant expression|(?<guide>no viable constructor or deduction guide) for deduction of template arguments of '(?<template>[^'\n]{1,200})')/,
    requires: /is not a constant expression|deduction guide/,
    errorType: (c) => (c.guide ? 'no viable constructor or deduction guide' : 'not a constant expression'),
    category: 'type',
    priority: 14,
    summary: (c) => (c.guide ? `The compiler cannot deduce the template arguments of ${c.template} from the constructor call.` : `${c.func ? `The consteval function ${c.func} could not be evaluated` : 'An expression could not be evaluated'} at compile time.`),
    explanation: (c) =>
      c.guide
        ? `Class template argument deduction (C++17) found no constructor or deduction guide that accepts these arguments for ${c.template}; the notes list each candidate and why it failed (an array parameter decays to a pointer, a deleted copy constructor). Spell the template arguments out, or add a deduction guide.`
        : 'constexpr and consteval code must be evaluable at compile time: no calls to non-constexpr functions, no virtual calls in older standards, no undefined behaviour (out-of-bounds reads, overflow), no reads of non-constant variables. The notes after the error point at the step that failed.',
    causes: (c) => (c.guide ? ['Arguments that match no constructor exactly (arrays, const, references)', 'A missing deduction guide'] : ['A call to a non-constexpr function or a virtual call', 'Undefined behaviour during evaluation', 'A value only known at run time']),
    fixes: (c) => [
      c.guide
        ? fix(`Give ${c.template}'s template arguments, or a deduction guide`, [], `auto t0 = ${c.template}<unsigned int>(shape, data);\n// or\ntemplate <class T> ${c.template}(unsigned int const (&)[4], T const *) -> ${c.template}<T>;`)
        : fix(`Follow the notes to the step that cannot be evaluated${c.func ? ` in ${c.func}` : ''}`, ['Make every function on that path constexpr, remove the undefined behaviour, or evaluate at run time (constexpr instead of consteval).'], null),
    ],
    references: [ref('cppreference: constant expressions', 'https://en.cppreference.com/w/cpp/language/constant_expression'), ref('cppreference: class template argument deduction', 'https://en.cppreference.com/w/cpp/language/class_template_argument_deduction')],
    samples: ["<source>:16:14: error: call to consteval function 'check' is not a constant expression\n   16 | int main() { check(); }", "error: 22_class_template/main.cpp:80:19: error: no viable constructor or deduction guide for deduction of template arguments of 'Tensor4D'"],
  },
  {
    id: 'cpp.nvcc-host-compiler',
    language: 'cpp',
    match: /#error -- unsupported (?<compiler>GNU|clang|Microsoft Visual Studio) version! (?<detail>[^\n]{0,200})/,
    errorType: (c) => `unsupported ${c.compiler} version`,
    category: 'dependency',
    priority: 40,
    summary: (c) => `This CUDA toolkit does not support the host ${c.compiler} compiler version in use.`,
    explanation: (c) => `nvcc compiles host code with the system compiler, and each CUDA release supports only the compiler versions it was tested with (${c.detail?.split('!')[0] ?? 'see the CUDA installation guide'}). A newer distribution's default gcc is usually too new for an older CUDA.`,
    causes: ['A host compiler newer than this CUDA release supports', 'An old CUDA toolkit on a new distribution'],
    fixes: (c) => [fix(`Point nvcc at a supported ${c.compiler} version, or upgrade CUDA`, ['Install a supported gcc alongside and pass it with -ccbin (CMake: CMAKE_CUDA_HOST_COMPILER); or install a CUDA release that supports your compiler.'], 'sudo apt-get install g++-11\nnvcc -ccbin g++-11 ...\ncmake -DCMAKE_CUDA_HOST_COMPILER=/usr/bin/g++-11 ..')],
    references: [ref('CUDA Installation Guide for Linux: supported compilers', 'https://docs.nvidia.com/cuda/cuda-installation-guide-linux/')],
    samples: ['/usr/include/crt/host_config.h:139:2: error: #error -- unsupported GNU version! gcc versions later than 11 are not supported!'],
  },
  {
    id: 'cpp.nvcc-gpu-architecture',
    language: 'cpp',
    match: /nvcc fatal {0,4}: (?<what>Unsupported gpu architecture|Value '[^'\n]{1,40}' is not defined for option 'gpu-architecture') ?'?(?<arch>(?:compute|sm)_\d{2,3}[a-z]?)?'?/,
    requires: /nvcc fatal/,
    errorType: 'Unsupported gpu architecture',
    category: 'build',
    priority: 40,
    summary: (c) => `This nvcc does not know the GPU architecture ${c.arch ?? 'it was asked to build for'}.`,
    explanation: (c) =>
      `Each CUDA release compiles for the architectures that existed when it was made: ${c.arch ?? 'the requested architecture'} needs a newer toolkit (compute_86, Ampere's RTX 30 series, needs CUDA 11.1; compute_89, Ada, 11.8; compute_90, Hopper, 11.8), or an older one dropped it (CUDA 12 no longer builds for compute_35). The list usually comes from TORCH_CUDA_ARCH_LIST, CMAKE_CUDA_ARCHITECTURES or -gencode flags, often set automatically from the GPU in the machine while an older nvcc is first on PATH.`,
    causes: ['The nvcc on PATH is older than the GPU (or than the architecture list)', 'TORCH_CUDA_ARCH_LIST or CMAKE_CUDA_ARCHITECTURES names an architecture this toolkit dropped or does not know', 'Two CUDA installations, the build picking the older one'],
    fixes: (c) => [
      fix(`Build with a toolkit that knows ${c.arch ?? 'the architecture'}, or leave it out`, ['Check which nvcc the build uses; install a CUDA release that supports the GPU, or set the architecture list to ones this nvcc knows.'], `which nvcc && nvcc --version\nnvcc --list-gpu-arch\nexport TORCH_CUDA_ARCH_LIST="7.5;8.0"   # PyTorch extensions\ncmake -DCMAKE_CUDA_ARCHITECTURES=75 ..`),
    ],
    references: [ref('NVIDIA: CUDA Compiler Driver NVCC, GPU compilation', 'https://docs.nvidia.com/cuda/cuda-compiler-driver-nvcc/index.html#gpu-compilation')],
    samples: ["nvcc fatal   : Unsupported gpu architecture 'compute_86'"],
  },
  {
    id: 'cpp.automoc',
    language: 'cpp',
    // CMake's AutoMoc (Qt's meta-object compiler run for the build) stops the build with its own block.
    match: /AutoMoc (?:error|subprocess error)\n-{3,}\n[ \t]*"?(?<file>[^"\n]{1,300})"?\n(?<reason>[^\n]{1,300})(?:\n(?<reason2>[^\n]{1,300}))?/,
    requires: /AutoMoc /,
    errorType: 'AutoMoc error',
    category: 'build',
    priority: 40,
    summary: (c) => `CMake's AutoMoc stopped the build at ${c.file.replace(/^SRC:\//, '')}: ${c.reason.trim()}`,
    explanation: (c) =>
      /Q_OBJECT|Q_GADGET|Q_NAMESPACE/.test(`${c.reason} ${c.reason2 ?? ''}`)
        ? `${c.file.replace(/^SRC:\//, '')} declares a class with Q_OBJECT (or Q_GADGET) in the .cpp file itself, so moc must run on the .cpp and its output must be compiled with it: AutoMoc requires the file to #include its generated .moc file (${(c.reason2 ?? c.reason).match(/"([^"]+\.moc)"/)?.[1] ?? 'name.moc'}) at the end.`
        : `AutoMoc runs moc on the sources that need it before compiling them; it met something it could not handle in ${c.file.replace(/^SRC:\//, '')}: ${c.reason.trim()}.`,
    causes: ['A Q_OBJECT class in a .cpp file without #include "file.moc"', 'An #include of a moc file that does not belong to this source', 'moc failing on the header (a macro it cannot expand)'],
    fixes: (c) => [
      fix(`Include the generated .moc at the end of ${c.file.replace(/^SRC:\//, '').split('/').pop()}`, ['Add the include as the last line of the source file, or move the Q_OBJECT class to a header; to skip AutoMoc for a file, set its SKIP_AUTOMOC property.'], `// at the end of ${c.file.replace(/^SRC:\//, '').split('/').pop()}\n#include "${(c.reason2 ?? c.reason).match(/"([^"]+\.moc)"/)?.[1] ?? `${(c.file.split('/').pop() ?? 'file.cpp').replace(/\.\w+$/, '')}.moc`}"`),
    ],
    references: [ref('CMake: AUTOMOC', 'https://cmake.org/cmake/help/latest/prop_tgt/AUTOMOC.html')],
    samples: ['AutoMoc error\n-------------\n"SRC:/lib/src/DOtherSide.cpp"\ncontains a "Q_OBJECT" macro, but does not include "DOtherSide.moc"!\nConsider to\n  - add #include "DOtherSide.moc"'],
  },
  {
    id: 'cpp.bazel-undeclared-inclusion',
    language: 'cpp',
    match: /undeclared inclusion\(s\) in rule '(?<rule>[^'\n]{1,300})':\nthis rule is missing dependency declarations for the following files included by '(?<source>[^'\n]{1,300})':\n\s*'(?<header>[^'\n]{1,300})'/,
    requires: /undeclared inclusion\(s\)/,
    errorType: 'undeclared inclusion(s)',
    category: 'build',
    priority: 40,
    summary: (c) => `Bazel refused ${c.rule}: ${c.source} includes ${c.header}, which no declared dependency provides.`,
    explanation: (c) =>
      c.header.startsWith('/usr/')
        ? `Bazel checks that every header a C++ compile reads comes from a declared dependency or the toolchain's built-in include directories. ${c.header} is a compiler's own header, so the C++ toolchain Bazel configured lists other built-in directories than the compiler now uses: the compiler was upgraded (or another gcc is first on PATH) after Bazel cached its toolchain configuration.`
        : `Bazel checks that every header a C++ compile reads comes from a declared dependency. ${c.source} includes ${c.header}, and no target in ${c.rule}'s deps (or the rule's own hdrs/srcs) provides it.`,
    causes: (c) => (c.header.startsWith('/usr/') ? ['The compiler changed after Bazel cached its C++ toolchain configuration', 'Several compilers installed, a different one found by Bazel'] : ['A header included without its target in deps', 'A header missing from the library\'s hdrs']),
    fixes: (c) => [
      c.header.startsWith('/usr/')
        ? fix('Let Bazel configure the C++ toolchain again', [`Expunge the cached configuration (the toolchain is detected again on the next build, with the directory of ${c.header}), and pin the compiler with CC if several are installed.`], 'bazel clean --expunge\nCC=/usr/bin/gcc bazel build //...')
        : fix(`Declare the target that provides ${c.header}`, [`Add it to the deps of ${c.rule} (or to the hdrs of the library it belongs to).`], `cc_library(\n    name = "...",\n    deps = ["//path/to:target_with_the_header"],\n)`),
    ],
    references: [ref('Bazel: C++ toolchain configuration', 'https://bazel.build/docs/cc-toolchain-config-reference')],
    samples: ["ERROR: /home/u/.cache/bazel/external/com_google_absl/absl/numeric/BUILD.bazel:26:1: undeclared inclusion(s) in rule '@com_google_absl//absl/numeric:int128':\nthis rule is missing dependency declarations for the following files included by 'external/com_google_absl/absl/numeric/int128.cc':\n  '/usr/lib/gcc/x86_64-linux-gnu/9/include/stddef.h'"],
  },
  {
    id: 'cpp.invalid-constexpr',
    language: 'cpp',
    match: /error: constexpr (?<kind>function|constructor) never produces a constant expression(?: \[-Winvalid-constexpr\])?(?:[\s\S]{0,600}?note: (?<why>non-constexpr function '(?<func>[^'\n]{1,200})' cannot be used in a constant expression|[^\n]{1,200}))?/,
    requires: /never produces a constant expression/,
    errorType: 'never produces a constant expression',
    category: 'type',
    priority: 12,
    summary: (c) => `This constexpr ${c.kind} can never be evaluated at compile time${c.func ? `: it calls ${c.func}, which is not constexpr` : ''}.`,
    explanation: (c) =>
      `clang checks constexpr ${c.kind}s for at least one set of arguments that gives a constant expression; there is none here${c.why ? ` (${c.why})` : ''}. ${c.func ? `${c.func} is not constexpr in this standard library (the <cmath> functions become constexpr only in C++23 or C++26, and GCC allows them as an extension, which is why the same code builds with g++).` : 'Something on every path cannot run at compile time: a non-constexpr call, a static variable, or undefined behaviour.'}`,
    causes: ['A call to a function that is not constexpr (std::sin, std::sqrt before C++26)', 'Code written against GCC, which treats the math builtins as constexpr'],
    fixes: (c) => [
      fix(`Drop constexpr, or compute the value${c.func ? ` without ${c.func}` : ''} at compile time another way`, ['Make the function inline instead of constexpr when it only needs to run at run time, or precompute the constants.'], `inline double dx(double i, std::size_t n) { return ${c.func ? `${c.func}` : 'std::sin'}(2 * M_PI * i / n); }`),
    ],
    references: [ref('cppreference: constexpr specifier', 'https://en.cppreference.com/w/cpp/language/constexpr')],
    samples: ["src/Gratrix.hpp:32:18: error: constexpr function never produces a constant expression\n      [-Winvalid-constexpr]\nconstexpr double dx(double i, std::size_t n) { return  std::sin(GTX__2PI * i); }\n                 ^\nsrc/Gratrix.hpp:32:56: note: non-constexpr function 'sin' cannot be used in a constant expression"],
  },
  {
    id: 'c.toolchain-programs',
    language: 'c',
    match: /collect2: fatal error: (?<cannotFind>cannot find '(?<program>[^'\n]{1,60})')|\bld(?:\.lld)?: error: (?<versionScript>version script assignment of '(?<version>[^'\n]{1,100})' to symbol '(?<symbol>[^'\n]{1,200})' failed): (?<reason>[^\n]{1,100})|\.[sS]:\d{1,7}: (?:Error|error): (?<processor>selected processor does not support) (?<insn>[^\n]{1,200})/,
    requires: /collect2: fatal error|version script assignment|selected processor does not support/,
    errorType: (c) => (c.program ? `cannot find ${c.program}` : c.versionScript ? 'version script assignment failed' : 'selected processor does not support'),
    category: 'build',
    priority: 30,
    summary: (c) =>
      c.program
        ? `gcc could not find the program ${c.program} it runs to link.`
        : c.versionScript
          ? `The linker's version script names ${c.symbol}, which is not defined (${c.reason}).`
          : `The assembler rejected an instruction for the selected processor: ${c.insn}.`,
    explanation: (c) =>
      c.program
        ? `gcc runs ${c.program} as the linker. It is not installed (binutils missing in a minimal image), or -fuse-ld names a linker (gold, lld, mold) that is not installed.`
        : c.versionScript
          ? 'lld (unlike GNU ld by default) refuses a version script that assigns a version to a symbol the link does not define: a symbol removed or renamed in the sources, or compiled out by a configure option.'
          : 'The instruction needs an architecture extension (fp16, neon, crypto) that the -march/-mcpu/-mfpu options of this build do not enable.',
    causes: (c) => (c.program ? ['binutils not installed', '-fuse-ld naming a linker that is not installed'] : c.versionScript ? ['A symbol listed in the version script but not built'] : ['-march/-mfpu options that do not include the extension']),
    fixes: (c) => [
      c.program
        ? fix(`Install ${c.program}, or use a linker that is installed`, [], 'sudo apt-get install binutils\n# or drop -fuse-ld=gold, or install the linker it names')
        : c.versionScript
          ? fix(`Define ${c.symbol}, or let lld accept undefined version-script symbols`, [`Remove ${c.symbol} from the ${c.version} node of the version script if it is no longer built.`], 'LDFLAGS="-Wl,--undefined-version"')
          : fix(`Enable the extension for ${c.insn?.split(' ')[0] ?? 'the instruction'}`, ['Build with a -march/-mfpu that includes it (for fp16 on 32-bit ARM: -march=armv8.2-a+fp16 -mfpu=neon-fp-armv8).'], null),
    ],
    references: [ref('GCC: Link options', 'https://gcc.gnu.org/onlinedocs/gcc/Link-Options.html'), ref('LLD: Version scripts', 'https://lld.llvm.org/ELF/linker_script.html')],
    samples: ["collect2: fatal error: cannot find 'ld'\ncompilation terminated.", "ld.lld: error: version script assignment of 'UUID_2.40' to symbol 'uuid_time64' failed: symbol not defined"],
  },
  {
    id: 'c.static-analysis',
    language: 'c',
    // clang-tidy's check name and cppcheck's id after the message are the diagnostic's code (README: a code before a
    // phrase); clang-tidy's clang-diagnostic-* are the compiler's own errors, answered by the compiler patterns.
    match: /(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.(?<ext>c|h|cc|cpp|cxx|hpp|hxx)):(?<line>\d{1,7}):(?:\d{1,7}:)? (?:error|warning|style|performance|portability|information): (?<message>[^\n]{1,300}?) \[(?<check>(?!-W|clang-diagnostic-)[a-z][A-Za-z0-9]*(?:[-.][a-zA-Z0-9]+)*)(?:,-warnings-as-errors)?\][ \t]*$/m,
    requires: / \[(?!-W|clang-diagnostic-)[a-z][A-Za-z0-9]*(?:[-.][a-zA-Z0-9]+)*(?:,-warnings-as-errors)?\][ \t]*$/m,
    errorType: (c) => c.check ?? 'static analysis',
    category: 'syntax',
    priority: 12,
    summary: (c) => `${/-/.test(c.check ?? '') ? 'clang-tidy' : 'cppcheck'} reports ${c.check} in ${c.file} line ${c.line}: ${c.message}.`,
    explanation: (c) =>
      `${/-/.test(c.check ?? '') ? `clang-tidy's check ${c.check}` : `cppcheck's check ${c.check}`} found this; it fails the build because the project treats these findings as errors (WarningsAsErrors, --error-exitcode). The check's documentation explains the rule and its fix.`,
    causes: ['Code that breaks the rule the check enforces', 'A check enabled project-wide that this code was not written for'],
    fixes: (c) => [fix(`Fix ${c.file} line ${c.line}, or silence ${c.check} there on purpose`, ['Change the code as the check suggests; where the finding is intended, suppress it on that line.'], /-/.test(c.check ?? '') ? `// NOLINT(${c.check})` : `// cppcheck-suppress ${c.check}`)],
    references: [ref('clang-tidy checks', 'https://clang.llvm.org/extra/clang-tidy/checks/list.html'), ref('Cppcheck manual', 'https://cppcheck.sourceforge.io/manual.pdf')],
    samples: ['src/parser.c:42:9: error: Uninitialized variable: len [uninitvar]'],
  },
  {
    id: 'c.vcpkg-build-failed',
    language: 'c',
    // vcpkg's own verdict on a port; its CMake error above ("Command failed: ninja") only says which step.
    match: /(?:Error|error): [Bb]uilding (?:package )?(?<port>[\w.-]{1,100})(?:\[[^\]\n]{0,200}\])?(?::(?<triplet>[\w-]{1,60}))? failed with: (?<result>BUILD_FAILED|POST_BUILD_CHECKS_FAILED|FILE_CONFLICTS|CASCADED_DUE_TO_MISSING_DEPENDENCIES)/,
    errorType: (c) => c.result ?? 'BUILD_FAILED',
    category: 'build',
    priority: 20,
    summary: (c) => `vcpkg could not build ${c.port}${c.triplet ? ` for ${c.triplet}` : ''}: ${c.result}.`,
    explanation: (c) =>
      c.result === 'POST_BUILD_CHECKS_FAILED'
        ? 'The port built, but its output failed vcpkg\'s checks (wrong DLL placement, missing copyright, mismatched CRT linkage); the lines above name the check.'
        : `The port's own build failed. vcpkg only repeats the last step; the compiler's or CMake's real error is in the log files it lists (buildtrees/${c.port}/…-out.log and -err.log). Common causes on Windows: a build path with non-ASCII or very long names, a Visual Studio without the C++ workload or the English language pack, an outdated vcpkg checkout.`,
    causes: ['An error in the port\'s build (read the -err.log vcpkg names)', 'A path with spaces, non-ASCII characters or too long', 'Missing Visual Studio C++ tools or language pack', 'An outdated vcpkg (ports fixed since)'],
    fixes: (c) => [fix(`Read ${c.port}'s build log and update vcpkg`, ['Open the -err.log files named above; update vcpkg and retry; keep vcpkg in a short ASCII path such as C:\\vcpkg.'], `type buildtrees\\${c.port}\\*-err.log\ngit pull && .\\bootstrap-vcpkg.bat\n.\\vcpkg install ${c.port}${c.triplet ? `:${c.triplet}` : ''}`)],
    references: [ref('vcpkg: Troubleshoot build failures', 'https://learn.microsoft.com/vcpkg/troubleshoot/build-failures')],
    samples: ['Error: Building package zlib:x64-windows failed with: BUILD_FAILED\nPlease ensure you\'re using the latest portfiles with `.\\vcpkg update`'],
  },
  {
    id: 'cpp.bazel-compile-failed',
    language: 'cpp',
    // Bazel's line for a failed cc_* action (C and C++ alike); the compiler's diagnostics follow it, and outrank it.
    match: /C\+\+ compilation of rule '(?<target>[^'\n]{1,300})' failed(?: \((?<exit>Exit \d{1,3})\))?/,
    errorType: 'C++ compilation of rule failed',
    category: 'build',
    priority: 2,
    summary: (c) => `Bazel could not compile ${c.target}${c.exit ? ` (${c.exit})` : ''}.`,
    explanation: (c) =>
      `Bazel reports the failed compile action of ${c.target}; the compiler's own error is printed after the command line Bazel shows. When none is shown, the command itself failed to start or was killed: a toolchain Bazel could not find, a sandbox without the headers, or the machine running out of memory with many parallel jobs.`,
    causes: ['A compiler error in that target (printed below the command)', 'A C/C++ toolchain Bazel cannot find or does not support', 'Too many parallel compile jobs for the memory'],
    fixes: (c) => [fix(`Rebuild ${c.target} alone with the full output`, ['Build only that target with the failing command shown, and fewer jobs if memory is short.'], `bazel build ${c.target} --verbose_failures --jobs=2`)],
    references: [ref('Bazel: C++ toolchain configuration', 'https://bazel.build/docs/cc-toolchain-config-reference')],
    samples: ["ERROR: /home/u/.cache/bazel/_bazel_u/d1c8/external/curlpp/BUILD.bazel:3:1: C++ compilation of rule '@curlpp//:curlpp' failed: gcc failed: error executing command /usr/bin/gcc -U_FORTIFY_SOURCE -fstack-protector -Wall"],
  },
  {
    id: 'c.windows-heap-corruption',
    language: 'c',
    // Windows' 0xC0000374 (STATUS_HEAP_CORRUPTION), raised by ntdll's heap manager: an Event Viewer record,
    // or the exit status an IDE prints (-1073740940, 3221226356).
    // Also the debug CRT's own check of a block's guard bytes ("HEAP CORRUPTION DETECTED: after Normal block (#123) …").
    match: /(?:Exception code: |Ausnahmecode: |exit code -1073740940 \(|\b)0x[cC]0000374\b|(?:returned|exited with code[= ]?|exit (?:code|status):?) ?(?:-1073740940|3221226356)\b|\bHEAP CORRUPTION DETECTED: (?:after|before) \w{1,20} block\b/,
    errorType: 'heap corruption',
    category: 'memory',
    priority: 8,
    summary: 'Windows\' heap manager found its heap corrupted (0xC0000374) and stopped the program.',
    explanation:
      'ntdll checks the heap\'s bookkeeping when memory is allocated or freed and stops the process when it is damaged. The damage happened earlier: a write past the end of a heap block, a double free, a use after free, or memory freed with another allocator (another CRT or DLL) than the one that allocated it. The crashing module is often ntdll.dll, which is where it was noticed, not where it was done.',
    causes: ['A buffer overrun on the heap', 'A double free or use after free', 'Memory allocated by one DLL or CRT and freed by another'],
    fixes: [fix('Catch the first bad write', ['Turn on the page heap for the program, or build with AddressSanitizer (MSVC /fsanitize=address), and run it again: it stops at the write that damages the heap.'], 'gflags /p /enable app.exe /full\n:: or build with AddressSanitizer\ncl /fsanitize=address /Zi main.cpp')],
    references: [ref('Microsoft Learn: GFlags and PageHeap', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/debugger/gflags-and-pageheap')],
    samples: ['Process returned -1073740940 (0xC0000374)   execution time : 1.203 s\nPress any key to continue.'],
  },
  {
    id: 'c.access-violation',
    language: 'c',
    // Visual Studio's debugger in its own words and its translations ("0xC0000005: Zugriffsverletzung beim
    // Lesen…", VS 2017's "Exception thrown: read access violation." and "引发了异常: 读取访问权限冲突。").
    match: /(?:0xC0000005: Access violation (?<access>reading|writing|executing) location (?<address>0x[0-9A-Fa-f]{1,16})|exit code -1073741819 \(0xC0000005\)|(?<code>EXCEPTION_ACCESS_VIOLATION)|Exception code: 0x[cC]0000005\b|[:：] ?0x[cC]0000005[ \t\r]*(?=\n|$)|(?:returned|exited with code[= ]?|exit (?:code|status):?) ?(?:-1073741819|3221225477)\b|0xC0000005\s?[:：]\s?(?!Access violation)\S[^\n]{0,200}|Exception thrown: (?<access2>read|write) access violation|引发了异常\s?[:：]\s?(?:读取|写入)访问权限冲突|Ausnahme ausgelöst: (?:Lese|Schreib)zugriffsverletzung|例外がスローされました\s?[:：]\s?(?:読み取り|書き込み)アクセス違反)/,
    // Crash reporters (Unreal, Breakpad, SEH handlers) print the exception's code name: the label then.
    errorType: (c) => c.code ?? 'access violation',
    category: 'memory',
    priority: 6,
    summary: (c) => `Windows stopped the program with an access violation${c.access ? ` ${c.access} ${c.address}` : c.access2 ? ` (${c.access2})` : ''} (0xC0000005).`,
    explanation: (c) => `0xC0000005 is Windows' segmentation fault: the program touched an address it may not access.${c.address && /^0x0{4,}/.test(c.address) ? ' The address is (close to) zero, so a NULL pointer - or a member of a NULL object - was dereferenced.' : ' Dangling, uninitialised or out-of-bounds pointers are the usual cause.'}`,
    causes: ['NULL pointer dereference (a failed lookup, an uninitialised member)', 'Use after free / dangling pointer', 'Array or buffer overrun', 'Calling convention or ABI mismatch with a DLL'],
    fixes: (c) => [fix('Break at the faulting instruction', ['Run under the Visual Studio debugger: it stops where the access happens; inspect the call stack and the pointer values.', `Check which pointer is ${c.address ?? 'invalid'} and where it was set; build with /fsanitize=address to catch the first bad access.`], 'cl /Zi /fsanitize=address main.cpp')],
    references: [ref('Microsoft Learn: AddressSanitizer for MSVC', 'https://learn.microsoft.com/en-us/cpp/sanitizers/asan'), SIGNALS],
    samples: [
      'Exception thrown at 0x00007FF6A1B2C3D4 in app.exe: 0xC0000005: Access violation reading location 0x0000000000000000.',
      'Process finished with exit code -1073741819 (0xC0000005)',
      '[Done] exited with code=3221225477 in 0.812 seconds.',
      'Ausnahme ausgelöst bei 0x00000000004794E7 in game.exe: 0xC0000005: Zugriffsverletzung beim Lesen an Position 0xFFFFFFFFFFFFFFFF.',
      'Exception thrown: read access violation.\nnode was 0xFFFFFFFFFFFFFFFF.',
    ],
  },
  {
    id: 'c.esp32-panic',
    language: 'c',
    // ESP-IDF's panic handler (also under Arduino on the ESP32): the CPU exception in brackets names the fault.
    match: /Guru Meditation Error: Core\s{1,2}(?<core>\d) panic'ed \((?<cause>[A-Za-z][\w ]{0,60}?)\)(?:\. Exception was unhandled\.)?(?:[\s\S]{0,4000}?\bEXCVADDR: (?<address>0x[0-9a-fA-F]{8}))?/,
    errorType: (c) => c.cause ?? 'Guru Meditation Error',
    category: 'memory',
    priority: 8,
    summary: (c) => `The ESP32 stopped on a CPU exception (${c.cause ?? 'panic'}) on core ${c.core ?? '?'} and rebooted.`,
    explanation: (c) =>
      `The Xtensa CPU raised ${c.cause ?? 'an exception'} and ESP-IDF's panic handler printed the register dump and backtrace. ` +
      (c.cause === 'LoadProhibited' || c.cause === 'StoreProhibited'
        ? `${c.cause === 'LoadProhibited' ? 'A read' : 'A write'} went to an address no memory is mapped at${c.address ? ` (EXCVADDR ${c.address}${/^0x0{4}/.test(c.address) ? ': close to zero, so a NULL pointer or a member of a NULL object' : ''})` : ''}.`
        : 'The backtrace addresses point at the code that was running.'),
    causes: (c) => [
      c.cause === 'LoadProhibited' || c.cause === 'StoreProhibited' ? 'A NULL or uninitialised pointer dereferenced' : 'An invalid instruction or a corrupted function pointer',
      'A stack overflow in a FreeRTOS task (its stack size too small for its locals)',
      'Memory used after it was freed, or a buffer written past its end',
    ],
    fixes: (c) => [
      fix(
        'Decode the backtrace',
        [
          'Paste the "Backtrace:" line into the ESP Exception Decoder (Arduino IDE, PlatformIO monitor filter esp32_exception_decoder) or run addr2line on your firmware ELF',
          `The first frame in your code is where the ${c.cause ?? 'fault'} happened; check the pointers used there`,
        ],
        'xtensa-esp32-elf-addr2line -pfiaC -e build/firmware.elf 0x400d99b8:0x3ffb1e30',
      ),
    ],
    references: [ref('ESP-IDF: Fatal errors (Guru Meditation)', 'https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-guides/fatal-errors.html')],
    samples: ["Guru Meditation Error: Core  0 panic'ed (LoadProhibited). Exception was unhandled.\nCore 0 register dump:\nPC      : 0x400d1f4a  PS      : 0x00060330\nEXCVADDR: 0x00000000  LBEG    : 0x400014fd\n\nBacktrace: 0x400d1f4a:0x3ffb5a40 0x400d2b1d:0x3ffb5a60\n0x400d1f4a: sensor_read at /home/dev/esp/weather/main/sensor.c:58\n0x400d2b1d: app_main at /home/dev/esp/weather/main/main.c:21"],
  },
  {
    id: 'cpp.opencv-error',
    language: 'cpp',
    // OpenCV's CV_Error/CV_Assert report (cv::Exception), as its error handler prints it before
    // the exception reaches terminate: "OpenCV(4.5.2) Error: Assertion failed (m.dims >= 2) in Mat, file …, line 751".
    match: /\bOpenCV(?:\(\d[\w.-]{0,20}\))? Error: (?<what>[A-Z][^\n(]{0,80}?) \((?<condition>[^\n]{0,300}?)\) in (?<func>[\w:~<>]{1,200}), file (?<file>[^\n,]{1,400}), line (?<line>\d{1,7})/,
    errorType: 'cv::Exception',
    category: 'runtime',
    priority: 9,
    summary: (c) => `OpenCV raised cv::Exception: ${c.what ?? 'an error'} (${c.condition ?? ''}) in ${c.func ?? 'a function'}.`,
    explanation: (c) =>
      `An OpenCV function checked its arguments and threw cv::Exception: ${c.func ?? 'it'} requires ${c.condition ?? 'a condition'} (${c.file ?? 'OpenCV'} line ${c.line ?? '?'}). ` +
      'The check is about the Mat (or value) you passed in: its size, depth, type or number of channels, or an image that was never loaded.',
    causes: (c) => [
      /empty|dims|size|total/i.test(c.condition ?? '') ? 'An empty Mat: imread failed (wrong path) or a frame was not captured' : `A Mat whose size, depth or type ${c.func ?? 'the function'} does not accept`,
      'Two inputs of different sizes or types where the function needs them equal',
      'An ROI or index outside the image',
    ],
    fixes: (c) => [
      fix(
        `Check what you pass to ${c.func ?? 'the function'}`,
        ['Check the Mat right before the call: empty(), size(), type() and channels()', 'After imread or a capture, stop when the Mat is empty', 'Catch cv::Exception around the call to report which input was wrong'],
        `cv::Mat img = cv::imread(path);\nif (img.empty()) { std::cerr << "cannot read " << path << "\\n"; return 1; }\ntry {\n  ${c.func ?? 'cv::resize'}(/* … */);\n} catch (const cv::Exception& e) {\n  std::cerr << e.what() << "\\n";\n}`,
      ),
    ],
    references: [ref('OpenCV: cv::Exception', 'https://docs.opencv.org/4.x/d1/dee/classcv_1_1Exception.html')],
    samples: [
      'OpenCV(4.5.2) Error: Assertion failed (m.dims >= 2) in Mat, file C:\\opencv\\modules\\core\\src\\matrix.cpp, line 751',
      'OpenCV Error: Assertion failed (ssize.width > 0 && ssize.height > 0) in resize, file /build/opencv/modules/imgproc/src/imgwarp.cpp, line 3483',
    ],
  },
  {
    id: 'c.unrecognized-option',
    language: 'c',
    // Not gcc's warning about an unknown -Wno-… option, which it prints only beside other errors.
    match: new RegExp(String.raw`(?:(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+|cc1|cc1plus)(?:-\d{1,3})?(?:\.exe)?: )?(?:error: )?(?<!warning: )(?:unrecognized command[- ]line option|(?<clangWording>unknown argument):?|unsupported option|unrecognized option) ${QO}?(?<option>-[\w=+.,/-]{1,100})${QC}?`),
    requires: /unrecognized command[- ]line option|unknown argument|unsupported option|unrecognized option/,
    errorType: (c) => (c.clangWording ? 'unknown argument' : 'unrecognized command-line option'),
    category: 'build',
    priority: 11,
    summary: (c) => `The compiler does not know the option ${c.option}.`,
    explanation: (c) => `${c.option} is not supported by this compiler or version: it is too old (e.g. -std=c++20 needs GCC 10+/Clang 10+), it is an option of another compiler (GCC-only flags passed to clang or MSVC), or a flag for another CPU architecture (-mavx2 on ARM, -m64 on a 32-bit toolchain).`,
    causes: ['Compiler too old for the flag', 'Flag of another compiler (gcc vs clang vs MSVC)', 'Flag for another architecture (x86 flags on ARM/Apple Silicon)'],
    fixes: (c) => [fix(`Remove ${c.option} or use a compiler that knows it`, [`Check the compiler version (gcc --version / clang --version) and where ${c.option} comes from (CFLAGS/CXXFLAGS, CMakeLists.txt, setup.py, binding.gyp); upgrade the compiler or drop/guard the flag.`], `grep -rn -- '${c.option}' CMakeLists.txt Makefile setup.py binding.gyp 2>/dev/null`)],
    references: [ref('GCC: Option Summary', 'https://gcc.gnu.org/onlinedocs/gcc/Option-Summary.html'), ref('Clang command line argument reference', 'https://clang.llvm.org/docs/ClangCommandLineReference.html')],
    samples: ["gcc: error: unrecognized command-line option '-mavx512f'", "clang: error: unsupported option '-fopenmp'"],
  },
  {
    id: 'c.driver-input',
    language: 'c',
    // The compiler driver's own errors about its command line: a source file it was given that does
    // not exist (not a header: "gcc: error: main.c: No such file or directory", clang's "no such file
    // or directory: 'main.c'"), no source at all, or its compiler proper killed (out of memory).
    match: new RegExp(
      String.raw`(?:^|[\s/\\])(?<driver>(?:[\w.-]{1,60}-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+))(?:-\d{1,3}(?:\.\d{1,3})?)?(?:\.exe)?: (?:fatal )?error: (?:(?<input>[^\s:'‘]{1,300}): [Nn]o such file or directory|no such file or directory: ${QO}(?<input2>${QN}{1,300})${QC}|(?<noInput>no input files)|(?<killed>Killed signal terminated program) (?<program>[\w.+-]{1,40}))`,
      'm',
    ),
    requires: /[Nn]o such file or directory|no input files|Killed signal terminated program/,
    errorType: (c) => (c.noInput ? 'no input files' : c.killed ? 'Killed signal terminated program' : 'No such file or directory'),
    category: 'build',
    priority: 13,
    summary: (c) =>
      c.killed
        ? `${c.driver}'s compiler proper (${c.program}) was killed, most often by the out-of-memory killer.`
        : c.noInput
          ? `${c.driver} was run without a source file.`
          : `${c.driver} cannot find the source file ${c.input ?? c.input2} it was asked to compile.`,
    explanation: (c) =>
      c.killed
        ? `The driver runs ${c.program} for each source file; the operating system killed it (SIGKILL), almost always because the machine ran out of memory: heavy templates, -O2/-O3 with LTO, or too many parallel jobs (make -j, ninja) on a small VM, container or CI runner.`
        : c.noInput
          ? `${c.driver} got options but no file to compile or link: a variable that should hold the source list expanded to nothing, a wildcard matched no file, or the file name was swallowed by an option that takes an argument (-o main.c).`
          : `This is the driver's message about a file on its command line, not an #include: ${c.input ?? c.input2} does not exist relative to the directory the command runs in. The path is misspelled, the build runs from another directory, or the file was generated by a step that did not run.`,
    causes: (c) =>
      c.killed
        ? ['Not enough memory for the parallel compile jobs', 'A translation unit heavy on templates or constexpr evaluation', 'LTO or -O3 on a small CI runner or container']
        : c.noInput
          ? ['An empty variable where the sources should be (make, shell script)', 'A wildcard matching no file', 'The source file taken as the argument of an option']
          : ['Typo in the file name or path', 'The command runs from another directory than expected', 'A generated source file that was never produced'],
    fixes: (c) =>
      c.killed
        ? [fix(`Give ${c.program} more memory`, [`Run fewer jobs in parallel (make -j2, ninja -j2, cmake --build . -j 2) so each ${c.program} has more memory, or add swap / a bigger runner; check dmesg for the OOM killer's line.`], 'cmake --build build -j 2\n# or\nmake -j2')]
        : c.noInput
          ? [fix(`Pass the source files to ${c.driver}`, [`Print the full command line (make V=1, ninja -v) and check that the sources are on it after the options.`], `${c.driver} -Wall -o app main.c util.c`)]
          : [fix(`Point ${c.driver} at ${c.input ?? c.input2}`, [`Check that ${c.input ?? c.input2} exists relative to the directory the command runs in (pwd; ls), fix the path in the Makefile, CMakeLists.txt or command, or generate the file first.`], `ls -l ${c.input ?? c.input2}`)],
    references: [ref('GCC: Overall Options', 'https://gcc.gnu.org/onlinedocs/gcc/Overall-Options.html')],
    samples: ['gcc: error: main.c: No such file or directory\ngcc: fatal error: no input files\ncompilation terminated.', "clang: error: no such file or directory: 'src/app.c'", 'gcc: fatal error: no input files\ncompilation terminated.'],
  },
  {
    id: 'c.ld-output-file',
    language: 'c',
    // GNU ld's failures on the files it writes or the C runtime objects it needs.
    match: /(?:^|[\s/\\])(?:[\w.-]{1,60}-)?ld(?:\.bfd|\.gold)?(?:\.exe)?: (?:(?<cannotOpen>cannot open output file) (?<output>[^\n:]{1,300}?): (?<reason>[^\n]{1,120})|cannot find (?<crt>(?:[SMg]?crt1|crti|crtn|crtbegin\w{0,2}|crtend\w{0,2}|crt0)\.o)\b)/m,
    requires: /cannot open output file|cannot find [\w]{0,12}crt/,
    errorType: (c) => (c.cannotOpen ? 'cannot open output file' : `cannot find ${c.crt}`),
    category: 'build',
    priority: 12,
    summary: (c) => (c.cannotOpen ? `The linker cannot write ${c.output}: ${c.reason}.` : `The linker cannot find the C runtime object ${c.crt}.`),
    explanation: (c) =>
      c.cannotOpen
        ? `ld creates the output file anew on every link. It failed (${c.reason}): on Windows the program is usually still running (an open .exe cannot be replaced), otherwise the directory is not writable or the disk is full.`
        : `${c.crt} is part of the C library's development files (glibc's libc6-dev, musl-dev, a cross toolchain's sysroot); the linker adds it to every program. It is missing when those files are not installed, when --sysroot or a cross compiler points at the wrong directory, or when -m32 is used without the 32-bit libraries.`,
    causes: (c) =>
      c.cannotOpen
        ? ['The program is still running (Windows locks a running .exe)', 'No write permission in the output directory', 'Antivirus holding the new file']
        : ['The C library development package is not installed', 'A cross compiler or --sysroot pointing at an incomplete sysroot', '-m32 without the 32-bit C library (gcc-multilib)'],
    fixes: (c) =>
      c.cannotOpen
        ? [fix(`Free ${c.output} and link again`, [`Close the running program (or stop the debugger) that holds ${c.output}, check that its directory is writable, then build again.`], 'taskkill /IM app.exe /F   # Windows\nls -ld build/')]
        : [fix(`Install the files that provide ${c.crt}`, [`Install the C library's development files for the target (libc6-dev, musl-dev, gcc-multilib for -m32), or point --sysroot at a complete sysroot.`], 'sudo apt-get install -y libc6-dev   # gcc-multilib for -m32')],
    references: [ref('GNU ld manual', 'https://sourceware.org/binutils/docs/ld/')],
    samples: ['C:/msys64/mingw64/bin/ld.exe: cannot open output file app.exe: Permission denied\ncollect2.exe: error: ld returned 1 exit status', '/usr/bin/ld: cannot find crt1.o: No such file or directory\n/usr/bin/ld: cannot find crti.o: No such file or directory'],
  },
  {
    id: 'c.msvc-runtime-check',
    language: 'c',
    // The MSVC debug runtime's /RTC checks: #2 a write past a local variable (its guard bytes
    // changed), #3 a local read before it was assigned; #1 a call through a mismatched function
    // pointer's calling convention.
    match: /Run-Time Check Failure #(?<check>[1-4]) - (?<message>[^\n]{1,300}?(?:(?:the )?variable '(?<variable>[^'\n]{1,200})'[^\n]{0,200})?)$/m,
    requires: /Run-Time Check Failure #/,
    errorType: (c) => `Run-Time Check Failure #${c.check}`,
    category: 'memory',
    priority: 12,
    summary: (c) => `MSVC's run-time check #${c.check} stopped the program: ${c.message}`,
    explanation: (c) =>
      c.check === '2'
        ? `The debug build (/RTC1, /RTCs) surrounds each local array and variable with guard bytes and checks them when the function returns; they changed, so the code wrote past ${c.variable ?? 'the variable'} - a buffer overrun on the stack (a string copy, a loop bound, sprintf, scanf("%s") into a short buffer).`
        : c.check === '3'
          ? `The debug build (/RTCu) found ${c.variable ?? 'a local variable'} read before any value was assigned to it on this path; a Release build would read whatever was on the stack.`
          : `The debug build's /RTC check #${c.check} failed: ${c.message}. #1 means the stack pointer differed after a call, usually a function pointer or DLL import called with the wrong calling convention or signature.`,
    causes: (c) =>
      c.check === '2'
        ? ['A write past the end of a local array (off-by-one, strcpy/sprintf/scanf into a short buffer)', 'A struct or array passed to a function that writes more than its size']
        : c.check === '3'
          ? ['A local variable assigned only in some branches', 'An out-parameter the called function did not write']
          : ['A function pointer cast to another signature or calling convention (__cdecl vs __stdcall)', 'A DLL function declared with another signature than it has'],
    fixes: (c) => [
      fix(
        c.check === '2' ? `Keep the writes inside ${c.variable ?? 'the variable'}` : c.check === '3' ? `Initialise ${c.variable ?? 'the variable'}` : 'Call the function with its real signature',
        [
          c.check === '2'
            ? `Look at every write to ${c.variable ?? 'the variable'} in the function (loops, copies, sprintf); bound them by its size (sizeof, _countof), or use strcpy_s/snprintf. Build with /fsanitize=address to stop at the bad write.`
            : c.check === '3'
              ? `Give ${c.variable ?? 'the variable'} a value where it is declared, or assign it on every path before it is read.`
              : 'Declare the function pointer or import with exactly the function\'s calling convention and parameters, instead of casting it.',
        ],
        c.check === '2' ? `snprintf(${c.variable ?? 'buf'}, sizeof(${c.variable ?? 'buf'}), "%s", src);` : c.check === '3' ? `int ${c.variable ?? 'x'} = 0;` : null,
      ),
    ],
    references: [ref('MSVC: /RTC (Run-time error checks)', 'https://learn.microsoft.com/en-us/cpp/build/reference/rtc-run-time-error-checks')],
    samples: ["Run-Time Check Failure #2 - Stack around the variable 'buf' was corrupted.", "Run-Time Check Failure #3 - The variable 'x' is being used without being initialized."],
  },
  {
    id: 'c.make-no-rule',
    language: 'c',
    match: new RegExp(String.raw`No rule to make target ${QO}(?<target>${QN}{1,300})${QC}(?:, needed by ${QO}(?<by>${QN}{1,300})${QC})?`),
    errorType: 'No rule to make target',
    category: 'build',
    priority: 11,
    summary: (c) => `make does not know how to build ${c.target}${c.by ? ` (needed by ${c.by})` : ''}.`,
    explanation: (c) => `${c.target} is listed as a prerequisite but does not exist and no rule creates it: the file was moved, renamed or deleted (stale dependency files .d), a git submodule is missing, or the Makefile was generated for another checkout.`,
    causes: ['File renamed or deleted but still listed (stale .d dependency files)', 'Git submodule or generated file missing', 'Build directory configured for another source tree'],
    fixes: (c) => [fix(`Restore ${c.target} or clean the build`, [`Check that ${c.target} exists; run git submodule update --init --recursive, then make clean (or delete the build directory) and configure again.`], 'git submodule update --init --recursive\nmake clean && make')],
    references: [ref('GNU make manual: Rules', 'https://www.gnu.org/software/make/manual/make.html#Rules')],
    samples: ["make: *** No rule to make target 'src/util.c', needed by 'build/util.o'.  Stop."],
  },
  {
    id: 'c.configure-no-compiler',
    language: 'c',
    match: /configure: error: (?<what>C(?:\+\+)? compiler cannot create executables|no acceptable C compiler found in \$PATH)/,
    errorType: (c) => (/cannot create executables/.test(c.what ?? '') ? 'C compiler cannot create executables' : 'no acceptable C compiler found'),
    category: 'configuration',
    priority: 12,
    summary: (c) => `The configure script stopped: ${c.what}.`,
    explanation: 'configure compiles a tiny test program first. Either no compiler is installed, or it is installed but cannot build a program (missing libc development files, a bad CFLAGS/LDFLAGS value, or a broken cross-compiler). config.log shows the exact failing command.',
    causes: ['No compiler installed (build-essential / Xcode Command Line Tools)', 'Invalid CFLAGS/LDFLAGS/CC in the environment', 'Missing libc headers or crt files'],
    fixes: [fix('Install a working toolchain and read config.log', ['Install build-essential (Debian/Ubuntu), gcc (Fedora/Alpine: build-base) or xcode-select --install; then search config.log for the first error.'], 'sudo apt-get install -y build-essential\ngrep -n "error" config.log | head')],
    references: [ref('Autoconf manual', 'https://www.gnu.org/software/autoconf/manual/autoconf.html')],
    samples: ['checking whether the C compiler works... no\nconfigure: error: in `/src/zlib\':\nconfigure: error: C compiler cannot create executables\nSee `config.log\' for more details'],
  },
  {
    id: 'cpp.cmake-error',
    language: 'cpp',
    // Any other "CMake Error at file:line (command):" - its first message line names the problem.
    match: /CMake Error(?: at (?<file>[^\s:()]{1,300}):(?<line>\d{1,7}) \((?<command>\w{1,60})\))?:\s{0,10}(?<message>[^\n]{1,300})/,
    errorType: (c) => (/^Unknown CMake command/.test(c.message ?? '') ? 'Unknown CMake command' : phraseOf(c.message) === 'compile error' ? 'CMake Error' : phraseOf(c.message)),
    category: 'configuration',
    priority: 3,
    summary: (c) => `CMake stopped${c.command ? ` in ${c.command}() at ${c.file}:${c.line}` : ''}: ${(c.message ?? '').trim()}`,
    explanation: (c) => `Configuration failed, so no build files were generated.${/^Unknown CMake command/.test(c.message ?? '') ? ' The command is defined by a module or package that was not included/found first (e.g. qt_add_executable needs find_package(Qt6), pkg_check_modules needs include(FindPkgConfig)), or it needs a newer CMake.' : ' The lines under the error explain it; fix the first CMake Error of the log, the following ones are often consequences.'}`,
    causes: ['Missing package or module before its commands are used', 'CMake too old for the project', 'Wrong cache values or paths (delete CMakeCache.txt)'],
    fixes: (c) => [fix(c.file ? `Fix ${c.command ?? 'the call'} at ${c.file}:${c.line}` : 'Fix the first CMake Error', [`Read the message under "CMake Error"${c.command ? ` for ${c.command}()` : ''}; fix the first one, then delete the build directory (stale CMakeCache.txt) and configure again.`], 'rm -rf build && cmake -S . -B build')],
    references: [ref('CMake documentation', 'https://cmake.org/cmake/help/latest/'), ref('CMake: cmake-language(7)', 'https://cmake.org/cmake/help/latest/manual/cmake-language.7.html')],
    samples: ['CMake Error at CMakeLists.txt:20 (qt_add_executable):\n  Unknown CMake command "qt_add_executable".'],
  },
];

// ---------------------------------------------------------------- MSVC (cl.exe and link.exe)
//
// cl.exe prints "file(line[,col]): error C2065: message"; link.exe "obj : error LNK2019:
// message". The code survives every UI language ("error C2065: “x”: 未声明的标识符"), and
// Visual Studio's Error List pastes as columns ("Error  C2039  'x': is not a member of …"
// / "错误  C2039 …" / "오류  26  error C2061 …"). A few messages also come without their code
// (a console line wrapped in the middle of "error", a message copied alone), recognised by
// their localised wording; a paste wrapped between "error" and its code still has the code.
// C when the reported file is a .c file, C++ otherwise.

interface MsvcCode {
  /** What the code means, short. */
  meaning: string;
  explanation: string;
  causes: string[];
  /** The concrete step for this code; `name` is the first quoted name of the message. */
  step: (name: string) => string;
  code?: (name: string) => string;
}

const MSVC_CODES: Record<string, MsvcCode> = {
  C1083: {
    meaning: 'cannot open include file',
    explanation: 'The preprocessor searched the include directories and did not find this file. Its library is not installed, the include directory is not in "Additional Include Directories" (or target_include_directories / INCLUDE), the name is misspelled, or the file is generated by a step that did not run (ui_*.h from Qt uic, *.pb.h from protoc, version.h).',
    causes: ['Library or SDK not installed (vcpkg/conan package, Windows SDK, DirectX SDK...)', 'Include directory not configured for this project/configuration/platform', 'Generated header not produced yet (Qt uic/moc, protobuf, configure step)', 'Typo or wrong relative path'],
    step: (n) => `Find where ${n} lives (or which package provides it: vcpkg search, the library's docs) and add its directory to the include path: Project Properties > C/C++ > General > Additional Include Directories, or target_include_directories in CMake.`,
    code: (n) => `# CMake\ntarget_include_directories(app PRIVATE path/to/dir/containing)\n# vcpkg (manifest mode installs what vcpkg.json lists)\nvcpkg install <package providing ${n}>`,
  },
  C1189: { meaning: '#error directive', explanation: 'A header stopped the compilation with #error: a configuration check failed (wrong platform, a missing define, an unsupported compiler or C++ standard, including headers in the wrong order such as winsock.h before winsock2.h).', causes: ['Unsupported compiler/platform/architecture for the library', 'A required macro (e.g. _WIN32_WINNT, UNICODE) or /std: level not set', 'Headers included in the wrong order'], step: (n) => `Read the text after #error${n ? ` (${n})` : ''}: it names the condition; set the define or language standard it asks for.` },
  C1004: { meaning: 'unexpected end-of-file found', explanation: 'The file ended inside a construct: a missing closing brace, parenthesis or #endif, or an unterminated comment.', causes: ['Missing } or )', 'Missing #endif', 'Unterminated /* comment'], step: () => 'Check the braces and #if/#endif pairs of the reported file and of the headers it includes last.' },
  C1010: { meaning: 'unexpected end of file while looking for precompiled header', explanation: 'The project uses precompiled headers (/Yu) but this source file does not include the precompiled header (pch.h / stdafx.h) as its first include.', causes: ['#include "pch.h" missing or not first', 'File added to a project that uses precompiled headers'], step: () => 'Add #include "pch.h" (or "stdafx.h") as the first line, or set this file to "Not Using Precompiled Headers" (C/C++ > Precompiled Headers).', code: () => '#include "pch.h"   // must be the first include' },
  C1001: { meaning: 'internal compiler error', explanation: 'The compiler itself crashed on this code. It is a compiler bug, not an error in your code, though unusual constructs trigger it.', causes: ['Compiler bug, often with templates, constexpr or optimisation'], step: () => 'Update Visual Studio; if it persists, simplify or rewrite the reported construct, or lower the optimisation level for this file.' },
  C1060: { meaning: 'compiler is out of heap space', explanation: 'cl.exe ran out of memory, typically with heavy templates, large generated files or many parallel compilations.', causes: ['Huge translation units or template instantiations', 'Too many parallel compiler processes (/MP)'], step: () => 'Use the 64-bit toolset (PreferredToolArchitecture=x64), reduce /MP parallelism, or split the file.' },
  C1128: { meaning: 'number of sections exceeded object file format limit', explanation: 'The object file has more sections than the default COFF format allows (large template-heavy files).', causes: ['Very large, template-heavy source file'], step: () => 'Compile with /bigobj (CMake: target_compile_options(app PRIVATE /bigobj)).', code: () => 'target_compile_options(app PRIVATE /bigobj)' },
  C1041: { meaning: 'cannot open program database', explanation: 'Several cl.exe processes write the same .pdb file.', causes: ['Parallel builds sharing one PDB'], step: () => 'Add /FS, or give each target its own PDB.' },
  C2001: { meaning: 'newline in constant', explanation: 'A string or character literal is not closed on its line - or the source file\'s encoding (UTF-8 without BOM read as the local code page) broke a non-ASCII literal.', causes: ['Missing closing quote', 'UTF-8 source without /utf-8'], step: () => 'Close the literal, or compile with /utf-8 when the file contains non-ASCII text.' },
  C2011: { meaning: 'type redefinition', explanation: 'The same class/struct/enum is defined twice in one translation unit - usually a header without include guards included twice, or two headers defining the same type (winsock.h and winsock2.h).', causes: ['Header without #pragma once / include guards', 'Two libraries defining the same type'], step: (n) => `Add #pragma once to the header defining ${n || 'the type'}, or remove the duplicate definition.`, code: () => '#pragma once' },
  C2027: { meaning: 'use of undefined type', explanation: 'The type is only forward-declared here, but the code needs its full definition (its size, members or methods).', causes: ['Only a forward declaration is visible', 'Circular includes between headers'], step: (n) => `Include the header that defines ${n || 'the type'} in the .cpp where its members are used.` },
  C2039: { meaning: 'is not a member of', explanation: 'The class, struct or namespace has no member with this name: it is misspelled, was removed/renamed in this version of the library, is declared in another namespace, or the header that declares it is not included.', causes: ['Typo or wrong class/namespace', 'Library version without that member', 'Missing #include (a std:: name not declared by the included headers)', 'Circular includes leaving the class incomplete'], step: (n) => `Check the declaration of the class or namespace for ${n || 'the member'}: fix the spelling, include the header that declares it, or use the API of the library version you have.` },
  C2059: { meaning: 'syntax error', explanation: 'The parser met an unexpected token. Often the real error is just before it: a missing semicolon, an undefined macro or type, or C++ syntax compiled as C.', causes: ['Missing ; or brace above', 'Unknown type or macro', 'C++ or newer C syntax in a file compiled as C'], step: (n) => `Look at the reported line and the one before it${n ? ` around '${n}'` : ''}.` },
  C2061: { meaning: 'syntax error: identifier', explanation: 'An identifier appears where the compiler expected a type, but no such type is declared at that point: a missing #include, a circular include, a type in another namespace, or a typo.', causes: ['The type\'s header not included (or included after use)', 'Circular includes between headers', 'Missing namespace qualification'], step: (n) => `Make the type ${n || ''} visible before this line: include its header, forward-declare it (class ${n || 'X'};) or qualify its namespace.` },
  C2062: { meaning: 'type unexpected', explanation: 'A type name appears where it is not allowed, usually because something before it is malformed.', causes: ['Missing comma or parenthesis', 'Macro expanding to something unexpected'], step: () => 'Check the reported line and the previous one for missing punctuation.' },
  C2065: { meaning: 'undeclared identifier', explanation: 'The name is used but no declaration is visible here: it is misspelled, declared later or in another scope, needs a namespace (std::), or comes from a header that is not included (or excluded by #ifdef).', causes: ['Typo', 'Missing #include or namespace', 'Declared after use or in an inner scope', 'Declaration excluded by a preprocessor condition'], step: (n) => `Declare ${n || 'the name'} before this use, or include the header that declares it (and qualify its namespace).` },
  C2071: { meaning: 'illegal storage class', explanation: 'A storage class (static, extern, register) is used where it is not allowed.', causes: ['static/extern on a member or parameter'], step: () => 'Remove the storage class from the declaration.' },
  C2078: { meaning: 'too many initializers', explanation: 'The initializer list has more elements than the array or aggregate.', causes: ['Array size too small', 'Wrong struct'], step: () => 'Enlarge the array or remove the extra initializers.' },
  C2079: { meaning: 'uses undefined class/struct', explanation: 'A variable of a class type is declared, but only a forward declaration of that class is visible.', causes: ['Missing #include of the class definition'], step: (n) => `Include the header that defines ${n || 'the class'}.` },
  C2084: { meaning: 'function already has a body', explanation: 'The same function is defined twice in one translation unit, often a function defined in a header without inline, or a header included twice without guards.', causes: ['Function body in a header without inline', 'Missing include guards'], step: (n) => `Keep one definition of ${n || 'the function'} (mark header definitions inline, add #pragma once).` },
  C2086: { meaning: 'redefinition', explanation: 'The same variable is defined twice in one scope.', causes: ['Duplicate declaration', 'Header without include guards'], step: (n) => `Remove the second definition of ${n || 'the variable'}.` },
  C2099: { meaning: 'initializer is not a constant', explanation: 'In C, static and global variables must be initialised with constant expressions.', causes: ['Function call or variable used to initialise a global in C'], step: () => 'Initialise the global at run time (in main or an init function), or use a constant expression.' },
  C2100: { meaning: 'illegal indirection', explanation: 'The * operator is applied to something that is not a pointer.', causes: ['Dereferencing a non-pointer value'], step: () => 'Remove the * or declare the variable as a pointer.' },
  C2102: { meaning: "'&' requires l-value", explanation: 'The address of a temporary or literal is taken.', causes: ['&function_call() or &literal'], step: () => 'Store the value in a variable first and take the address of that variable.' },
  C2106: { meaning: 'left operand must be l-value', explanation: 'The left side of an assignment is not something that can be assigned: a constant, a function result or an array.', causes: ['Assigning to a function call result or constant', '= instead of == in a comparison'], step: () => 'Assign to a variable, or use == for comparison.' },
  C2143: { meaning: "syntax error: missing token", explanation: 'The parser expected a token (often ;) before this point. Frequently the real cause is an unknown type name on this line (a missing #include), or a missing ; after a class definition in a header.', causes: ['Missing ; (also after a class/struct definition)', 'Unknown type because of a missing #include', 'Macro conflict'], step: (n) => `Check the line before${n ? ` '${n}'` : ''} and make sure every type used on this line is declared.` },
  C2146: { meaning: "syntax error: missing ';' before identifier", explanation: 'Usually the word before the identifier is meant as a type but is not declared (a missing #include or a platform-specific type such as u_int8_t, ssize_t), so the compiler reads two names in a row.', causes: ['Unknown type name (missing #include, non-Windows type)', 'Missing ; on the previous line'], step: (n) => `Declare or include the type written before ${n || 'the identifier'} (on Windows use standard types such as uint8_t from <cstdint>).` },
  C2182: { meaning: "illegal use of type 'void'", explanation: 'A variable or parameter is declared with type void.', causes: ['void variable', 'Missing * in a void pointer'], step: () => 'Use void* or a real type.' },
  C2197: { meaning: 'too many arguments for call', explanation: 'The function is called with more arguments than it declares.', causes: ['Wrong function or outdated call'], step: (n) => `Compare the call with the declaration of ${n || 'the function'}.` },
  C2198: { meaning: 'too few arguments for call', explanation: 'The function is called with fewer arguments than it declares.', causes: ['Wrong function or outdated call'], step: (n) => `Compare the call with the declaration of ${n || 'the function'}.` },
  C2220: { meaning: 'warning treated as error', explanation: 'The build uses /WX, so the warning reported with this message stops the build.', causes: ['A warning in a build with /WX (warnings as errors)'], step: () => 'Fix the warning printed just before, or (for third-party code) lower the warning level / remove /WX for that target.' },
  C2224: { meaning: "left of '.member' must have struct/union type", explanation: 'The . operator is used on something that is not a struct/union (often a pointer, which needs ->).', causes: ['. used on a pointer'], step: () => 'Use -> for pointers.' },
  C2227: { meaning: "left of '->member' must point to class/struct/union", explanation: 'The -> operator is used on something that is not a pointer to a class, often because the type is undeclared or incomplete.', causes: ['Variable not a pointer', 'Type undeclared because of an earlier error'], step: () => 'Fix the first error above; use . for objects and -> for pointers.' },
  C2228: { meaning: "left of '.member' must have class/struct/union", explanation: 'The . operator is used on a non-class value, often a pointer or a type that failed to declare earlier.', causes: ['. used on a pointer', 'Earlier error left the type unknown'], step: () => 'Use -> for pointers; fix earlier errors first.' },
  C2238: { meaning: "unexpected token(s) preceding ';'", explanation: 'A member declaration is malformed, usually because its type is unknown at that point.', causes: ['Unknown type in a class member (missing #include)'], step: () => 'Include the header that declares the member\'s type.' },
  C2248: { meaning: 'cannot access private/protected member', explanation: 'Code outside the class uses a private or protected member (a copy constructor or assignment made private/deleted counts too).', causes: ['Member is private/protected', 'Copying a non-copyable class'], step: (n) => `Use the public interface instead of ${n || 'the member'}, or move the object instead of copying it.` },
  C2259: { meaning: 'cannot instantiate abstract class', explanation: 'The class still has pure virtual functions that are not overridden (or are overridden with a different signature), so no objects of it can be created.', causes: ['A pure virtual function not implemented', 'Signature mismatch (const, parameter types) in the override'], step: (n) => `Implement every pure virtual function in ${n || 'the class'} with the exact signature (mark them override to let the compiler check).` },
  C2275: { meaning: 'illegal use of this type as an expression', explanation: 'A type name is used where a value is expected - in old C (C89) also a declaration after a statement.', causes: ['Type used as a value', 'C89: declarations must come first in a block'], step: () => 'Create a value of the type, or move declarations to the start of the block (or compile as C99+).' },
  C2280: { meaning: 'attempting to reference a deleted function', explanation: 'The code copies (or default-constructs) an object whose copy constructor/assignment is deleted - typically a class holding a std::unique_ptr, std::mutex or std::thread.', causes: ['Copying a move-only object (unique_ptr, mutex, thread, stream)', 'Container element type not copyable'], step: () => 'Move the object with std::move, or pass it by reference.', code: () => 'items.push_back(std::move(item));' },
  C2338: { meaning: 'static_assert failed', explanation: 'A static_assert in the code or a library failed: the message says which compile-time requirement is not met.', causes: ['A template used with a type it does not support', 'Wrong configuration macros or C++ standard'], step: () => 'Read the static_assert message and the "see reference to ... being compiled" notes to find your call site.' },
  C2360: { meaning: 'initialization is skipped by case label', explanation: 'A variable initialised in one case of a switch is still in scope in the next case.', causes: ['Variable declared inside a case without braces'], step: () => 'Put the case body in braces { }.' },
  C2365: { meaning: 'redefinition; previous definition was different', explanation: 'A name is declared as two different kinds of things (e.g. a function and a variable).', causes: ['Name clash with another declaration or macro'], step: (n) => `Rename one of the declarations of ${n || 'the name'}.` },
  C2371: { meaning: 'redefinition; different basic types', explanation: 'The same name is declared with two different types, often because a function was used before its prototype (C) or two headers disagree.', causes: ['Function used before declaration in C', 'Conflicting declarations in two headers'], step: (n) => `Make all declarations of ${n || 'the name'} agree and declare it before use.` },
  C2375: { meaning: 'redefinition; different linkage', explanation: 'A function is declared with different linkage (dllimport/dllexport, extern "C") in two places.', causes: ['dllexport/dllimport macro not defined consistently'], step: () => 'Define the export macro consistently when building the library.' },
  C2385: { meaning: 'ambiguous access', explanation: 'The member exists in more than one base class.', causes: ['Multiple inheritance with the same member name'], step: () => 'Qualify the member with the base class name.' },
  C2398: { meaning: 'narrowing conversion in brace initialization', explanation: 'Brace initialisation does not allow narrowing conversions (double to int, int64 to int).', causes: ['{} initialiser with a wider type'], step: () => 'Use static_cast to the target type or a matching variable type.' },
  C2440: { meaning: 'cannot convert', explanation: 'No implicit conversion exists between the two types (pointer types, const-ness, string literal to char*, wide vs narrow strings, void* in C++).', causes: ['Wrong pointer type or const-ness', 'String literal to char* (/permissive-)', 'wchar_t vs char (UNICODE setting)'], step: () => 'Use the right type (const char*, std::string), or an explicit cast when the conversion is intended.' },
  C2446: { meaning: 'no conversion between operand types', explanation: 'The two operands of a comparison or conditional have unrelated types.', causes: ['Comparing unrelated pointer types'], step: () => 'Convert one operand explicitly.' },
  C2447: { meaning: "'{': missing function header", explanation: 'A block starts where no function header precedes it, usually a stray ; after the function header.', causes: ['Semicolon after the function header'], step: () => 'Remove the ; between the function header and its {.' },
  C2491: { meaning: 'definition of dllimport function not allowed', explanation: 'A function marked __declspec(dllimport) is defined in this project: the export macro is wrong while building the DLL.', causes: ['EXPORT macro not defined when building the library'], step: () => 'Define the library\'s BUILDING/EXPORTS macro when compiling the DLL itself.' },
  C2512: { meaning: 'no appropriate default constructor available', explanation: 'An object is created without arguments (or a member is not initialised in a constructor\'s initializer list), but the class has no default constructor.', causes: ['Class declares only constructors with parameters', 'Member without a default constructor not initialised in the initializer list'], step: (n) => `Add a default constructor to ${n || 'the class'}, or pass the constructor arguments (member initializer list).` },
  C2530: { meaning: 'references must be initialized', explanation: 'A reference variable is declared without being bound to an object.', causes: ['Reference declared without initialiser'], step: () => 'Initialise the reference, or use a pointer.' },
  C2561: { meaning: 'function must return a value', explanation: 'A non-void function has a return without value.', causes: ['return; in a non-void function'], step: () => 'Return a value of the declared type.' },
  C2562: { meaning: "'void' function returning a value", explanation: 'A void function returns a value.', causes: ['Wrong return type'], step: () => 'Change the return type or drop the value.' },
  C2589: { meaning: "illegal token on right side of '::'", explanation: 'Almost always std::min/std::max broken by the min/max macros of <windows.h>.', causes: ['windows.h defines min and max macros'], step: () => 'Define NOMINMAX before including <windows.h>, or write (std::max)(a, b).', code: () => '#define NOMINMAX\n#include <windows.h>' },
  C2593: { meaning: 'operator is ambiguous', explanation: 'Several operator overloads match equally well.', causes: ['Ambiguous implicit conversions'], step: () => 'Convert an operand explicitly.' },
  C2597: { meaning: 'illegal reference to non-static member', explanation: 'A non-static member is used from a static function or without an object.', causes: ['Member used in a static function'], step: () => 'Call it on an object, or make it static.' },
  C2601: { meaning: 'local function definitions are illegal', explanation: 'A function is defined inside another function: usually a missing } above.', causes: ['Missing closing brace'], step: () => 'Close the previous function with }.' },
  C2607: { meaning: 'static assertion failed', explanation: 'A static_assert failed: the message says which compile-time requirement is not met.', causes: ['Template used with an unsupported type', 'Configuration mismatch'], step: () => 'Read the static_assert message and the notes pointing to your call site.' },
  C2653: { meaning: 'is not a class or namespace name', explanation: 'The name before :: is not declared as a class or namespace here: missing include, typo or circular include.', causes: ['Missing #include', 'Typo', 'Circular include'], step: (n) => `Include the header declaring ${n || 'the class'} before this line.` },
  C2660: { meaning: 'function does not take N arguments', explanation: 'No overload of the function takes this many arguments - often an API that changed between library versions.', causes: ['Wrong number of arguments', 'Library version with a different signature'], step: (n) => `Compare the call with the declaration of ${n || 'the function'} (the note shows it).` },
  C2662: { meaning: "cannot convert 'this' pointer", explanation: 'A non-const member function is called on a const object.', causes: ['Missing const on the member function'], step: (n) => `Mark ${n || 'the member function'} const if it does not modify the object.` },
  C2664: { meaning: 'cannot convert argument', explanation: 'An argument cannot be converted to the parameter type. With Windows APIs the usual cause is the character set: the A (char) function receives a wide string (L"...", wchar_t) or the W function a narrow one.', causes: ['Wrong argument type', 'UNICODE/character-set mismatch with Windows A/W functions', 'const-ness or pointer level mismatch'], step: (n) => `Pass an argument of the parameter type ${n ? `expected by ${n}` : ''}: with Windows APIs use matching strings (L"..." with the W function, "..." with the A function) or the TCHAR macros.` },
  C2665: { meaning: 'no overloaded function could convert all the argument types', explanation: 'None of the overloads accepts all the argument types.', causes: ['Argument types match no overload'], step: (n) => `Read the list of overloads of ${n || 'the function'} in the notes and convert the arguments.` },
  C2668: { meaning: 'ambiguous call to overloaded function', explanation: 'Several overloads match equally well.', causes: ['Literal or implicit conversion matching several overloads'], step: (n) => `Cast the argument to the exact parameter type of the overload of ${n || 'the function'} you want.` },
  C2672: { meaning: 'no matching overloaded function found', explanation: 'No overload or template matches the arguments; the following notes say why each candidate was rejected.', causes: ['Template deduction failed', 'Wrong argument types'], step: (n) => `Read the notes under the error for ${n || 'the function'}: each rejected candidate is listed with the reason.` },
  C2676: { meaning: 'binary operator: type does not define this operator', explanation: 'The operator is used with a class type that does not overload it.', causes: ['Missing operator overload (==, <, <<)'], step: () => 'Define the operator for the type, or compare the members.' },
  C2677: { meaning: 'binary operator: no global operator found', explanation: 'No global operator takes these operand types.', causes: ['Missing operator overload'], step: () => 'Define the operator or convert the operands.' },
  C2678: { meaning: 'binary operator: no operator found for the left-hand operand', explanation: 'No operator takes the left operand\'s type - often a const object or std::set/std::map element without operator<.', causes: ['Missing operator overload or const-ness mismatch'], step: () => 'Declare the operator (const-correct) for the type.' },
  C2679: { meaning: 'binary operator: no operator found for the right-hand operand', explanation: 'No operator takes the right operand\'s type, for instance std::cout << with a type without operator<<, or std::string without #include <string>.', causes: ['Missing operator<< / operator=', 'Missing #include <string>'], step: () => 'Include <string> when streaming strings, or define the operator for your type.' },
  C2733: { meaning: 'second C linkage of overloaded function not allowed', explanation: 'Two extern "C" declarations of the same name differ.', causes: ['Conflicting declarations of a C function'], step: (n) => `Make the declarations of ${n || 'the function'} identical.` },
  C2760: { meaning: 'syntax error: unexpected token', explanation: 'Typically a dependent type without typename, or code that relies on non-conforming MSVC behaviour and fails with /permissive-.', causes: ['Missing typename/template keyword in templates', 'Code needing /permissive'], step: () => 'Add typename before dependent types, or update the library.' },
  C2838: { meaning: 'illegal qualified name in member declaration', explanation: 'A member declaration inside a class is qualified with the class name.', causes: ['Class::member inside the class'], step: () => 'Drop the qualification inside the class.' },
  C2872: { meaning: 'ambiguous symbol', explanation: 'The name is visible from two namespaces (often via using namespace std; and a Windows or library type such as byte).', causes: ['using namespace directives bringing in the same name'], step: (n) => `Qualify ${n || 'the name'} with its namespace, or remove the using namespace directive.` },
  C2923: { meaning: 'not a valid template type argument', explanation: 'The template argument is not a type here, usually because it is not declared.', causes: ['Undeclared type', 'Missing #include'], step: (n) => `Declare or include ${n || 'the type'} before the template use.` },
  C2955: { meaning: 'use of class template requires template argument list', explanation: 'A class template is used without its template arguments.', causes: ['Missing <T>'], step: () => 'Add the template arguments.' },
  C2995: { meaning: 'function template has already been defined', explanation: 'The template is defined twice: header without include guards or included in two ways.', causes: ['Missing #pragma once'], step: () => 'Add #pragma once to the header.' },
  C3083: { meaning: "symbol to the left of '::' must be a type", explanation: 'The name before :: is not a known type, usually a missing include.', causes: ['Missing #include'], step: (n) => `Include the header declaring ${n || 'the type'}.` },
  C3536: { meaning: 'cannot be used before it is initialized', explanation: 'An auto variable is used in its own initialiser, often after an earlier error.', causes: ['auto variable used in its initialiser', 'Earlier error'], step: () => 'Fix the first error; give the variable a type or a valid initialiser.' },
  C3646: { meaning: 'unknown override specifier', explanation: 'The compiler reads a member declaration whose type is unknown, so the name looks like an override specifier: the type\'s header is missing or includes are circular.', causes: ['Unknown type in a member declaration', 'Circular includes'], step: (n) => `Include or forward-declare the type used before ${n || 'the member'}.` },
  C3668: { meaning: "method with override specifier 'override' did not override any base class methods", explanation: 'The signature differs from every virtual function of the base classes.', causes: ['Different const-ness or parameter types than the base', 'Base function not virtual'], step: (n) => `Make the signature of ${n || 'the method'} match the base class exactly.` },
  C3861: { meaning: 'identifier not found', explanation: 'A function is called but no declaration is visible at this point (argument-dependent lookup found nothing either).', causes: ['Missing #include', 'Function declared after use', 'Typo or Windows/POSIX-only function'], step: (n) => `Declare or include ${n || 'the function'} before the call (on Windows, some POSIX functions have other names).` },
  C3867: { meaning: 'non-standard syntax; use & to create a pointer to member', explanation: 'A member function is named without calling it (missing parentheses) or without & when a pointer is meant.', causes: ['Missing () on a method call', 'Member function pointer without &Class::'], step: (n) => `Call ${n || 'the method'} with (), or take &Class::method.` },
  C4430: { meaning: 'missing type specifier - int assumed', explanation: 'A declaration has no type the compiler knows, usually because its type is undeclared (missing include or circular include).', causes: ['Unknown type name', 'Missing return type'], step: () => 'Include the header of the type used on this line.' },
  C4996: { meaning: 'deprecated or unsafe function', explanation: 'The function is marked deprecated: the Microsoft CRT deprecates strcpy, sprintf, fopen and others in favour of _s versions, or POSIX names (strdup) in favour of _strdup. SDL checks (/sdl) make it an error.', causes: ['CRT functions considered unsafe', 'POSIX names', 'Deprecated library APIs'], step: (n) => `Use the suggested replacement for ${n || 'the function'}, or define _CRT_SECURE_NO_WARNINGS for the project.`, code: () => '// Project properties > C/C++ > Preprocessor, or CMake:\nadd_compile_definitions(_CRT_SECURE_NO_WARNINGS)' },
};

const MSVC_LINK_CODES: Record<string, MsvcCode> = {
  LNK2019: { meaning: 'unresolved external symbol (referenced in a function)', explanation: 'A function or variable is declared and used, but none of the linked object files and libraries defines it. The library that implements it is not linked, the .cpp that defines it is not part of the project, the declaration and definition differ (signature, namespace, calling convention, extern "C"), or the library was built for another architecture/runtime.', causes: ['Library (.lib) not listed in Linker > Input > Additional Dependencies / target_link_libraries', 'Source file with the definition not in the project', 'Declaration and definition differ (const, namespace, extern "C", __stdcall)', 'Windows system library missing (ws2_32.lib, user32.lib, shlwapi.lib...)', '__imp_ prefix: the code expects a DLL import but links a static library (or vice versa)'], step: (s) => `Find which library or source file defines ${s} and add it to the link (Linker > Input > Additional Dependencies, target_link_libraries, or #pragma comment(lib, ...)).`, code: (s) => `# CMake\ntarget_link_libraries(app PRIVATE <library defining ${s}>)\n// or in one source file\n#pragma comment(lib, "library.lib")` },
  LNK2001: { meaning: 'unresolved external symbol', explanation: 'A symbol is referenced but defined by none of the linked objects and libraries. Same causes as LNK2019; here the reference is not from a function (a variable, a vtable, a .def export, or an object whose caller MSVC cannot name).', causes: ['Library not linked', 'Definition missing or different signature', 'Static data member declared but not defined', 'Export listed in a .def file without definition'], step: (s) => `Find which library or source file defines ${s} and add it to the link; for static class members add a definition in one .cpp.`, code: (s) => `# CMake\ntarget_link_libraries(app PRIVATE <library defining ${s}>)` },
  LNK2005: { meaning: 'symbol already defined', explanation: 'The same symbol is defined in two linked objects: a function or variable defined in a header included by several .cpp files, the same file compiled twice, or two runtimes mixed (/MT vs /MD, LIBCMT vs MSVCRT).', causes: ['Definition in a header without inline', 'Same source compiled twice', 'Mixing /MT and /MD runtime libraries'], step: (s) => `Keep one definition of ${s}: declare it in the header (extern / prototype, or inline), define it in one .cpp; use the same runtime library (/MD or /MT) in every project.` },
  LNK1104: { meaning: 'cannot open file', explanation: 'The linker cannot open a file it needs: a library that is not built or not in the library path, or the output .exe/.dll that is locked because the program is still running (or an antivirus holds it).', causes: ['Library not built yet or wrong configuration (Debug "d" suffix vs Release)', 'Library directory not in Additional Library Directories / link_directories', 'Output file locked by the running program'], step: (s) => `Check that ${s} exists for this configuration and platform (Debug libraries often end in "d"), add its directory to the library path, or close the running program that locks it.` },
  LNK1120: { meaning: 'unresolved externals', explanation: 'A summary: the number of unresolved symbols reported above as LNK2019/LNK2001.', causes: ['See the LNK2019/LNK2001 lines above'], step: () => 'Fix the LNK2019/LNK2001 errors listed before this line.' },
  LNK1181: { meaning: 'cannot open input file', explanation: 'A file named on the link line does not exist: a library name or path in the project settings is wrong, or the library was not built.', causes: ['Wrong library name/path', 'Library not built'], step: (s) => `Fix the path or name of ${s} in the linker inputs, or build it first.` },
  LNK1168: { meaning: 'cannot open file for writing', explanation: 'The output executable is still running or locked.', causes: ['Program still running', 'Antivirus or debugger holding the file'], step: (s) => `Close ${s || 'the program'} (Task Manager) and build again.` },
  LNK1112: { meaning: 'module machine type conflicts with target machine type', explanation: 'An object or library was built for another architecture (x86 vs x64 vs ARM64).', causes: ['Mixing x86 and x64 libraries', 'Wrong developer prompt / CMake generator platform'], step: () => 'Build everything for the same platform (x64 Native Tools prompt, cmake -A x64).' },
  LNK2038: { meaning: 'mismatch detected', explanation: 'Linked objects were built with different settings: runtime library (MT vs MD), _ITERATOR_DEBUG_LEVEL (Debug vs Release) or compiler versions.', causes: ['Debug library linked into Release build or vice versa', '/MT vs /MD mismatch'], step: () => 'Rebuild the libraries with the same configuration and runtime library (/MD or /MT) as the application.' },
  LNK1561: { meaning: 'entry point must be defined', explanation: 'No main/WinMain is linked, or the subsystem does not match the entry point.', causes: ['No main in the linked sources', 'Project type/subsystem mismatch'], step: () => 'Add main (or WinMain) to the project, or set Linker > System > SubSystem correctly.' },
};

/** The first quoted name of an MSVC message, whatever the quotes of the UI language. */
function msvcName(message: string | undefined): string {
  const m = /['"“”‘’「«„]([^'"“”‘’」»\n]{1,200})['"“”‘’」»]/.exec(message ?? '');
  return m ? m[1].trim() : '';
}

/** The symbol of a link.exe message (quoted, or the word after "symbol"/its translation). */
function linkSymbol(c: Captures): string {
  if (c.symbol) return c.symbol;
  const msg = c.message ?? c.message2 ?? '';
  const quoted = /"([^"\n]{1,400})"/.exec(msg);
  if (quoted) return quoted[1];
  const file = /['‘“«]([^'’”»\n]{1,300})['’”»]/.exec(msg);
  if (file) return file[1];
  const word = /(?:symbol|符号|シンボル|Symbol|symbole externe non r\S{0,3}solu|символ|simbolo esterno|símbolo externo)\s+([^\s,，]{1,300})/.exec(msg);
  return word ? word[1] : '';
}

const MSVC_SEVERITY = String.raw`(?:Error|错误|錯誤|Fehler|Erreur|エラー|Ошибка|오류|Errore|Erro|Błąd|Hata|Chyba)`;

/** `file(12): error C2065: …` or `file(12,5): fatal error C1083: …`; the file ends in `ext`. */
function msvcCompilerRe(ext: string): string {
  return String.raw`(?:^[ \t]{0,40}(?:\[ERROR\] ?)?(?<file>[^\s(:][^\n(]{0,400}?\.${ext}) ?\((?<line>\d{1,7})(?:,\d{1,5})?\)\s?:\s?(?:fatal )?[Ee]rror\s{1,3}(?<code>C\d{4})\s?:\s?(?<message>[^\n]{0,600})|^${MSVC_SEVERITY}[\t ]{1,8}(?:\d{1,5}[\t ]{1,8})?(?:(?:fatal )?error )?(?<code2>C\d{4})\b:?[\t ]{0,8}(?<message2>[^\n]{0,1500}?)[\t ]{1,8}(?<file2>[^\t\n]{1,400}?\.${ext})[\t ]{1,8}(?<line2>\d{1,7})\b)`;
}

/** cl told to compile C sources as C++: /TP (all files) or /Tp file.c (one), on a cl command line. */
const CL_AS_CPP = String.raw`\bcl(?:\.exe)?\b[^\n]{0,500}?(?<![\w/.:\\-])[/-]T(?:P\b|p\S)`;

const C1083_WORDS = String.raw`(?:Cannot open include file|无法打开包括文件|無法開啟包含檔案|include ファイルを開けません|Datei \(Include\) kann nicht geöffnet werden|Impossible d'ouvrir le fichier include|impossible d'ouvrir le fichier include|Не удается открыть файл включение|не удается открыть файл включение|No se puede abrir el archivo incluir|no se puede abrir el archivo incluir|포함 파일을 열 수 없습니다|Impossibile aprire il file inclusione|impossibile aprire il file inclusione|Não é possível abrir arquivo de inclusão|não é possível abrir arquivo de inclusão)`;
const QUOTE_O = `['"“‘«„「]`;
const QUOTE_C = `['"”’»“」]`;

/** The code and message msvcCompilerPattern matched, whichever of its forms it was. */
const compilerCode = (c: Captures): string => c.code ?? c.code2 ?? c.code3 ?? c.code4 ?? c.code5 ?? 'C1083';
const compilerMessage = (c: Captures): string | undefined => c.message ?? c.message2 ?? c.message3 ?? c.message4 ?? c.message5;

function msvcCompilerPattern(language: 'c' | 'cpp'): ErrorPattern {
  const ext = language === 'c' ? 'c' : '[A-Za-z+]{1,4}';
  // Also a Visual Studio Error List row whose File and Line columns are empty ("Error\tC2440\t'function': …\tProject").
  // Unreal Build Tool writes "Error C3861 :" (and names the standard headers, which have no extension).
  const anyCode = String.raw`\b(?:fatal )?(?:error|(?<=\): )Error)\s{1,3}(?<code3>C\d{4})\s?:\s?(?<message3>[^\n]{0,600})|^${MSVC_SEVERITY}\t(?<code4>C\d{4})\t(?<message4>[^\t\n]{1,600})`;
  const c1083 = String.raw`${C1083_WORDS}\s?[:：]\s?${QUOTE_O}?(?<header>[^'"“”‘’«»„「」\n:：]{1,300}?)${QUOTE_C}?\s?[:：]\s?(?:No such file or directory|Permission denied|[^\n]{1,80}$)`;
  return {
    id: `${language}.msvc-compiler-error`,
    language,
    // The C twin requires a .c file on the error line; the C++ one accepts any file, a bare code or the localised C1083 text.
    // A code anywhere is C's too when a .c file is named and nothing shows C++ (CPP_EVIDENCE, /TP);
    // the code is looked for first, so texts without one never pay for the evidence scan.
    // Neither when cl was told to compile C files as C++ (/TP, /Tp file.c) or said something only its C++
    // front end says (a note suggesting static_cast, a template, a decorated name): the .c file was C++ then.
    match:
      language === 'c'
        ? new RegExp(String.raw`(?<![\s\S])(?![\s\S]*?(?:${CL_AS_CPP}|${CPP_WORDING}))(?:[\s\S]*?(?:${msvcCompilerRe(ext)})|(?=[\s\S]*?\berror C\d{4}\b)(?![\s\S]*?(?:${CPP_EVIDENCE}))(?=[\s\S]*?\w\.c\b)[\s\S]*?\b(?:fatal )?error (?<code5>C\d{4})\s?:\s?(?<message5>[^\n]{0,600}))`, 'm') : new RegExp(String.raw`${msvcCompilerRe(ext)}|${anyCode}|${c1083}`, 'm'),
    // The C pattern's look-aheads scan the whole text: only texts with an MSVC code pay for them.
    ...(language === 'c' ? { requires: /\bC\d{4}\b/ } : {}),
    errorType: compilerCode,
    category: 'build',
    priority: language === 'c' ? 14 : 13,
    summary: (c) => {
      const code = compilerCode(c);
      const info = MSVC_CODES[code];
      const name = c.header ?? msvcName(compilerMessage(c));
      return `MSVC error ${code}${info ? ` (${info.meaning})` : ''}${name ? `: ${name}` : ''}${c.file ?? c.file2 ? ` in ${c.file ?? c.file2}${c.line ?? c.line2 ? ` line ${c.line ?? c.line2}` : ''}` : ''}.`;
    },
    explanation: (c) => {
      const code = compilerCode(c);
      const info = MSVC_CODES[code];
      const msg = (compilerMessage(c) ?? '').trim();
      return `${info ? info.explanation : `The Microsoft C/C++ compiler (cl.exe) rejected the code with error ${code}.`}${msg ? ` The compiler says: ${msg}` : ''} When a build log shows many errors, fix the first one: later errors are often consequences of it.`;
    },
    causes: (c) => MSVC_CODES[compilerCode(c)]?.causes ?? ['See the message after the code', 'An earlier error confusing the compiler'],
    fixes: (c) => {
      const code = compilerCode(c);
      const info = MSVC_CODES[code];
      const name = c.header ?? msvcName(compilerMessage(c));
      const where = c.file ?? c.file2;
      const steps = [
        ...(where ? [`Open ${where}${c.line ?? c.line2 ? ` at line ${c.line ?? c.line2}` : ''}.`] : []),
        info ? info.step(name) : `Read the message after ${code}${name ? ` about ${name}` : ''} and look up "Compiler Error ${code}" in Microsoft's C/C++ error reference.`,
        'Rebuild and fix the first remaining error of the log first.',
      ];
      return [fix(info ? `Fix ${code}: ${info.meaning}${name ? ` (${name})` : ''}` : `Fix ${code}${name ? ` (${name})` : ''}`, steps, info?.code ? info.code(name) : null)];
    },
    references: [ref('Microsoft Learn: C/C++ build errors', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-errors-1/c-cpp-build-errors'), ref('Microsoft Learn: Compiler Error C2065', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-errors-1/compiler-error-c2065')],
    samples:
      language === 'c'
        ? ["debugger.c(1103): error C2065: 'DEBUG_STATE': undeclared identifier", 'Severity Code Description Project File Line Suppression State Details\nError C1083 Cannot open file (source): "..\\third-party\\parson\\parson.c": No such file or directory editor F:\\ArchLord\\third-party\\parson\\parson.c 1', 'lab8.c(1): fatal error C1083: Не удается открыть файл включение: studio.h: No such file or directory', 'cl /c src\\ring.c\nring.c\nc:\\dev\\include\\ring.h(14): error C2061: syntax error: identifier \'ssize_t\'']
        : [
            "2>CrowdDetox.cpp(1018): error C2039: 'index' : is not a member of 'citem_t'\n2>          D:\\ida6.4\\plugins\\hexrays_sdk\\include\\hexrays.hpp(1541) : see declaration of 'citem_t'",
            'C:\\visp-ws\\vispWrapper\\ViSPUnity.cpp(154,56): error C2039: "KLT_TRACKER": 不是 "vpMbGenericTracker" 的成员 [C:\\visp-ws\\build\\ViSPUnity.vcxproj]',
            'Mshikaki.cpp(72): error C2664: \'HRESULT URLDownloadToFileA(LPUNKNOWN,LPCSTR,LPCSTR,DWORD,LPBINDSTATUSCALLBACK)\': cannot convert argument 2 from \'const wchar_t *\' to \'LPCSTR\'',
            "오류  26  error C2061: 구문 오류 : 식별자 '_SessionDesc'   c:\\users\\dev\\cgsf\\common\\engineinterface\\iengine.h    14  1   MGNet",
            '         F:\\src\\avisynth_filter\\src\\pch.h(30,10): fatal er\n       ror C1083: 无法打开包括文件: “streams.h”: No such file or directory [F:\\src\\avisynth_filter\\avisynth_filter.vcxproj]',
            "src\\main.cpp(12,10): fatal error C1083: Cannot open include file: 'boost/asio.hpp': No such file or directory",
          ],
  };
}

function msvcLinkerPattern(language: 'c' | 'cpp'): ErrorPattern {
  // LNK1120 only counts the unresolved symbols: where an LNK2019/LNK2001 line follows it (Visual
  // Studio's Error List may sort the summary first), that line is the error.
  const code = String.raw`LNK(?!1120\b(?=[\s\S]*?LNK(?!1120)\d{4}))\d{4}`;
  const body = String.raw`\b(?:fatal )?error (?<code>${code})\s?:\s?(?<message>[^\n]{0,1500})|^${MSVC_SEVERITY}[\t ]{1,8}(?:\d{1,5}[\t ]{1,8})?(?:(?:fatal )?error )?(?<code2>${code})\b:?[\t ]{0,8}(?<message2>[^\n]{0,1500})`;
  // Messages without their code: LNK2019 names the referencing function, LNK2001 does not.
  const localised = String.raw`(?<lnk2019>(?:无法解析的外部符号|無法解析的外部符號) [^\n]{1,1500}?(?:中引用了该符号|中被引用|中參考)|未解決の外部シンボル [^\n]{1,1500}?が関数 [^\n]{1,1500}?で参照されました|Verweis auf nicht aufgelöstes externes Symbol|ссылка на неразрешенный внешний символ|symbole externe non r\S{1,3}solu [^\n]{1,1500}? r\S{1,3}f\S{1,3}renc\S{1,3} dans la fonction|s[ií]mbolo externo [^\n]{1,1500}?(?:sin resolver al que se hace referencia|n[aã]o resolvido referenciado)|riferimento al simbolo esterno [^\n]{1,1500}? non risolto nella funzione|unresolved external symbol [^\n]{1,1500}? referenced in function)|(?<lnk2001>无法解析的外部符号|無法解析的外部符號|外部シンボル [^\n]{1,300}? は未解決です|nicht aufgelöstes externes Symbol|неразрешенный внешний символ|symbole externe non r\S{1,3}solu|simbolo esterno [^\n]{1,300}? non risolto|unresolved external symbol)`;
  // C: an unresolved plain C symbol (no C++ decoration) and no C++ anywhere in the text, from
  // the console or Visual Studio's Error List (or its bare code column). The CRT's own C++ callers of main/WinMain
  // ("int __cdecl invoke_main(void)" (?invoke_main@@YAHXZ)) are no sign of C++ in the project, but
  // exe_main.obj (an older CRT's) decides nothing either, nor LNK2005: a C symbol defined twice is usually a
  // C library or the C runtime linked twice (/MT vs /MD), which says nothing about the project.
  // The cheap look-ahead for the code first: only texts with one pay for the evidence scan.
  const cOnly = String.raw`(?<![\s\S])(?=[\s\S]*?(?:\berror |^(?:${MSVC_SEVERITY}[\t ]{1,8}(?:\d{1,5}[\t ]{1,8})?)?)LNK20(?:19|01)\b)(?![\s\S]*?(?:${CPP_EVIDENCE}|\?\?|(?<!\?${MSVC_CRT_ENTRY})@@|__cdecl(?! ${MSVC_CRT_ENTRY}\(void\))|__thiscall|"(?:public|private|protected): |\bexe_w?(?:win)?main\.obj\b|\.vcxproj\b))[\s\S]*?(?:\berror (?<code>LNK20(?:19|01))\s?:\s?(?<message>[^\n"?]{1,1500})|^(?:${MSVC_SEVERITY}[\t ]{1,8}(?:\d{1,5}[\t ]{1,8})?)?(?<code2>LNK20(?:19|01))\b:?[\t ]{0,8}(?<message2>[^\n"?]{1,1500}))`;
  return {
    id: `${language}.msvc-linker-error`,
    language,
    // A rustc link failure (its "= note:" block, .rcgu.o objects) is Rust's error, not C's.
    match: new RegExp(String.raw`(?<![\s\S])(?![\s\S]*?(?:\.rcgu\.o\b|linking with \x60|^\s*= note: ))[\s\S]*?(?:${language === 'c' ? cOnly : `${body}|${localised}`})`, 'm'),
    errorType: (c) => c.code ?? c.code2 ?? (c.lnk2019 ? 'LNK2019' : 'LNK2001'),
    category: 'build',
    priority: language === 'c' ? 14 : 13,
    summary: (c) => {
      const code = c.code ?? c.code2 ?? (c.lnk2019 ? 'LNK2019' : 'LNK2001');
      const info = MSVC_LINK_CODES[code];
      const s = linkSymbol(c);
      return `MSVC linker error ${code}${info ? ` (${info.meaning})` : ''}${s ? `: ${s}` : ''}.`;
    },
    explanation: (c) => {
      const code = c.code ?? c.code2 ?? (c.lnk2019 ? 'LNK2019' : 'LNK2001');
      const info = MSVC_LINK_CODES[code];
      const s = linkSymbol(c);
      const imp = /^__imp_/.test(s) ? ' The __imp_ prefix means the code was compiled to import the symbol from a DLL: link the DLL\'s import library (or, for a static library, define its STATIC macro so the headers stop using dllimport).' : '';
      return `${info ? info.explanation : `The Microsoft linker (link.exe) failed with ${code}.`}${imp}`;
    },
    causes: (c) => MSVC_LINK_CODES[c.code ?? c.code2 ?? (c.lnk2019 ? 'LNK2019' : 'LNK2001')]?.causes ?? ['See the message after the code'],
    fixes: (c) => {
      const code = c.code ?? c.code2 ?? (c.lnk2019 ? 'LNK2019' : 'LNK2001');
      const info = MSVC_LINK_CODES[code];
      const s = linkSymbol(c);
      return [
        fix(info ? `Fix ${code}: ${info.meaning}${s ? ` (${s})` : ''}` : `Fix ${code}`, [info ? info.step(s || 'the symbol') : `Look up "Linker Tools Error ${code}" in Microsoft's reference${s ? ` and check ${s}` : ''}.`, 'Make sure every library is built for the same platform (x64/x86) and configuration (Debug/Release) as the application.'], info?.code ? info.code(s || 'the symbol') : null),
      ];
    },
    references: [ref('Microsoft Learn: Linker tools errors and warnings', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/linker-tools-errors-and-warnings'), ref('Microsoft Learn: Linker Tools Error LNK2019', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/linker-tools-error-lnk2019')],
    samples:
      language === 'c'
        ? ['error LNK2001: unresolved external symbol __imp_RtlExitUserProcess\nerror LNK2001: unresolved external symbol LdrUnlockLoaderLock', 'application.obj : error LNK2019: 无法解析的外部符号 navigator_to，函数 application_init 中引用了该符号\nbin\\demo.exe : fatal error LNK1120: 1 个无法解析的外部命令']
        : [
            'error LNK2019: unresolved external symbol "public: __thiscall JSBSim::FGTemplateFunc::FGTemplateFunc(class JSBSim::FGFDMExec *,class JSBSim::Element *)" (??0FGTemplateFunc@JSBSim@@QAE@PAVFGFDMExec@1@PAVElement@1@@Z) referenced in function "public: void __thiscall JSBSim::FGFDMExec::AddTemplateFunc(void)"',
            'D:\\Git\\Lumen\\out\\build\\x64-Debug\\LINK : fatal error LNK1104: 无法打开文件“spirv-cross-cored.lib”',
            '无法解析的外部符号 __std_search_1，函数 "char const * __cdecl std::_Search_vectorized<char const ,char const >(char const * const,char const * const,char const * const,unsigned __int64)" (??$_Search_vectorized@$$CBD$$CBD@std@@YAPEBDQEBD00_K@Z) 中引用了该符号',
            'LNK2019\t未解決の外部シンボル __imp__PathMatchSpecExW@12 が関数 "public: static bool __cdecl ln::PlatformFileSystem::matchPath(wchar_t const *,wchar_t const *)" (?matchPath@PlatformFileSystem@ln@@SA_NPB_W0@Z) で参照されました。',
          ],
  };
}

/** What MSVC's most pasted warnings mean, when a warning is all that was pasted. */
const MSVC_WARNINGS: Readonly<Record<string, string>> = {
  LNK4098:
    'Objects built against different C runtime libraries are linked together: some with /MD (MSVCRT, the DLL runtime), others with /MT (LIBCMT, static), or Debug ones (/MDd, MSVCRTD) with Release ones. The program may still link, but memory and FILE* handles passed between the parts belong to different heaps; LNK2005 and LNK2038 errors often follow.',
  LNK4217: 'A symbol defined in this link is also imported (__declspec(dllimport)): a header declares it as imported from a DLL while the static library or object that defines it is linked in directly. Define the library\'s "static" macro (e.g. FOO_STATIC) when linking it statically.',
  LNK4075: 'Two linker options conflict (typically /INCREMENTAL with /LTCG, /OPT:REF or /PROFILE) and the linker ignored one of them.',
  C4996: 'The function is marked deprecated: the CRT\'s "unsafe" functions (strcpy, sprintf, fopen) or a POSIX name (strdup, open). Use the suggested replacement, or define _CRT_SECURE_NO_WARNINGS before any include.',
  C4244: 'A conversion loses data (double to int, int64 to int): make it explicit with a cast where it is intended, or use a wider type.',
  C4267: 'size_t (64 bits on x64) is converted to a 32-bit int: use size_t for sizes and indices, or cast where the value is known to fit.',
};

const MSVC_MORE_PATTERNS: ErrorPattern[] = [
  {
    id: 'cpp.msvc-command-line',
    language: 'cpp',
    // cl.exe's own command-line diagnostics: "cl : command line error D8016: '/ZI' and '/Gy-' command-line options are incompatible".
    match: /\bcl(?:\.exe)? ?: [Cc]ommand line (?:error|warning) (?<code>D\d{4})\s?:\s?(?<message>[^\n]{1,600})/,
    requires: /[Cc]ommand line (?:error|warning) D\d{4}/,
    errorType: (c) => c.code ?? 'D8016',
    category: 'build',
    priority: 12,
    summary: (c) => `cl.exe rejected its command line (${c.code}): ${c.message}`,
    explanation: (c) => `${c.code} is one of cl.exe's command-line diagnostics (D8xxx errors, D9xxx warnings): ${c.message}. The options come from the project's properties, CMake (CMAKE_C_FLAGS / CMAKE_CXX_FLAGS, target_compile_options) or a build script passing gcc-style flags to MSVC.`,
    causes: ['Two options that cannot be combined (/ZI with /Gy-, /clr with /EHs, /MT with /clr)', 'A gcc or clang option (-std=c++17, -Wall -Werror, -fPIC) passed to cl.exe', 'Options added both by the project and by CMake or an environment variable (CL, _CL_)'],
    fixes: (c) => [fix(`Remove the option ${c.code} names`, [`Find where the options in "${c.message}" are set (project properties, CMakeLists.txt, the CL environment variable) and keep only one of them, or use MSVC's spelling of a gcc option (/std:c++17 for -std=c++17).`], 'if(MSVC)\n  target_compile_options(app PRIVATE /W4)\nelse()\n  target_compile_options(app PRIVATE -Wall -Wextra)\nendif()')],
    references: [ref('MSVC: Command-line errors D8000 through D9999', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/command-line-errors-d8000-through-d9999')],
    samples: ["cl : command line error D8016: '/ZI' and '/Gy-' command-line options are incompatible", "cl : Command line warning D9002 : ignoring unknown option '-std=c++17'"],
  },
  {
    id: 'cpp.msvc-warning',
    language: 'cpp',
    // A warning pasted alone (LNK4098 is the most asked about): its code is what users search for.
    // Any error in the same text has a pattern of higher priority.
    match: /\bwarning (?<code>LNK4\d{3}|C4\d{3})\s?:\s?(?<message>[^\n]{1,600})/,
    requires: /\bwarning (?:LNK4|C4)\d{3}/,
    errorType: (c) => c.code ?? 'warning',
    category: 'build',
    priority: -8,
    summary: (c) => `MSVC warning ${c.code}: ${c.message}`,
    explanation: (c) => `${MSVC_WARNINGS[c.code ?? ''] ?? `${c.code} is a warning: the build goes on unless warnings are treated as errors (/WX), in which case C2220 or LNK1218 stops it.`}`,
    causes: (c) => (c.code === 'LNK4098' ? ['Libraries built with /MT linked into a /MD project (or the reverse)', 'Release libraries linked into a Debug build'] : ['See the message after the code']),
    fixes: (c) => [
      fix(
        c.code === 'LNK4098' ? 'Build everything with the same runtime library' : `Address ${c.code}`,
        [c.code === 'LNK4098' ? 'Set C/C++ > Code Generation > Runtime Library to the same value (/MD or /MT, Debug or Release) in every project and dependency; /NODEFAULTLIB only hides the mismatch.' : `Read "${c.message}" and fix the code it points to; suppress ${c.code} only where it is understood (#pragma warning(disable : ${c.code.slice(-4)})).`],
        c.code === 'LNK4098' ? 'set(CMAKE_MSVC_RUNTIME_LIBRARY "MultiThreaded$<$<CONFIG:Debug>:Debug>DLL")   # CMake 3.15+' : null,
      ),
    ],
    references: [ref('MSVC: Linker tools warnings', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/linker-tools-warning-lnk4098'), ref('MSVC: Compiler warnings', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-warnings/compiler-warnings-c4000-c5999')],
    samples: ["LINK : warning LNK4098: defaultlib 'MSVCRT' conflicts with use of other libs; use /NODEFAULTLIB:library"],
  },
];

const MSVC_PATTERNS: ErrorPattern[] = [msvcCompilerPattern('c'), msvcCompilerPattern('cpp'), msvcLinkerPattern('c'), msvcLinkerPattern('cpp'), ...MSVC_MORE_PATTERNS];

// ---------------------------------------------------------------- more gcc / clang / CMake

const TEMPLATE_AND_CMAKE_PATTERNS: ErrorPattern[] = [
  {
    id: 'cpp.implicit-instantiation-undefined-template',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: implicit instantiation of undefined template ${QO}(?<type>${QN}{1,400})${QC}`),
    errorType: 'implicit instantiation of undefined template',
    category: 'type',
    priority: 11,
    summary: (c) => `${c.type} is used, but only its declaration is visible - its header is not included${at(c)}.`,
    explanation: (c) => {
      const bare = (c.type ?? '').replace(/^std::(?:__1::|__cxx11::)?/, '').replace(/<.*$/, '');
      return `The template ${c.type} is declared (often only forward-declared by another standard header) but its definition is not visible, so it cannot be instantiated.${STD_HEADERS[bare] ? ` std::${bare} is defined in <${STD_HEADERS[bare]}>, which this file does not include - other standard libraries include it transitively, libc++ does not.` : ' Include the header that defines it.'}`;
    },
    causes: ['Missing #include of the standard header (code relied on transitive includes of another library)', 'Class template only forward-declared', 'Template specialisation not defined'],
    fixes: (c) => {
      const bare = (c.type ?? '').replace(/^std::(?:__1::|__cxx11::)?/, '').replace(/<.*$/, '');
      const h = STD_HEADERS[bare];
      return [fix(h ? `Include <${h}> for ${c.type}` : `Include the definition of ${c.type}`, [`Add the header that defines ${c.type} to the file that uses it${h ? ` (<${h}>)` : ''}.`], h ? `#include <${h}>` : null)];
    },
    references: [cppref('Standard library headers', 'cpp/header'), cppref('Class template', 'cpp/language/class_template')],
    samples: ["/Library/Developer/CommandLineTools/usr/bin/../include/c++/v1/vector:877:54: error: implicit instantiation of undefined template 'std::__1::array<double, 2>'"],
  },
  {
    id: 'cpp.incomplete-type',
    language: 'cpp',
    // gcc's C wordings too ("dereferencing pointer to incomplete type", "invalid use of undefined
    // type") and clang's ("incomplete definition of type"): the C twin below matches them in .c files.
    match: rx(ANY_LOC, String.raw`error: (?:invalid use of incomplete type(?:def)? ${QO}(?<type>${QN}{1,300})${QC}|(?:aggregate|variable|field) ${QO}${QN}{1,300}${QC} (?:has incomplete type|has initializer but incomplete type)|(?:variable|field) has incomplete type ${QO}(?<type2>${QN}{1,300})${QC}|incomplete type ${QO}(?<type3>${QN}{1,300})${QC} (?:used in nested name specifier|named in nested name specifier)|dereferencing pointer to incomplete type ${QO}(?<derefType>${QN}{1,300})${QC}|invalid use of undefined type ${QO}(?<undefType>${QN}{1,300})${QC}|incomplete definition of type ${QO}(?<defType>${QN}{1,300})${QC}|(?:member access into|allocation of) incomplete type ${QO}(?<accessType>${QN}{1,300})${QC}|${QO}(?<declared>${QN}{1,300}) \w{1,100}${QC} has incomplete type|invalid application of ${QO}sizeof${QC} to (?:an )?incomplete type ${QO}(?<sizeofType>${QN}{1,300})${QC})`),
    requires: /incomplete|undefined type/,
    errorType: 'incomplete type',
    category: 'type',
    priority: 11,
    summary: (c) => `${incompleteType(c) ?? 'A type'} is used where its full definition is needed, but only a declaration is visible${at(c)}.`,
    explanation: (c) =>
      /\.c$/.test(c.file ?? '') || /\bstruct\b/.test(incompleteType(c) ?? '')
        ? 'In C, "struct x;" (or a typedef of it) declares the struct without its members: pointers to it can be passed around, but ->, sizeof and variables of that type need the full definition. ' +
          'Libraries hide their structs on purpose: OpenSSL 1.1 made X509, RSA, EVP_MD_CTX and others opaque, ncurses 6 made TERMINAL opaque, Python 3.11 hid the frame object. Code written against an older version must use the accessor functions or be built against that version.'
        : 'A forward declaration (class Foo;) lets you use pointers and references, but creating objects, accessing members, calling sizeof or inheriting needs the complete class definition. The header defining it is not included here, or two headers include each other.',
    causes: ['Only a forward declaration is visible (missing #include)', 'A library that made the struct opaque in a newer version (OpenSSL 1.1, ncurses 6, CPython 3.11)', 'Circular includes between headers', 'Standard type whose header is not included (std::array, std::string in some libraries)'],
    fixes: (c) => [fix(`Include the definition of ${incompleteType(c) ?? 'the type'}, or use its library's accessors`, [`Include the header defining ${incompleteType(c) ?? 'the type'} where its members are used; keep forward declarations in headers and use pointers/references there.`, 'If the library hides the struct, call its accessor functions instead of reading members (OpenSSL: X509_get_version(), EVP_MD_CTX_new()).'])],
    references: [cppref('Incomplete types', 'cpp/language/type#Incomplete_type')],
    samples: ["src/widget.cpp:12:14: error: invalid use of incomplete type 'class Renderer'", "main.cpp:5:27: error: variable has incomplete type 'std::ifstream' (aka 'basic_ifstream<char>')"],
  },
  {
    id: 'cpp.no-match-for-operator',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:no match for ${QO}operator(?<op>${QN}{1,10})${QC}(?: \(operand types? (?:is|are) (?<types>[^\n]{1,400})\))?|invalid operands to binary expression\s{1,40}\((?<types2>[^\n]{1,400})\))`),
    errorType: 'no match for operator',
    category: 'type',
    priority: 11,
    summary: (c) => `No operator${c.op ?? ''} exists for these operand types${c.types ?? c.types2 ? ` (${c.types ?? c.types2})` : ''}${at(c)}.`,
    explanation: 'The operator is applied to types that do not overload it: streaming a class without operator<<, comparing classes without operator== / operator<, or mixing types (a pointer and a string, an iterator and a value). The notes below list the candidate overloads and why each fails.',
    causes: ['Class without the operator overload (operator<<, operator==, operator<)', 'Wrong operand: a pointer, iterator or container instead of the element', 'std::map/std::set key type without operator<'],
    fixes: (c) => [fix(`Define operator${c.op ?? ''} or convert the operands`, [`Check the operand types${c.types ?? c.types2 ? ` (${c.types ?? c.types2})` : ''} and either overload operator${c.op ?? ''} for your type or use the member you meant.`], 'std::ostream &operator<<(std::ostream &os, const Point &p) {\n    return os << p.x << \',\' << p.y;\n}')],
    references: [cppref('operator overloading', 'cpp/language/operators')],
    samples: ["main.cpp:9:15: error: no match for 'operator<<' (operand types are 'std::ostream' {aka 'std::basic_ostream<char>'} and 'Point')", "src/matrix.cpp:27:15: error: invalid operands to binary expression ('Matrix' and 'Vector')"],
  },
  {
    id: 'cpp.ambiguous-call',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:call of overloaded ${QO}(?<call>${QN}{1,400})${QC} is ambiguous|call to ${QO}(?<call2>${QN}{1,400})${QC} is ambiguous|reference to ${QO}(?<call3>${QN}{1,200})${QC} is ambiguous)`),
    errorType: 'is ambiguous',
    category: 'type',
    priority: 11,
    summary: (c) => `The call ${c.call ?? c.call2 ?? c.call3} matches several overloads equally well${at(c)}.`,
    explanation: 'Overload resolution found more than one best candidate: the argument converts equally well to several parameter types (0 or NULL to pointer and int, a literal to float and double), or two namespaces bring in the same name (using namespace std;).',
    causes: ['Literal arguments converting equally to several overloads', 'using namespace bringing in a second function of the same name', 'Default arguments making two overloads callable the same way'],
    fixes: (c) => [fix(`Make the call to ${(c.call ?? c.call2 ?? c.call3 ?? '').replace(/\(.*$/, '')} unambiguous`, [`Cast the argument to the exact parameter type, or qualify ${(c.call ?? c.call2 ?? c.call3 ?? '').replace(/\(.*$/, '')} with its namespace.`], 'f(static_cast<double>(x));\n::util::f(x);')],
    references: [cppref('Overload resolution', 'cpp/language/overload_resolution')],
    samples: ["main.cpp:10:10: error: call of overloaded 'abs(long unsigned int)' is ambiguous"],
  },
  {
    id: 'cpp.no-matching-constructor',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: no matching constructor for initialization of ${QO}(?<type>${QN}{1,400})${QC}`),
    errorType: 'no matching function for call',
    category: 'type',
    priority: 11,
    summary: (c) => `No constructor of ${c.type} accepts these arguments${at(c)}.`,
    explanation: 'clang found no constructor whose parameters match the arguments. The "candidate constructor not viable" notes below list each constructor and why it was rejected.',
    causes: ['Wrong number or types of constructor arguments', 'Missing default constructor', 'Explicit constructor used in copy-initialisation'],
    fixes: (c) => [fix(`Call a constructor ${c.type} really has`, [`Read the candidate notes under the error and pass arguments matching one constructor of ${c.type}, or add the constructor you need.`])],
    references: [cppref('Overload resolution', 'cpp/language/overload_resolution'), cppref('Constructors', 'cpp/language/constructor')],
    samples: ["src/app.cpp:14:10: error: no matching constructor for initialization of 'Config'"],
  },
  {
    id: 'c.conflicting-types',
    language: 'c',
    match: rx(ANY_LOC, String.raw`error: (?:conflicting types for ${QO}(?<name>${QN}{1,200})${QC}|redefinition of ${QO}(?<name2>${QN}{1,200})${QC}|${QO}(?<name3>${QN}{1,200})${QC} redeclared as different kind of symbol)`),
    errorType: (c) => (c.name ? 'conflicting types' : c.name2 ? 'redefinition of' : 'redeclared as different kind of symbol'),
    category: 'name',
    priority: 10,
    summary: (c) => `${c.name ?? c.name2 ?? c.name3} is declared or defined twice in incompatible ways${at(c)}.`,
    explanation: (c) => (c.name ? `Two declarations of ${c.name} disagree on the type or parameters - often a function used before its prototype (C then assumes int), or a prototype in a header that differs from the definition.` : `${c.name2 ?? c.name3} is defined more than once in this translation unit: a header without include guards included twice, or a name reused for a different kind of thing.`),
    causes: ['Prototype and definition differ', 'Function called before it is declared (implicit int declaration)', 'Header without include guards', 'Name clash with a library function or macro'],
    fixes: (c) => [fix(`Keep one consistent declaration of ${c.name ?? c.name2 ?? c.name3}`, [`Make every declaration of ${c.name ?? c.name2 ?? c.name3} identical, declare it before first use, and protect headers with include guards.`], '#ifndef UTIL_H\n#define UTIL_H\n/* declarations */\n#endif')],
    references: [cppref('C declarations', 'c/language/declarations'), GCC_WARN],
    samples: ["util.c:20:6: error: conflicting types for 'parse'", "list.c:8:12: error: redefinition of 'node_count'"],
  },
  {
    id: 'cpp.cmake-include-not-found',
    language: 'cpp',
    match: /CMake Error at (?<file>[^\s:()]{1,300}):(?<line>\d{1,7}) \(include\):\s{0,10}include could not find (?:requested|load) file:\s{0,20}(?<module>[^\s]{1,300})/,
    errorType: 'include could not find requested file',
    category: 'configuration',
    priority: 12,
    summary: (c) => `CMake's include() cannot find ${c.module} (${c.file}:${c.line}).`,
    explanation: (c) => `include(${c.module}) looked for the file (or a module in CMAKE_MODULE_PATH) and found none: the path is relative to the wrong directory, a git submodule or generated file is missing, or the module directory is not added to CMAKE_MODULE_PATH.`,
    causes: ['Git submodules not checked out (git submodule update --init --recursive)', 'Relative path resolved from another directory (use ${CMAKE_CURRENT_LIST_DIR})', 'Module directory not in CMAKE_MODULE_PATH'],
    fixes: (c) => [fix(`Make ${c.module} available to include()`, [`Check that ${c.module} exists (run git submodule update --init --recursive if it belongs to a submodule).`, 'Use paths based on ${CMAKE_CURRENT_LIST_DIR}, or add the module directory to CMAKE_MODULE_PATH.'], `git submodule update --init --recursive\n# CMakeLists.txt\ninclude(\${CMAKE_CURRENT_LIST_DIR}/${c.module})`)],
    references: [ref('CMake: include', 'https://cmake.org/cmake/help/latest/command/include.html'), ref('CMake: CMAKE_MODULE_PATH', 'https://cmake.org/cmake/help/latest/variable/CMAKE_MODULE_PATH.html')],
    samples: ['CMake Error at CMakeLists.txt:5 (include):\n  include could not find requested file:\n\n    ../cmake/folders.cmake'],
  },
  {
    id: 'cpp.cmake-source-dir-missing',
    language: 'cpp',
    match: /(?:The source directory\s{1,10}(?<path>[^\n]{1,300})\s{1,10}does not (?:appear to )?contain CMakeLists\.txt|does not contain a CMakeLists\.txt file|add_subdirectory given source\s{1,10}"(?<path2>[^"\n]{1,300})"\s{1,10}which is not an\s{1,10}existing directory)/,
    errorType: 'does not contain CMakeLists.txt',
    category: 'configuration',
    priority: 12,
    summary: (c) => `CMake found no CMakeLists.txt in ${c.path ?? c.path2 ?? 'the given directory'}.`,
    explanation: 'cmake was pointed at a directory without a CMakeLists.txt (the build directory instead of the source directory), or add_subdirectory names a folder that is empty - typically a git submodule that was not cloned.',
    causes: ['cmake run from or pointed at the wrong directory', 'Git submodules not initialised', 'Typo in add_subdirectory'],
    fixes: (c) => [fix('Point CMake at the source directory', [`Check ${c.path ?? c.path2 ?? 'the directory'}: configure with cmake -S <source dir> -B build, and initialise submodules.`], 'git submodule update --init --recursive\ncmake -S . -B build')],
    references: [ref('CMake: add_subdirectory', 'https://cmake.org/cmake/help/latest/command/add_subdirectory.html')],
    samples: ['CMake Error: The source directory "/home/dev/project/build" does not appear to contain CMakeLists.txt.', 'CMake Error at CMakeLists.txt:40 (add_subdirectory):\n  add_subdirectory given source "third_party/googletest" which is not an\n  existing directory.'],
  },
  {
    id: 'cpp.cmake-version-required',
    language: 'cpp',
    match: /(?:CMake (?<required>\d{1,2}\.\d{1,3}(?:\.\d{1,4})?) or higher is required\.\s{1,10}You are running version (?<version>\d{1,2}\.\d{1,3}(?:\.\d{1,4})?)|Compatibility with CMake < (?<minimum>\d{1,2}\.\d{1,3}) has been removed from CMake)/,
    errorType: (c) => (c.minimum ? 'Compatibility with CMake has been removed' : 'CMake version required'),
    category: 'configuration',
    priority: 12,
    summary: (c) => (c.minimum ? `The project declares a minimum CMake version below ${c.minimum}, which this CMake no longer supports.` : `The project needs CMake ${c.required}, but ${c.version} is installed.`),
    explanation: (c) => (c.minimum ? 'CMake 4.0 removed compatibility with projects whose cmake_minimum_required is older than 3.5. The project (or a vendored dependency) must raise its minimum version.' : 'cmake_minimum_required() asks for a newer CMake than the one on PATH.'),
    causes: (c) => (c.minimum ? ['Old cmake_minimum_required in the project or a vendored dependency', 'CMake 4.x installed'] : ['Distribution CMake too old']),
    fixes: (c) => (c.minimum
      ? [fix(`Raise the minimum above ${c.minimum}`, [`Update cmake_minimum_required to VERSION 3.5 or later (also in vendored dependencies), or configure with -DCMAKE_POLICY_VERSION_MINIMUM=3.5 as a stop-gap.`], 'cmake -S . -B build -DCMAKE_POLICY_VERSION_MINIMUM=3.5')]
      : [fix(`Install CMake ${c.required} or newer`, [`The installed version is ${c.version}: install a newer one (pip install cmake, the Kitware APT repository, or the official binaries).`], 'pip install --upgrade cmake\ncmake --version')]),
    references: [ref('CMake: cmake_minimum_required', 'https://cmake.org/cmake/help/latest/command/cmake_minimum_required.html')],
    samples: ['CMake Error at CMakeLists.txt:1 (cmake_minimum_required):\n  CMake 3.20 or higher is required.  You are running version 3.16.3', 'CMake Error at CMakeLists.txt:1 (cmake_minimum_required):\n  Compatibility with CMake < 3.5 has been removed from CMake.'],
  },
];

// C-only projects: CMake detected only a C compiler (or `project(... C)`), and nothing C++.
const C_PROJECT = String.raw`(?<![\s\S])(?=[\s\S]*?(?:The C compiler identification is [^\n]{0,120}\n(?:-- )?(?:Detecting C compiler ABI|Check for working C compiler)|Building C object))(?![\s\S]*?(?:CXX|C\+\+|${CPP_EVIDENCE}))[\s\S]*?`;

/**
 * One C-project pattern for several CMake patterns: the alternatives share one scan, so the first
 * CMake error of the log wins (separate twins would all match at position 0). The texts come from
 * the pattern whose own named groups matched.
 */
function cProjectCmake(id: string, patterns: ErrorPattern[], samples: string[]): ErrorPattern {
  const groupsOf = (p: ErrorPattern): string[] => [...p.match.source.matchAll(/\(\?<([A-Za-z]\w*)>/g)].map((m) => m[1]);
  const pick = (c: Captures): ErrorPattern => patterns.find((p) => groupsOf(p).some((g) => c[g] !== undefined)) ?? patterns[0];
  const text = <T,>(get: (p: ErrorPattern) => T | ((c: Captures) => T)) => (c: Captures): T => {
    const v = get(pick(c));
    return typeof v === 'function' ? (v as (c: Captures) => T)(c) : v;
  };
  return {
    id,
    language: 'c',
    match: new RegExp(String.raw`(?<![\s\S])(?=[\s\S]*?(?:${patterns.map((p) => unnamed(p.match.source)).join('|')}))` + C_PROJECT + `(?:${patterns.map((p) => p.match.source).join('|')})`),
    errorType: text((p) => p.errorType),
    category: 'configuration',
    priority: Math.max(...patterns.map((p) => p.priority ?? 0)) + 1,
    summary: text((p) => p.summary),
    explanation: text((p) => p.explanation),
    causes: (c) => [...text<readonly string[] | string[]>((p) => p.causes)(c)],
    fixes: (c) => [...text<readonly Fix[] | Fix[]>((p) => p.fixes)(c)],
    references: patterns.flatMap((p) => p.references),
    samples,
  };
}

function byCoreId(id: string): ErrorPattern {
  const p = CORE_PATTERNS.find((x) => x.id === id);
  if (!p) throw new Error(`native.patterns: no pattern ${id}`);
  return p;
}

const C_CMAKE_LOG = '-- The C compiler identification is GNU 14.2.1\n-- Detecting C compiler ABI info\n-- Detecting C compiler ABI info - done\n';

const byId = (id: string): ErrorPattern => {
  const p = [...CORE_PATTERNS, ...SANITIZER_PATTERNS, ...TEMPLATE_AND_CMAKE_PATTERNS, ...GCC_MORE_PATTERNS, ...RUNTIME_MORE_PATTERNS, ...TOOLCHAIN_PATTERNS].find((x) => x.id === id);
  if (!p) throw new Error(`native.patterns: no pattern ${id}`);
  return p;
};

/**
 * The ESP32's panic is a C++ program's unless its decoded backtrace names a C source of the program's own (not
 * ESP-IDF's components or a framework package's): Arduino sketches,
 * PlatformIO's Arduino projects and most ESP32 libraries are C++, and an undecoded backtrace shows nothing.
 */
function esp32Twin(pattern: ErrorPattern, samples: string[]): ErrorPattern {
  return { ...cppTwin(pattern, samples), evidence: undefined, match: new RegExp(String.raw`(?<![\s\S])(?![\s\S]*?\bat (?![^\s]*?(?:esp-idf|[/\\](?:components|packages|\.platformio)[/\\]|framework-))[^\s]{0,300}?\w\.c:\d)[\s\S]*?(?:${pattern.match.source})`, pattern.match.flags) };
}

const TWINS: ErrorPattern[] = [
  cppTwin(byId('c.driver-input'), ['g++: error: main.cpp: No such file or directory\ng++: fatal error: no input files\ncompilation terminated.', 'g++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.']),
  cppTwin(byId('c.msvc-runtime-check'), ["Run-Time Check Failure #2 - Stack around the variable 'name' was corrupted.\n>\tapp.exe!Parser::read(std::basic_istream<char,std::char_traits<char> > & in) Line 40\tC++"]),
  cppTwin(byId('c.ld-output-file'), ["/usr/bin/ld: cannot open output file app: Permission denied\n/usr/bin/ld: main.o: in function `Parser::run()':"]),
  cppTwin(byId('c.toolchain-programs'), ["/usr/bin/gcc -I. -O2 -std=c++11 -fPIC -fuse-ld=gold -shared vdso.cc\ncollect2: fatal error: cannot find 'ld'"]),
  {
    ...byId('c.static-analysis'),
    id: 'cpp.static-analysis',
    language: 'cpp',
    match: new RegExp(byId('c.static-analysis').match.source.replace('(?<ext>c|h|cc|cpp|cxx|hpp|hxx)', '(?<ext>cc|cpp|cxx|hpp|hxx)'), 'm'),
    priority: 13,
    samples: ['src/main.cpp:12:5: error: multiple declarations in a single statement reduces readability [readability-isolate-declaration,-warnings-as-errors]'],
  },
  cppTwin(byId('c.vcpkg-build-failed'), ['Building package fmt[core]:x64-windows...\n  C:\\vcpkg\\buildtrees\\fmt\\src\\format.cc(12): error C2039\nError: Building package fmt:x64-windows failed with: BUILD_FAILED']),
  cppTwin(byId('c.segfault'), ['Note: Google Test filter = *TestReduceCollection*\n[ RUN      ] TestReduceCollection.test_reduce_op\nsrun: error: nid00016: tasks 0-7: Segmentation fault', 'Program received signal SIGSEGV, Segmentation fault.\n0x0000555555555189 in Parser::next (this=0x0) at src/parser.cpp:42']),
  cppTwin(byId('c.double-free'), ['free(): double free detected in tcache 2\nThread 1 "app" received signal SIGABRT\n#5 0x000055555555a1b2 in Buffer::~Buffer() at src/buffer.cpp:18']),
  cppTwin(byId('c.invalid-pointer'), ['free(): invalid pointer\n#6 0x00005555555553a1 in std::vector<int>::~vector() at /usr/include/c++/11/bits/stl_vector.h:680']),
  cppTwin(byId('c.heap-corruption'), ['malloc(): corrupted top size\n#7 0x0000555555556f1e in Image::resize(int, int) at src/image.cpp:88']),
  cppTwin(byId('c.stack-smashing'), ['*** stack smashing detected ***: terminated\n#4 0x0000555555555302 in Packet::parse(char const*) at src/packet.cpp:31']),
  cppTwin(byId('c.asan-buffer-overflow'), ['==121746==ERROR: AddressSanitizer: stack-buffer-overflow on address 0x7ffe2dad9f98 at pc 0x7f9c7a18569a bp 0x7ffe2dad9ea0 sp 0x7ffe2dad9648\nREAD of size 10 at 0x7ffe2dad9f98 thread T0\n    #0 0x7f9c7a185699 in __interceptor_memcpy ../../../../src/libsanitizer/sanitizer_common/sanitizer_common_interceptors.inc:823\n    #1 0x557703c34e97 in ycsb_wl::init_table_slice() benchmarks/ycsb_wl.cpp:130']),
  cppTwin(byId('c.asan-use-after-free'), ['==4242==ERROR: AddressSanitizer: heap-use-after-free on address 0x60300000eff0 at pc 0x0000004f1a2b bp 0x7ffc3c1d7a40 sp 0x7ffc3c1d7a38\nREAD of size 8 at 0x60300000eff0 thread T0\n    #0 0x4f1a2a in Session::user() const src/session.cpp:31']),
  cppTwin(byId('c.asan-bad-free'), ['==901==ERROR: AddressSanitizer: attempting double-free on 0x602000000010 in thread T0:\n    #0 0x7f1c in operator delete(void*) (/usr/lib/x86_64-linux-gnu/libasan.so.6+0xb1c)\n    #1 0x55d1 in Node::~Node() src/node.cpp:12']),
  cppTwin(byId('c.asan-segv'), ['==3111==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000008 (pc 0x55f0b6c9c1a9 bp 0x7ffe1b0c2b30 sp 0x7ffe1b0c2b20 T0)\n==3111==The signal is caused by a READ memory access.\n    #0 0x55f0b6c9c1a8 in Tree::size() const /src/tree.cpp:12']),
  cppTwin(byId('c.asan-other'), ['==7==ERROR: AddressSanitizer: container-overflow on address 0x6030000000f8 at pc 0x55b8 bp 0x7ffd sp 0x7ffd\nREAD of size 4 at 0x6030000000f8 thread T0\n    #0 0x55b8c1d2e1a9 in Grid::at(int) const src/grid.cpp:14']),
  cppTwin(byId('c.memory-leak'), ['==1234==ERROR: LeakSanitizer: detected memory leaks\n\nDirect leak of 40 byte(s) in 1 object(s) allocated from:\n    #0 0x7f3b2c8b4808 in operator new(unsigned long) ../../../../src/libsanitizer/asan/asan_new_delete.cpp:99\n    #1 0x55a5d1e0a1b7 in Cache::insert(int) src/cache.cpp:8']),
  cppTwin(byId('c.tsan'), ['WARNING: ThreadSanitizer: data race (pid=12373)\n  Write of size 8 at 0x721800000148 by main thread:\n    #0 pthread_cond_destroy <null> (test-filelist+0x6a480)\n    #1 QWaitCondition::~QWaitCondition() <null> (libQt6Core.so.6+0x335cf3)']),
  cppTwin(byId('c.ubsan'), ["src/math/fixed.cpp:154:5: runtime error: signed integer overflow: -2147483648 - 1 cannot be represented in type 'int'"]),
  cppTwin(byId('c.valgrind'), ['==2048== Invalid read of size 4\n==2048==    at 0x1091A8: Matrix::get(int, int) const (matrix.cpp:9)\n==2048==    by 0x1091F3: main (main.cpp:17)']),
  cppTwin(byId('c.floating-point-exception'), ['Floating point exception (core dumped)\n#0 0x0000555555555189 in Stats::mean() const at src/stats.cpp:21']),
  cppTwin(byId('c.bus-error'), ['Bus error (core dumped)\n#0 0x0000555555555189 in MappedFile::read(unsigned long) at src/mapped_file.cpp:40']),
  cppTwin(byId('c.assertion-failed'), ["app: src/buffer.cpp:42: void Buffer::push(int): Assertion `len_ < cap_' failed.\nAborted (core dumped)"]),

  // C++ builds: the same compiler/linker messages when the text shows C++ (a .cpp file, g++, std::...).
  cppTwin(byId('c.header-not-found'), ['In file included from /src/BeamMP/src/Common.cpp:1:0:\n/src/BeamMP/include/Common.h:10:22: fatal error: toml11/toml.h: No such file or directory\ncompilation terminated.'], 'cpp.header-not-found-in-cpp-build', 0.5),
  cppTwin(byId('c.undeclared-identifier'), ["In file included from /src/wrapper/segmentation.hxx:51:\n/src/include/cecog/inspectors.h:677:11: error: use of undeclared identifier 'is_border_fg'"], 'cpp.undeclared-identifier-in-cpp-build', 0.5),
  cppTwin(byId('c.undefined-reference'), ["g++ -o app obj/main.o obj/net.o -lssl\n/usr/bin/ld: obj/net.o: in function `connect_peer':\nnet.c:(.text+0x2a): undefined reference to `SSL_CTX_new'"], 'cpp.undefined-reference-in-cpp-build', 0.5),
  cppTwin(byId('c.multiple-definition'), ["[ 90%] Building CXX object CMakeFiles/app.dir/main.cpp.o\n/usr/bin/ld: util.o:(.bss+0x0): multiple definition of `counter'; main.o:(.bss+0x0): first defined here"], 'cpp.multiple-definition-in-cpp-build', 0.5),
  cppTwin(byId('c.cannot-find-library'), ['g++ main.o -o app -lboost_system\n/usr/bin/ld: cannot find -lboost_system: No such file or directory']),
  cppTwin(byId('c.linker-failed'), ['clang++ main.o -o app\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)']),
  cppTwin(byId('c.expected-semicolon'), ["In file included from src/main.cpp:2:\ninclude/shape.h:9:2: error: expected ';' after class definition"], 'cpp.expected-semicolon-in-cpp-build', 0.5),
  cppTwin(byId('c.compile-error'), ["In file included from src/main.cpp:2:\ninclude/util.h:14:9: error: too few template arguments for class template 'Map'"], 'cpp.compile-error-in-cpp-build', 0.5),
  cppTwin(byId('c.unknown-type-name'), ["In file included from src/app.cpp:3:\ninclude/app.h:14:5: error: unknown type name 'Renderer'"], undefined, 0.5),
  cppTwin(byId('c.wrong-argument-count'), ["src/net.cpp:88:5: error: too many arguments to function call, expected 2, have 3"], undefined, 0.5),
  cppTwin(byId('c.lvalue-required'), ["src/module.cpp:120:22: error: lvalue required as left operand of assignment"], undefined, 0.5),
  cppTwin(byId('c.fpic-relocation'), ["/usr/bin/ld: /usr/local/lib/libfoo.a(foo.cpp.o): relocation R_X86_64_32 against `.rodata' can not be used when making a shared object; recompile with -fPIC"]),
  cppTwin(byId('c.internal-compiler-error'), ['g++: internal compiler error: Killed (program cc1plus)\nPlease submit a full bug report,']),
  // A missing C compiler is a C project's problem (project(x C) or a C-only toolchain).
  { ...byId('cpp.cmake-no-compiler'), id: 'c.cmake-no-compiler', language: 'c', match: /No CMAKE_(?<lang>C)_COMPILER could be found|The CMAKE_(?<lang2>C)_COMPILER:\s{1,20}\S[^\n]{0,300}\s{1,20}is not a full path/, samples: ['CMake Error at CMakeLists.txt:3 (project):\n  No CMAKE_C_COMPILER could be found.', 'CMake Error at CMakeLists.txt:3 (project):\n  The CMAKE_C_COMPILER:\n\n    cl\n\n  is not a full path and was not found in the PATH.'] },
  cppTwin(byId('c.conflicting-types'), ["src/util.cpp:20:6: error: redefinition of 'int parse(const char*)'"], undefined, 0.5),
  cppTwin(byId('c.storage-size-unknown'), ["src/net.cpp:41:17: error: storage size of ‘addr’ isn’t known"], undefined, 0.5),
  cppTwin(byId('c.variable-length-array'), ["src/grid.cc:22:9: error: variable-sized object may not be initialized"], 'cpp.variable-sized-object', 0.5),
  // C sources: errors that exist in both languages but were written for C++ files.
  fileTwin(byId('cpp.no-member-named'), 'c', ["src/_speedups.c:2103:23: error: 'PyThreadState' {aka 'struct _ts'} has no member named 'recursion_depth'", "module.c:14:11: error: no member named 'tp_print' in 'struct _typeobject'"]),
  fileTwin(byId('cpp.incomplete-type'), 'c', ["src/frame.c:33:10: error: invalid use of incomplete type 'PyFrameObject' {aka 'struct _frame'}", "mdport.c:264:17: error: dereferencing pointer to incomplete type ‘TERMINAL {aka struct term}’", "src/tls.c:88:14: error: incomplete definition of type 'struct x509_st'"]),
  fileTwin(byId('cpp.no-match-for-operator'), 'c', ["vec.c:12:14: error: invalid operands to binary expression ('struct vec' and 'struct vec')"]),

  cppTwin(byId('c.shared-library-not-found'), ['./app: error while loading shared libraries: libQt6Widgets.so.6: cannot open shared object file: No such file or directory\n(gdb) bt\n#0 QApplication::QApplication(int&, char**) ()']),
  cppTwin(byId('c.illegal-instruction'), ['[ RUN      ] Simd.Dot\nIllegal instruction (core dumped)']),
  cppTwin(byId('c.fortify-buffer-overflow'), ['*** buffer overflow detected ***: terminated\n#6 0x0000555555555302 in Packet::encode(char*) at src/packet.cpp:31']),
  cppTwin(byId('c.aborted'), ['Aborted (core dumped)\n#4  0x00007ffff7e4a6f6 in _ZN7Session5closeEv (/opt/chat/bin/chatd+0x1a6f6)']),
  // A loader error naming a mangled symbol or libstdc++'s versions (GLIBCXX_, CXXABI_) is a C++ program's.
  cppTwin(byId('c.undefined-symbol-at-runtime'), ['./render: symbol lookup error: ./render: undefined symbol: _ZN3gfx6Canvas4drawEv']),
  cppTwin(byId('c.glibc-version-not-found'), ["./solver: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by ./solver)"]),
  cppTwin(byId('c.assertion-failed-bsd-msvc'), ['Assertion failed: (idx < size_), function at, file src/vec.cpp, line 42.\nAbort trap: 6']),

  fileTwin(byId('c.unused-variable'), 'cpp', ["src/server.cpp:57:10: error: unused variable ‘status’ [-Werror=unused-variable]"]),
  cppTwin(byId('c.relocation-truncated'), ["sketch/piezo.ino.cpp.o: In function `loop':\npiezo.ino:777:(.text.startup+0x9be): relocation truncated to fit: R_AVR_13_PCREL against `no symbol'"]),
  cppTwin(byId('c.ld-region-overflow'), ["/home/runner/.arduino15/packages/esp32/tools/xtensa-esp32-elf-gcc/bin/../xtensa-esp32-elf/bin/ld: region `iram0_0_seg' overflowed by 180 bytes\nError compiling for board ESP32 Dev Module.\nsketch/Blink.ino.cpp.o: in function `setup()'"]),
  cppTwin(byId('c.dso-missing'), ["/usr/bin/ld: CMakeFiles/run.dir/main.cpp.o: undefined reference to symbol 'dlsym@@GLIBC_2.2.5'\n/usr/bin/ld: /lib/x86_64-linux-gnu/libdl.so.2: error adding symbols: DSO missing from command line"]),
  esp32Twin(byId('c.esp32-panic'), ["Guru Meditation Error: Core  1 panic'ed (StoreProhibited). Exception was unhandled.\n\nBacktrace: 0x400d1234:0x3ffb1f50\n  #0  0x400d1234 in loop() at src/main.ino:42"]),
  cppTwin(byId('c.msvc-debug-assertion'), ['Debug Assertion Failed!\n\nProgram: C:\\app\\app.exe\nFile: C:\\Program Files\\Microsoft Visual Studio\\2022\\include\\vector\nLine: 1566\n\nExpression: vector subscript out of range']),
  cppTwin(byId('c.windows-heap-corruption'), ['Faulting application name: grepWin-x64.exe, version: 2.0.10.1125\nFaulting module name: ntdll.dll, version: 10.0.19041.1806\nException code: 0xc0000374']),
  cppTwin(byId('c.windows-stack-overflow'), ['[Running] cd "c:\\proj\\" && g++ test.cpp -o test && "c:\\proj\\"test\n\n[Done] exited with code=3221225725 in 1.982 seconds.']),
  cppTwin(byId('c.keil-armlink'), ['.\\Objects\\app.axf: Error: L6218E: Undefined symbol Motor::stop() (referred from main.o).']),
  cppTwin(byId('c.pkg-config-not-found'), ['g++ -o viewer main.cpp $(pkg-config --cflags --libs opencv4)\nPackage opencv4 was not found in the pkg-config search path.']),
  cppTwin(byId('c.access-violation'), ['Exception thrown at 0x00007FF6A1B2C3D4 in game.exe: 0xC0000005: Access violation writing location 0x0000000000000010.\n>\tgame.exe!Renderer::draw(Scene & scene) Line 42\tC++']),
  cppTwin(byId('c.unrecognized-option'), ["g++: error: unrecognized command-line option '-std=c++2b'"], 'cpp.unrecognized-option', 0.5),
  cppTwin(byId('c.make-no-rule'), ["make[2]: *** No rule to make target 'src/main.cpp', needed by 'CMakeFiles/app.dir/src/main.cpp.o'.  Stop."], 'cpp.make-no-rule', 0.5),
  cProjectCmake('c.cmake-error', [byId('cpp.cmake-package-not-found'), byId('cpp.cmake-include-not-found'), byId('cpp.cmake-source-dir-missing'), byId('cpp.cmake-version-required')], [
    C_CMAKE_LOG + 'CMake Error at CMakeLists.txt:8 (find_package):\n  By not providing "Findfbgl.cmake" in CMAKE_MODULE_PATH this project has\n  asked CMake to find a package configuration file provided by "fbgl", but\n  CMake did not find one.\n\n  Could not find a package configuration file provided by "fbgl" with any of\n  the following names:',
    C_CMAKE_LOG + 'CMake Error at CMakeLists.txt:5 (include):\n  include could not find requested file:\n\n    ../cmake/folders.cmake\n\n\nCMake Error at CMakeLists.txt:8 (find_package):\n  Could not find a package configuration file provided by "fbgl" with any of\n  the following names:',
  ]),
];

/**
 * gcc prints these both as warnings and (with -Werror or newer compilers) as errors. In a build log
 * the warnings scroll by before the real error, so a warning only answers when nothing else does.
 */
const WARNING_TOO = ['c.implicit-declaration', 'c.incompatible-types', 'c.no-return', 'cpp.no-return'];
function splitWarnings(patterns: ErrorPattern[]): ErrorPattern[] {
  const sev = /\(\?<sev>(?:error\|warning|warning\|error)\)/;
  return patterns.flatMap((p) => {
    if (!WARNING_TOO.includes(p.id)) return [p];
    if (!sev.test(p.match.source)) throw new Error(`native.patterns: ${p.id} has no (?<sev>) group`);
    const errors = { ...p, match: new RegExp(p.match.source.replace(sev, '(?<sev>error)'), p.match.flags), samples: p.samples.filter((x) => !/warning:/.test(x)) };
    const warnings = { ...p, id: `${p.id}-warning`, match: new RegExp(p.match.source.replace(sev, '(?<sev>warning)'), p.match.flags), priority: -11, samples: p.samples.filter((x) => /warning:/.test(x)) };
    return [errors, warnings];
  });
}

export const NATIVE_PATTERNS: readonly ErrorPattern[] = [...splitWarnings(CORE_PATTERNS.slice(0, -2)), ...SANITIZER_PATTERNS, ...MSVC_PATTERNS, ...TEMPLATE_AND_CMAKE_PATTERNS, ...GCC_MORE_PATTERNS, ...RUNTIME_MORE_PATTERNS, ...TOOLCHAIN_PATTERNS, ...TWINS, ...CORE_PATTERNS.slice(-2)];
