import type { Fix, Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';

/*
 * C / C++ knowledge (gcc, g++, clang, GNU ld / lld, glibc, sanitizers, CMake).
 *
 * Language: compiler messages that exist for both languages come as a pair: the `c.*` pattern
 * accepts any file, the `cpp.*` twin requires a C++ source extension (or a C++-only symbol) and has
 * priority +1, so a .cpp file is reported as C++ and a .c file as C. Runtime crashes (segfault,
 * glibc heap checks, sanitizers) cannot tell the two apart and are filed under 'c'.
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

function fix(title: string, steps: string[], code: string | null = null): Fix {
  return { title, steps, code };
}
const ref = (title: string, url: string): Reference => ({ title, url });
const cppref = (title: string, path: string): Reference => ref(`cppreference: ${title}`, `https://en.cppreference.com/w/${path}`);

function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/** Opening / closing quotes as printed by gcc, clang and ld. */
const QO = "[`'‘]";
const QC = "['’]";
/** Quoted content. */
const QN = "[^'’‘`\\n]";
const CPP_EXT = String.raw`(?:cc|cpp|cxx|c\+\+|C|hpp|hh|hxx|ipp|tpp|inl)`;
/** Optional `file.c:12:5: ` location (any C/C++ extension). Captures `file`, `line`, `col`. */
const ANY_LOC = String.raw`(?:(?<![^\s])(?<file>[^\s:]{1,400}?\.(?:c|h|m|mm|` + CPP_EXT.slice(3, -1) + String.raw`)):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )?`;
/** Required C++ location `file.cpp:12:5: `. Captures `file`, `line`, `col`. */
const CPP_LOC = String.raw`(?<![^\s])(?<file>[^\s:]{1,400}?\.` + CPP_EXT + String.raw`):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? `;
const ERR = String.raw`(?:(?:fatal )?error|warning): `;

function at(c: Captures): string {
  const file = c.file ?? c.file2;
  return file ? ` (${file}:${c.line ?? c.line2})` : '';
}

/** The undefined/duplicated symbol, whichever linker (or locale) reported it. */
function sym(c: Captures): string {
  return c.symbol ?? c.objSymbol ?? c.lldSymbol ?? c.machoSymbol ?? c.symbolFr ?? c.symbolDe ?? c.symbolEs ?? 'the symbol';
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
  return String.raw`(?:terminate called after throwing an instance of ${QO}${name(1)}${QC}(?:\n[ \t]{0,8}what\(\):[ \t]{0,8}(?<what>[^\n]{0,500}))?|libc\+\+abi(?:\.dylib)?: terminating (?:due to|with) uncaught exception of type ${name(2)}(?:: (?<what2>[^\n]{0,500}))?|Microsoft C\+\+ exception: ${name(3)})`;
}
const fixed = (n: string) => (): string => n;
const what = (c: Captures): string => (c.what ?? c.what2 ?? '').trim();

const SIGNALS = ref('signal(7) - overview of signals', 'https://man7.org/linux/man-pages/man7/signal.7.html');
const ASAN = ref('Clang: AddressSanitizer', 'https://clang.llvm.org/docs/AddressSanitizer.html');
const GCC_INSTR = ref('GCC: Program Instrumentation Options (-fsanitize)', 'https://gcc.gnu.org/onlinedocs/gcc/Instrumentation-Options.html');
const GCC_WARN = ref('GCC: Warning Options', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html');
const GCC_LINK = ref('GCC: Options for Linking', 'https://gcc.gnu.org/onlinedocs/gcc/Link-Options.html');
const MALLOC = ref('malloc(3) - allocate and free dynamic memory', 'https://man7.org/linux/man-pages/man3/malloc.3.html');
const DEBUG_WITH_ASAN = fix('Rebuild with AddressSanitizer', ['Compile and link with -fsanitize=address -g and run again: ASan stops at the first invalid access and prints where the memory was allocated and freed.'], 'gcc -g -O1 -fsanitize=address -fno-omit-frame-pointer main.c -o app && ./app');

// ---------------------------------------------------------------- shared texts of c/cpp twins

const UNDEFINED_REFERENCE = {
  errorType: 'undefined reference',
  category: 'build' as const,
  summary: (c: Captures) => `The linker cannot find a definition of ${sym(c)}.`,
  explanation: (c: Captures) => {
    const s = sym(c);
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
      fix('Link every source file and library', ['Pass all .c/.cpp files (or their .o) to the link step; in CMake add them to add_executable/target_sources.', 'Put -l libraries after the objects, or use target_link_libraries in CMake.'], /^(sqrt|pow|sin|cos|log|exp|floor|ceil)/.test(s) ? 'gcc main.c -o app -lm' : /^pthread_/.test(s) ? 'gcc main.c -o app -pthread' : 'g++ main.cpp util.cpp -o app\n# CMake\ntarget_link_libraries(app PRIVATE foo)'),
      fix('Make declaration and definition match', ['Check namespace, parameter types, const and static on both sides; templates must be defined in the header.', 'Wrap C headers used from C++ in extern "C" { }.']),
    ];
  },
  references: [GCC_LINK, ref('GNU ld: Command-line options', 'https://sourceware.org/binutils/docs/ld/Options.html'), cppref('Definitions and ODR', 'cpp/language/definition')],
};
// GNU ld also speaks the user's locale: French « référence indéfinie vers », German
// "nicht definierter Verweis auf", Spanish "referencia a ... sin definir".
const UNDEF_REF_BODY = String.raw`(?:undefined reference to ${QO}(?<symbol>${QN}{1,400})${QC}|ld(?:\.lld|64\.lld)?: error: undefined symbol: (?<lldSymbol>[^\n]{1,400})|Undefined symbols for architecture \w{1,20}:\n[ \t]{0,8}"(?<machoSymbol>[^"\n]{1,400})", referenced from|référence indéfinie vers « (?<symbolFr>[^»\n]{1,400}) »|nicht definierter Verweis auf ${QO}(?<symbolDe>${QN}{1,400})${QC}|referencia a ${QO}(?<symbolEs>${QN}{1,400})${QC} sin definir)`;

const MULTIPLE_DEFINITION = {
  errorType: 'multiple definition',
  category: 'build' as const,
  summary: (c: Captures) => `${c.symbol ?? c.lldSymbol} is defined more than once.`,
  explanation: (c: Captures) =>
    `Two object files both contain a definition of ${c.symbol ?? c.lldSymbol}. Almost always a function or variable is defined (not just declared) in a header that is included by several .c/.cpp files, or the same source file is compiled twice. Since GCC 10 (-fno-common), global variables defined in headers also trigger this.`,
  causes: ['Function body or global variable definition in a header included by several files', 'Same source file listed twice in the build', 'Missing inline on functions defined in headers (C++)', 'Global variable declared without extern in a header (GCC 10+ -fno-common)'],
  fixes: [
    fix('Declare in the header, define once', ['In the header use extern for variables and only prototypes for functions; define them in exactly one .c/.cpp.', 'In C++ mark header-defined functions inline (or use inline variables).'], '// config.h\nextern int verbose;\nint parse(const char *s);\n\n// config.c\nint verbose = 0;\nint parse(const char *s) { /* ... */ }'),
  ],
  references: [cppref('Definitions and ODR', 'cpp/language/definition'), ref('GCC 10 porting guide (-fno-common)', 'https://gcc.gnu.org/gcc-10/porting_to.html')],
};
const MULTI_DEF_BODY = String.raw`(?:multiple definition of ${QO}(?<symbol>${QN}{1,400})${QC}|(?:ld(?:\.lld)?: error: )?duplicate symbol:? ${QO}?(?<lldSymbol>[^'’\n]{1,400}?)${QC}?(?: in:|\n|$))`;

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
const HEADER_BODY = String.raw`(?:fatal )?error: (?:(?<header>[^\s:'‘]{1,300}): No such file or directory|${QO}(?<clangHeader>${QN}{1,300})${QC} file not found)`;
/**
 * A C++-only header in any file (often a .h included from a .cpp): a standard header without
 * extension (<filesystem>, <iostream>) or a .hpp. Captures `file2`, `line2`, `stdHeader`.
 */
const CPP_HEADER_ALT = String.raw`(?:(?<![^\s])(?<file2>[^\s:]{1,400}?\.(?:c|h|m|mm|` + CPP_EXT.slice(3, -1) + String.raw`)):(?<line2>\d{1,7}):(?:\d{1,7}:)? )?(?:fatal )?error: (?:(?<stdHeader>[a-z_]{2,40}|[^\s:'‘.]{1,200}\.(?:hpp|hh|hxx)): No such file or directory|${QO}(?<stdHeader2>[a-z_]{2,40}|[^'’‘.\n]{1,200}\.(?:hpp|hh|hxx))${QC} file not found)`;

const UNDECLARED_IDENTIFIER = {
  errorType: 'use of undeclared identifier',
  category: 'name' as const,
  summary: (c: Captures) => `'${c.name}' is used but never declared${at(c)}.`,
  explanation: (c: Captures) => `clang found no declaration of '${c.name}' in scope. It is misspelled, declared later in the file (C requires declaration before use), declared in a header that is not included, or lives in a namespace that is not qualified (e.g. std::).${STD_HEADERS[c.name ?? ''] ? ` If you meant std::${c.name}, include <${STD_HEADERS[c.name ?? '']}> and write std::${c.name}.` : ''}`,
  causes: ['Typo', 'Missing #include', 'Missing namespace qualification (std::, or using declarations)', 'Variable declared in an inner block'],
  fixes: (c: Captures) => [fix('Declare, include or qualify it', ['Include the header that declares it and qualify the namespace.', 'Declare variables/functions before their first use.'], STD_HEADERS[c.name ?? ''] ? `#include <${STD_HEADERS[c.name ?? '']}>\n// ...\nstd::${c.name}` : null)],
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
const NO_RETURN_BODY = String.raw`(?:warning|error): (?:control reaches end of non-void function|non-void function does not return a value(?: in all control paths)?|no return statement in function returning non-void)`;

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

// ---------------------------------------------------------------- patterns

export const NATIVE_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- crashes
  {
    id: 'c.segfault',
    language: 'c',
    match: /\b(?:[Ss]egmentation fault(?: \(core dumped\))?|SIGSEGV|signal 11\b|exit code 139\b)/,
    errorType: 'segmentation fault',
    category: 'memory',
    priority: 5,
    summary: 'The program crashed with a segmentation fault (SIGSEGV): it accessed memory it was not allowed to.',
    explanation: 'The operating system killed the process because it read or wrote an invalid address. In C/C++ this is undefined behaviour such as dereferencing a NULL or uninitialised pointer, using memory after free(), writing past the end of an array or string, or unbounded recursion overflowing the stack. Exit code 139 = 128 + signal 11.',
    causes: ['NULL or uninitialised pointer dereference', 'Array/buffer overflow (index out of range, missing string terminator, strcpy into a small buffer)', 'Use after free or double free', 'Stack overflow from deep recursion or huge local arrays'],
    fixes: [
      fix('Find the faulting line with a debugger', ['Compile with -g -O0 and run under gdb, then print the backtrace.'], 'gcc -g -O0 main.c -o app\ngdb -batch -ex run -ex bt ./app'),
      DEBUG_WITH_ASAN,
      fix('Check the usual suspects', ['Check every pointer against NULL after malloc/fopen.', 'Verify array bounds and string sizes (use snprintf/strncpy, sizeof).']),
    ],
    references: [SIGNALS, ASAN, ref('GDB documentation', 'https://sourceware.org/gdb/documentation/')],
    samples: ['Segmentation fault (core dumped)', 'zsh: segmentation fault (core dumped)  ./parser input.txt', 'Process finished with exit code 139 (interrupted by signal 11: SIGSEGV)'],
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
    match: /(?<msg>free\(\): invalid (?:pointer|size|next size(?: \((?:fast|normal)\))?)|munmap_chunk\(\): invalid pointer|realloc\(\): invalid (?:pointer|old size|next size))/,
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
    match: /(?<msg>malloc\(\): (?:corrupted top size|memory corruption(?: \(fast\))?|unaligned tcache chunk detected|unsorted double linked list corrupted|invalid size \(unsorted\))|corrupted size vs\. prev_size|corrupted double-linked list|malloc_consolidate\(\): invalid chunk size)/,
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
    match: /\*\*\* stack smashing detected \*\*\*(?::? (?:terminated|<unknown> terminated|[^\n]{0,100}terminated))?/,
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
    summary: (c) => `The assertion '${c.expr}' failed in ${c.func} (${c.file}:${c.line}).`,
    explanation: (c) => `assert(${c.expr}) evaluated to false, so the C library printed this message and called abort(). The assertion encodes an assumption of the code at ${c.file}:${c.line}; something earlier produced a state that violates it.`,
    causes: ['Invalid input or state reaching the function', 'A bug earlier in the program', 'An assumption that no longer holds after a change'],
    fixes: [fix('Find why the condition is false', ['Run in gdb (it stops at the abort) and inspect the variables in the frame of the assertion.', 'Validate inputs with real error handling - assert is compiled out with -DNDEBUG.'], 'gdb -batch -ex run -ex bt ./app')],
    references: [cppref('assert', 'c/error/assert')],
    samples: ["app: src/buffer.c:42: buffer_push: Assertion `buf->len < buf->cap' failed.\nAborted (core dumped)"],
  },
  {
    id: 'c.aborted',
    language: 'c',
    match: /\bAborted(?: \(core dumped\))?$|\bSIGABRT\b|exit code 134\b/m,
    errorType: 'aborted',
    category: 'runtime',
    priority: 2,
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
    match: /AddressSanitizer: (?<kind>heap|stack|global|container|dynamic-stack)-buffer-overflow on address (?<address>0x[0-9a-fA-F]{1,16})(?:[\s\S]{0,600}?(?<access>READ|WRITE) of size (?<size>\d{1,10}))?(?:[\s\S]{0,800}?#0 0x[0-9a-fA-F]{1,16} in (?<func>[^\n]{1,300}?) (?<file>[^\s:]{1,400}):(?<line>\d{1,7}))?/,
    errorType: (c) => `${c.kind ?? 'heap'}-buffer-overflow`,
    category: 'memory',
    priority: 20,
    summary: (c) => `AddressSanitizer: ${c.access ? `${c.access.toLowerCase()} of ${c.size} byte(s)` : 'access'} past the end of a ${c.kind} buffer${c.func ? ` in ${c.func}` : ''}${at(c)}.`,
    explanation: (c) => `The program ${c.access === 'WRITE' ? 'wrote' : 'read'} memory just outside a ${c.kind === 'heap' ? 'malloc/new-allocated' : c.kind === 'stack' ? 'local (stack)' : c.kind} buffer. The report's first frame (#0) is the faulty access, and the "allocated by" section shows where the buffer was created and how big it is. Common causes: off-by-one loops (<= n), missing space for the string terminator, or a size computed in elements vs bytes.`,
    causes: ['Off-by-one loop bound (i <= n)', 'String buffer without room for the terminating \\0', 'Element count vs byte size confusion in malloc/memcpy', 'Index computed from untrusted input'],
    fixes: [fix('Fix the bound at frame #0', ['Open the file:line of frame #0 and compare the index/size with the allocation size shown in the report.', 'Use sizes derived from the buffer (sizeof, size()) and prefer std::vector::at / std::span in C++.'], 'for (size_t i = 0; i < n; i++) {   /* not i <= n */\n    dst[i] = src[i];\n}')],
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
    fixes: [fix('Fix ownership and lifetime', ['Compare the "freed by" stack with the access stack to see which owner released the memory too early.', 'In C++ use smart pointers/value semantics; do not keep references into containers across modifications.'])],
    references: [ASAN, GCC_INSTR],
    samples: ['==4242==ERROR: AddressSanitizer: heap-use-after-free on address 0x60300000eff0 at pc 0x0000004f1a2b bp 0x7ffc3c1d7a40 sp 0x7ffc3c1d7a38\nREAD of size 8 at 0x60300000eff0 thread T0\n    #0 0x4f1a2a in Session::user() const src/session.cpp:31'],
  },
  {
    id: 'c.asan-bad-free',
    language: 'c',
    match: /AddressSanitizer: (?<kind>attempting double-free|attempting free on address which was not malloc\(\)-ed|alloc-dealloc-mismatch|new-delete-type-mismatch)/,
    errorType: (c) => (c.kind ?? 'double-free').replace(/^attempting /, ''),
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
    fixes: [fix('Check the pointer at frame #0', ['Open the file:line of frame #0 and check which pointer can be NULL or uninitialised there; add the missing check or initialisation.'], 'FILE *f = fopen(path, "r");\nif (f == NULL) {\n    perror(path);\n    return 1;\n}')],
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
    fixes: [fix('Free on every path or use RAII', ['Follow the allocation stack and make sure each allocation has a matching free on all paths (goto cleanup pattern in C).', 'In C++ use std::unique_ptr / containers instead of raw new.'], 'char *buf = malloc(n);\nif (!buf) return -1;\nif (read_all(fd, buf, n) < 0) {\n    free(buf);   /* error path too */\n    return -1;\n}')],
    references: [ref('Clang: LeakSanitizer', 'https://clang.llvm.org/docs/LeakSanitizer.html'), ASAN],
    samples: ['==1234==ERROR: LeakSanitizer: detected memory leaks\n\nDirect leak of 40 byte(s) in 1 object(s) allocated from:\n    #0 0x7f3b2c8b4808 in __interceptor_malloc ../../../../src/libsanitizer/asan/asan_malloc_linux.cpp:144\n    #1 0x55a5d1e0a1b7 in make_node /home/dev/app/list.c:8'],
  },
  {
    id: 'c.valgrind',
    language: 'c',
    match: /==\d{1,9}== (?<what>Invalid (?:read|write) of size (?<size>\d{1,10})|Conditional jump or move depends on uninitialised value\(s\)|Use of uninitialised value of size \d{1,10}|Invalid free\(\) \/ delete \/ delete\[\] \/ realloc\(\)|Mismatched free\(\) \/ delete \/ delete \[\])(?:[\s\S]{0,600}?==\d{1,9}==[ \t]{1,12}at 0x[0-9A-Fa-f]{1,16}: (?<func>[^\s(]{1,300}) \((?<file>[^\s:)]{1,400}):(?<line>\d{1,7})\))?/,
    errorType: (c) => (c.what ?? 'Valgrind error').replace(/ of size \d+/, ''),
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
    fixes: [fix('Follow the Valgrind stacks', ['Open the first "at" line from your code; re-run with --track-origins=yes for uninitialised values.'], 'valgrind --leak-check=full --track-origins=yes ./app')],
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
    samples: ["/usr/bin/ld: /tmp/ccX1b2c3.o: in function `main':\nmain.c:(.text+0x1e): undefined reference to `parse_config'\ncollect2: error: ld returned 1 exit status", "/usr/bin/ld: main.o: in function `area':\nmain.c:(.text+0x2a): undefined reference to `sqrt'", "/tmp/ccA1b2C3.o : dans la fonction « main » :\nserver.c:(.text+0x3f) : référence indéfinie vers « pthread_create »\ncollect2: error: ld returned 1 exit status"],
  },
  {
    ...UNDEFINED_REFERENCE,
    id: 'cpp.undefined-reference',
    language: 'cpp',
    // C++ when the symbol is C++ (Class::member, overloads, vtables) or the object came from a C++ source.
    match: new RegExp(String.raw`(?:(?<![^\s])[^\s:]{1,300}\.(?:cc|cpp|cxx|c\+\+|C):\([^)\n]{0,400}\): undefined reference to ${QO}(?<objSymbol>${QN}{1,400})${QC}|undefined reference to ${QO}(?<symbol>(?:vtable for |typeinfo for )${QN}{1,300}|${QN}{0,300}(?:::|\()${QN}{0,300})${QC}|ld(?:\.lld|64\.lld)?: error: undefined symbol: (?<lldSymbol>[^\n]{0,300}(?:::|\()[^\n]{0,300})|Undefined symbols for architecture \w{1,20}:\n[ \t]{0,8}"(?<machoSymbol>[^"\n]{0,300}(?:::|\()[^"\n]{0,300})", referenced from)`),
    priority: 11,
    samples: ["/usr/bin/ld: /tmp/ccQ2x9Lk.o: in function `main':\nworker.cpp:(.text+0x5e): undefined reference to `pthread_create'\ncollect2: error: ld returned 1 exit status", "/usr/bin/ld: CMakeFiles/app.dir/main.cpp.o: in function `main':\nmain.cpp:(.text+0x25): undefined reference to `Logger::log(std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> > const&)'\ncollect2: error: ld returned 1 exit status", "undefined reference to `vtable for Shape'"],
  },
  {
    ...MULTIPLE_DEFINITION,
    id: 'c.multiple-definition',
    language: 'c',
    match: new RegExp(MULTI_DEF_BODY, 'm'),
    priority: 10,
    samples: ["/usr/bin/ld: util.o:(.bss+0x0): multiple definition of `counter'; main.o:(.bss+0x0): first defined here"],
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
    match: /(?:cannot find -l|library not found for -l|unable to find library -l)(?<lib>[\w.+-]{1,100})/,
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
  {
    ...HEADER_NOT_FOUND,
    id: 'c.header-not-found',
    language: 'c',
    match: rx(ANY_LOC, HEADER_BODY),
    priority: 10,
    samples: ['main.c:3:10: fatal error: openssl/ssl.h: No such file or directory\n    3 | #include <openssl/ssl.h>\n      |          ^~~~~~~~~~~~~~~\ncompilation terminated.', "src/db.c:1:10: fatal error: 'sqlite3.h' file not found\n#include <sqlite3.h>\n         ^~~~~~~~~~~"],
  },
  {
    ...HEADER_NOT_FOUND,
    id: 'cpp.header-not-found',
    language: 'cpp',
    match: new RegExp(`(?:${CPP_LOC}${HEADER_BODY}|${CPP_HEADER_ALT})`, 'm'),
    priority: 11,
    samples: ['In file included from src/app.cpp:1:\ninclude/app.h:10:10: fatal error: filesystem: No such file or directory\n   10 | #include <filesystem>\n      |          ^~~~~~~~~~~~', 'src/server.cpp:4:10: fatal error: boost/asio.hpp: No such file or directory\n    4 | #include <boost/asio.hpp>\n      |          ^~~~~~~~~~~~~~~~', "main.cpp:1:10: fatal error: 'bits/stdc++.h' file not found"],
  },
  {
    id: 'c.undeclared',
    language: 'c',
    match: rx(ANY_LOC, String.raw`error: ${QO}(?<name>${QN}{1,200})${QC} undeclared(?: \(first use in this function\)| here \(not in a function\))?`),
    errorType: 'undeclared identifier',
    category: 'name',
    priority: 10,
    summary: (c) => `'${c.name}' is used but not declared${at(c)}.`,
    explanation: (c) => `gcc found no declaration of '${c.name}' before this use. It is misspelled, declared inside another block or function, defined by a header that is not included (e.g. NULL/size_t need <stddef.h>, errno needs <errno.h>, bool/true/false need <stdbool.h> before C23), or a macro that is not defined.`,
    causes: ['Typo in the name', 'Missing #include (stddef.h, stdbool.h, errno.h, limits.h, ...)', 'Variable declared in an inner block or after its use', 'Macro only defined under some #ifdef'],
    fixes: (c) => [fix('Declare it or include its header', ['Declare the variable before use, or include the header that defines it.'], c.name === 'bool' || c.name === 'true' || c.name === 'false' ? '#include <stdbool.h>' : c.name === 'NULL' || c.name === 'size_t' ? '#include <stddef.h>' : c.name === 'errno' ? '#include <errno.h>' : c.name === 'INT_MAX' ? '#include <limits.h>' : null)],
    references: [cppref('C declarations and scope', 'c/language/scope')],
    samples: ["main.c: In function 'main':\nmain.c:7:5: error: 'count' undeclared (first use in this function)\n    7 |     count = 0;\n      |     ^~~~~"],
  },
  {
    id: 'cpp.not-declared-in-scope',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: ${QO}(?<name>${QN}{1,200})${QC} was not declared in this scope(?:; did you mean ${QO}(?<suggestion>${QN}{1,200})${QC}\??)?`),
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
      return [fix('Include, qualify or declare the name', ['Include the header and qualify with std:: for library names.', 'Declare functions before they are used (prototype above main).'], header ? `#include <${header}>\n\nstd::${c.name}` : 'int helper(int x);   // prototype before first use\n\nint main() { return helper(1); }\nint helper(int x) { return x * 2; }')];
    },
    references: [cppref('Name lookup', 'cpp/language/lookup'), cppref('Standard library headers', 'cpp/header')],
    samples: ["main.cpp: In function 'int main()':\nmain.cpp:5:5: error: 'cout' was not declared in this scope; did you mean 'std::cout'?\n    5 |     cout << \"hi\";\n      |     ^~~~", "src/app.cpp:12:9: error: ‘helper’ was not declared in this scope"],
  },
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
    id: 'cpp.not-member-of-std',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:${QO}(?<name>${QN}{1,200})${QC} is not a member of ${QO}std${QC}|${QO}std::(?<name2>${QN}{1,200})${QC} has not been declared|no (?:member|type|template) named ${QO}(?<name3>${QN}{1,200})${QC} in namespace ${QO}std${QC})`),
    errorType: "is not a member of 'std'",
    category: 'name',
    priority: 12,
    summary: (c) => `std::${c.name ?? c.name2 ?? c.name3} is not declared - its header is not included${at(c)}.`,
    explanation: (c) => {
      const n = c.name ?? c.name2 ?? c.name3 ?? '';
      const h = STD_HEADERS[n];
      return `The name std::${n} is declared in a standard header that this file does not include${h ? `: <${h}>` : ''}. Code that compiled before may rely on another header including it transitively, which differs between compilers and versions.${/^(format|ranges|span|jthread|expected|print)$/.test(n) ? ` std::${n} also requires a recent language standard (-std=c++20 or later) and library support.` : ''}`;
    },
    causes: ['Missing #include of the standard header', 'Relying on transitive includes that changed with a compiler upgrade', 'Language standard too old for the facility (-std=c++17/20)'],
    fixes: (c) => {
      const n = c.name ?? c.name2 ?? c.name3 ?? '';
      return [fix('Include the right header', ['Add the header that declares the name; check cppreference for the exact header.'], STD_HEADERS[n] ? `#include <${STD_HEADERS[n]}>` : null)];
    },
    references: [cppref('Standard library headers', 'cpp/header')],
    samples: ["main.cpp:8:10: error: 'setprecision' is not a member of 'std'", "src/util.cpp:3:6: error: ‘std::string_view’ has not been declared", "main.cpp:4:10: error: no type named 'vector' in namespace 'std'"],
  },
  {
    id: 'cpp.does-not-name-type',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: ${QO}(?<name>${QN}{1,200})${QC} does not name a type(?:; did you mean ${QO}(?<suggestion>${QN}{1,200})${QC}\??)?`),
    errorType: 'does not name a type',
    category: 'name',
    priority: 11,
    summary: (c) => `'${c.name}' is used as a type but no such type is declared${at(c)}.`,
    explanation: (c) => {
      const bare = (c.name ?? '').replace(/^std::/, '');
      return `The compiler expected a type name at this position. '${c.name}' is unknown here: its header is missing${STD_HEADERS[bare] ? ` (<${STD_HEADERS[bare]}>)` : ''}, std:: is missing, the class is only forward-declared or declared later, or there is a circular include between headers. Statements (like assignments) outside functions also produce this error.`;
    },
    causes: ['Missing #include or std:: prefix', 'Circular includes between headers (use forward declarations)', 'Type declared after its use', 'Executable statements written at namespace/class scope'],
    fixes: [fix('Make the type visible before use', ['Include the header declaring it; break include cycles with forward declarations (class Foo;) and pointers/references.'], '// a.h\nclass B;          // forward declaration instead of #include "b.h"\nclass A {\n    B *b;\n};')],
    references: [cppref('Class declaration (forward declarations)', 'cpp/language/class')],
    samples: ["include/engine.h:14:5: error: 'Renderer' does not name a type\n   14 |     Renderer renderer;\n      |     ^~~~~~~~", "main.cpp:3:1: error: ‘string’ does not name a type; did you mean ‘stdin’?"],
  },
  {
    id: 'cpp.no-member-named',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:${QO}(?<type>${QN}{1,300})${QC} has no member named ${QO}(?<member>${QN}{1,200})${QC}|no member named ${QO}(?<member2>${QN}{1,200})${QC} in ${QO}(?<type2>${QN}{1,300})${QC})`),
    errorType: 'has no member named',
    category: 'name',
    priority: 11,
    summary: (c) => `${c.type ?? c.type2} has no member '${c.member ?? c.member2}'${at(c)}.`,
    explanation: (c) => `The class ${c.type ?? c.type2} does not declare '${c.member ?? c.member2}'. It may be misspelled, private in a base class, declared in a different class, or the object is a pointer/smart pointer and needs -> instead of . (or the reverse).`,
    causes: ['Typo in the member name', 'Using . on a pointer (should be ->)', 'Member declared in another class or removed', 'Outdated header/library version'],
    fixes: [fix('Use the correct member and access operator', ['Check the class definition; use -> for pointers and smart pointers.'], 'Node *n = head;\nn->next;   // not n.next')],
    references: [cppref('Member access operators', 'cpp/language/operator_member_access')],
    samples: ["main.cpp:14:11: error: 'class std::vector<int>' has no member named 'length'", "game.cpp:30:14: error: no member named 'updte' in 'Player'"],
  },
  {
    id: 'cpp.no-matching-function',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: no matching (?<member>member )?function for call to ${QO}(?<call>${QN}{1,400})${QC}`),
    errorType: 'no matching function for call',
    category: 'type',
    priority: 11,
    summary: (c) => `No overload of ${c.call?.replace(/\(.*$/, '')} accepts these arguments${at(c)}.`,
    explanation: (c) => `Overload resolution found no function/constructor named ${c.call?.replace(/\(.*$/, '')} whose parameters match the argument types in ${c.call}. The "candidate:" notes below the error list the existing overloads and why each was rejected (wrong count, no conversion, const-ness, missing default constructor).`,
    causes: ['Argument types do not match any overload (e.g. const vs non-const reference, pointer vs value)', 'Wrong number of arguments', 'Class has no default constructor but one is required (e.g. by std::vector::resize or a member without initialiser)', 'Template argument deduction failed'],
    fixes: [fix('Compare with the candidate list', ['Read the "candidate:" and "note:" lines under the error.', 'Convert the arguments, add the missing overload/constructor, or pass the right number of arguments.'], 'struct Point {\n    Point() = default;              // default constructor if needed\n    Point(int x, int y) : x(x), y(y) {}\n    int x = 0, y = 0;\n};')],
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
    id: 'cpp.use-of-deleted-function',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: (?:use of deleted function|call to (?:implicitly-)?deleted (?:copy |move )?constructor of) ${QO}(?<func>${QN}{1,500})${QC}`),
    errorType: 'use of deleted function',
    category: 'type',
    priority: 11,
    summary: (c) => `The code calls a deleted function${/unique_ptr/.test(c.func ?? '') ? ' - a std::unique_ptr is being copied' : ''}${at(c)}.`,
    explanation: (c) => `${c.func} is deleted (= delete), either explicitly or implicitly by the compiler. The most common case is copying a move-only type - std::unique_ptr, std::thread, std::mutex, streams - or a class containing one, e.g. pushing it into a vector by value or capturing it by copy.${/unique_ptr/.test(c.func ?? '') ? ' unique_ptr has exactly one owner; transfer it with std::move.' : ''}`,
    causes: ['Copying a move-only type (unique_ptr, thread, mutex, fstream)', 'Class with a unique_ptr member being copied (its copy constructor is implicitly deleted)', 'Passing such objects by value instead of by reference'],
    fixes: [fix('Move or pass by reference', ['Use std::move to transfer ownership, or pass const T& instead of T.'], 'auto p = std::make_unique<Widget>();\nwidgets.push_back(std::move(p));\n\nvoid use(const Widget &w);   // instead of use(Widget w)')],
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
    match: rx(ANY_LOC, String.raw`(?:(?:error|warning): implicit declaration of function ${QO}(?<func>${QN}{1,200})${QC}|error: call to undeclared (?:library )?function ${QO}(?<func2>${QN}{1,200})${QC})`),
    errorType: 'implicit declaration of function',
    category: 'name',
    priority: 10,
    summary: (c) => `The function ${c.func ?? c.func2} is called without a declaration${at(c)}.`,
    explanation: (c) => {
      const f = c.func ?? c.func2 ?? '';
      const hdr: Record<string, string> = { printf: 'stdio.h', malloc: 'stdlib.h', free: 'stdlib.h', exit: 'stdlib.h', atoi: 'stdlib.h', strlen: 'string.h', strcpy: 'string.h', memcpy: 'string.h', strcmp: 'string.h', sleep: 'unistd.h', close: 'unistd.h', read: 'unistd.h', write: 'unistd.h', isdigit: 'ctype.h', sqrt: 'math.h', pow: 'math.h' };
      return `C99 and later require a declaration (prototype) before a function is called. ${hdr[f] ? `${f} is declared in <${hdr[f]}>, which is not included.` : `No prototype of ${f} is visible: the header is missing, or the function is defined further down the file.`} GCC 14 and Clang 16 treat this as an error; older compilers guessed 'int ${f}()', which breaks for functions returning pointers or doubles.`;
    },
    causes: ['Missing #include of the standard/library header', 'Function defined below its first use without a prototype', 'Typo in the function name (then the link step fails too)'],
    fixes: [fix('Include the header or add a prototype', ['Include the header that declares it, or add a prototype above the first call.'], '#include <stdlib.h>\n\nstatic int parse(const char *s);   /* prototype */\n\nint main(void) { return parse("1"); }')],
    references: [ref('GCC 14 porting guide: implicit function declarations', 'https://gcc.gnu.org/gcc-14/porting_to.html'), cppref('C function declarations', 'c/language/function_declaration')],
    samples: ["main.c:5:5: warning: implicit declaration of function 'strlen' [-Wimplicit-function-declaration]", "main.c:8:12: error: call to undeclared function 'parse_args'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]"],
  },
  {
    id: 'c.incompatible-types',
    language: 'c',
    match: rx(ANY_LOC, String.raw`(?:error|warning): (?<what>(?:initialization|assignment|passing argument \d{1,3} of ${QO}${QN}{1,200}${QC}|returning ${QO}${QN}{1,200}${QC} from a function with return type ${QO}${QN}{1,200}${QC}) [^\n]{0,200}?(?:from incompatible pointer type|makes (?:integer from pointer|pointer from integer) without a cast)|incompatible (?:pointer|integer)(?: to (?:integer|pointer))? (?:types|conversion) [^\n]{1,300})`),
    errorType: 'incompatible pointer types',
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
    samples: ["calc.c: In function 'sign':\ncalc.c:9:1: warning: control reaches end of non-void function [-Wreturn-type]\n    9 | }\n      | ^"],
  },
  {
    ...NO_RETURN,
    id: 'cpp.no-return',
    language: 'cpp',
    match: rx(CPP_LOC, NO_RETURN_BODY),
    priority: 11,
    samples: ["src/grade.cpp:12:1: warning: non-void function does not return a value in all control paths [-Wreturn-type]"],
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
    match: new RegExp(thrown((i) => (i === 1 ? `(?<exception>${QN}{1,300})` : String.raw`(?<exception${i}>[\w:<>]{1,300})`))),
    errorType: (c) => c.exception ?? c.exception2 ?? c.exception3 ?? 'uncaught exception',
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
    match: /(?:Could not find a package configuration file provided by "(?<pkg>[^"\n]{1,100})"|Could NOT find (?<pkg2>[\w:+-]{1,100})(?: \(missing: (?<missing>[^)\n]{1,300})\))?)/,
    errorType: 'CMake find_package failed',
    category: 'dependency',
    priority: 12,
    summary: (c) => `CMake cannot find the package ${c.pkg ?? c.pkg2}.`,
    explanation: (c) => `find_package(${c.pkg ?? c.pkg2}) did not locate ${c.pkg ? `${c.pkg}Config.cmake / ${c.pkg.toLowerCase()}-config.cmake` : `the library${c.missing ? ` (missing: ${c.missing})` : ''}`}. The package (with its development/CMake files) is not installed, or it is installed in a prefix CMake does not search.`,
    causes: ['Library or its -dev package not installed', 'Installed in a custom prefix not listed in CMAKE_PREFIX_PATH', 'Package manager toolchain (vcpkg/conan) not passed to CMake'],
    fixes: (c) => [
      fix('Install the package or tell CMake where it is', ['Install the development package (or via vcpkg/conan).', `Pass its prefix: -DCMAKE_PREFIX_PATH=/path/to/install (or -D${c.pkg ?? c.pkg2}_DIR=<dir containing the config file>).`], `cmake -S . -B build -DCMAKE_PREFIX_PATH=/opt/${(c.pkg ?? c.pkg2 ?? 'lib').toLowerCase()}\n# vcpkg\ncmake -S . -B build -DCMAKE_TOOLCHAIN_FILE=$VCPKG_ROOT/scripts/buildsystems/vcpkg.cmake`),
    ],
    references: [ref('CMake: find_package', 'https://cmake.org/cmake/help/latest/command/find_package.html'), ref('CMake: CMAKE_PREFIX_PATH', 'https://cmake.org/cmake/help/latest/variable/CMAKE_PREFIX_PATH.html')],
    samples: ['CMake Error at CMakeLists.txt:12 (find_package):\n  By not providing "Findfmt.cmake" in CMAKE_MODULE_PATH this project has\n  asked CMake to find a package configuration file provided by "fmt", but\n  CMake did not find one.\n\n  Could not find a package configuration file provided by "fmt" with any of\n  the following names:', 'Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the system variable OPENSSL_ROOT_DIR (missing: OPENSSL_CRYPTO_LIBRARY OPENSSL_INCLUDE_DIR)'],
  },
  {
    id: 'cpp.cmake-no-compiler',
    language: 'cpp',
    match: /No CMAKE_(?<lang>C|CXX|CUDA)_COMPILER could be found/,
    errorType: 'CMake compiler not found',
    category: 'configuration',
    priority: 12,
    summary: (c) => `CMake found no ${c.lang === 'CXX' ? 'C++' : c.lang} compiler.`,
    explanation: (c) => `During configuration CMake looks for a ${c.lang === 'CXX' ? 'C++ (g++/clang++/cl)' : c.lang} compiler on PATH (or in CMAKE_${c.lang}_COMPILER / the ${c.lang === 'CXX' ? 'CXX' : 'CC'} environment variable) and found none.`,
    causes: ['No compiler installed (build-essential / Xcode CLT / Visual Studio C++ workload)', 'Compiler not on PATH (Windows without a Developer Command Prompt)', 'Stale CMakeCache.txt pointing to a removed compiler'],
    fixes: [fix('Install a compiler and reconfigure from scratch', ['Install build-essential (Debian/Ubuntu), xcode-select --install (macOS) or the "Desktop development with C++" workload (Windows).', 'Delete the build directory (CMakeCache.txt) and configure again.'], 'sudo apt-get install -y build-essential\nrm -rf build && cmake -S . -B build')],
    references: [ref('CMake: CMAKE_<LANG>_COMPILER', 'https://cmake.org/cmake/help/latest/variable/CMAKE_LANG_COMPILER.html')],
    samples: ['CMake Error at CMakeLists.txt:2 (project):\n  No CMAKE_CXX_COMPILER could be found.\n\n  Tell CMake where to find the compiler by setting either the environment\n  variable "CXX" or the CMake cache entry CMAKE_CXX_COMPILER to the full path\n  to the compiler, or to the compiler name if it is in the PATH.'],
  },

  // ---------------------------------------------------------------- catch-alls
  {
    id: 'c.compile-error',
    language: 'c',
    match: /(?<![^\s])(?<file>[^\s:]{1,400}?\.[ch]):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? (?:fatal )?error: (?<message>[^\n]{1,500})/,
    errorType: 'compile error',
    category: 'syntax',
    priority: -10,
    summary: (c) => `C compile error in ${c.file}:${c.line}: ${c.message}`,
    explanation: 'The compiler rejected the code at this location. Fix the first error first: later errors are often consequences of it (a missing brace or semicolon can produce dozens).',
    causes: ['See the message and the caret (^) line under it', 'A previous error confusing the parser'],
    fixes: [fix('Fix the first reported error', ['Compile again after fixing the first error; enable -Wall -Wextra to get earlier warnings.'], 'gcc -Wall -Wextra -g main.c -o app')],
    references: [GCC_WARN],
    samples: ["main.c:14:9: error: too few arguments to function 'copy'"],
  },
  {
    id: 'cpp.compile-error',
    language: 'cpp',
    match: new RegExp(CPP_LOC + String.raw`(?:fatal )?error: (?<message>[^\n]{1,500})`),
    errorType: 'compile error',
    category: 'syntax',
    priority: -9,
    summary: (c) => `C++ compile error in ${c.file}:${c.line}: ${c.message}`,
    explanation: 'The compiler rejected the code here. With templates the first line is often generic; read the "required from here" and "note:" lines to find the place in your own code. Fix the first error first.',
    causes: ['See the message and the notes under it', 'Template instantiation errors originate in your call site ("required from here")'],
    fixes: [fix('Fix the first error in your own code', ['Look for the first "required from here" that points into your files.', 'Compile with -Wall -Wextra for additional hints.'])],
    references: [GCC_WARN],
    samples: ["src/matrix.cpp:27:15: error: invalid operands to binary expression ('Matrix' and 'Vector')"],
  },
];
