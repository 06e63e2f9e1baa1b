import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, patternById, ref } from './answer-parts';
import { ANY_LOC, at, cppTwin, NATIVE_PATTERNS, phraseOf, rx } from './native.patterns';

/*
 * C / C++ sixth pass: compiler and linker output as it is pasted from the builds of C projects (curl, OpenSSL users,
 * libevent, mongoose, tcl-tls) and C++ ones (ntfs2btrfs, blt4l, libdatachannel, webradio), and the setuptools lines
 * around a C extension's build: gcc's C-only "dereferencing pointer to incomplete type" without a C file name (or
 * without the type), a gcc diagnostic whose quotes arrived as mojibake (UTF-8 read as Windows-1252: â€˜x€™), an
 * undefined reference whose closing quote was cut off, "undefined reference to symbol 'x@@GLIBC_2.1'" without the
 * DSO line under it, the loader's "version GLIBCXX_3.4.21 not defined in file libstdc++.so.6 with link time
 * reference", ld's "cannot find -lOpenSSL::Crypto" (a CMake target name that became a -l flag: C unless the text
 * shows C++), g++'s "jump to case label" in a C header compiled as C++, setuptools' bare "error: command 'gcc' failed with exit status 1" and the older "Microsoft Visual C++
 * 14.0 is required".
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it; patterns are filed
 * under C with a C++ twin (cppTwin) where the same text comes from either. setuptools' own lines are Python's
 * (test/fixtures/errors/README.md: the pip or setuptools message saying a build failed is `python`).
 */

const LD_REF = ref('GNU ld manual: Options', 'https://sourceware.org/binutils/docs/ld/Options.html');
const GCC_WARN = ref('GCC: Warning Options', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html');
const OPENSSL_11 = ref('OpenSSL wiki: OpenSSL 1.1.0 Changes (opaque structures)', 'https://wiki.openssl.org/index.php/OpenSSL_1.1.0_Changes');
const DUAL_ABI = ref('libstdc++ manual: Dual ABI', 'https://gcc.gnu.org/onlinedocs/libstdc++/manual/using_dual_abi.html');
const CMAKE_TLL = ref('CMake: target_link_libraries', 'https://cmake.org/cmake/help/latest/command/target_link_libraries.html');
const SETUPTOOLS_EXT = ref('setuptools: Building Extension Modules', 'https://setuptools.pypa.io/en/latest/userguide/ext_modules.html');
const CMAKE_COMPILER_REF = ref('CMake: CMAKE_<LANG>_COMPILER', 'https://cmake.org/cmake/help/latest/variable/CMAKE_LANG_COMPILER.html');
const MSVC_PY = ref('Python Wiki: Windows Compilers', 'https://wiki.python.org/moin/WindowsCompilers');

// ---------------------------------------------------------------- gcc (C)

const derefIncomplete: ErrorPattern = {
  id: 'c.dereferencing-incomplete-type',
  language: 'c',
  // gcc's C front end only ("dereferencing pointer to incomplete type 'RSA' {aka 'struct rsa_st'}"; gcc < 5 without the
  // type): g++ words the same error "invalid use of incomplete type". Above cpp.incomplete-type, which also lists it.
  // With a .c file and a quoted type c.incomplete-type (cpp.incomplete-type's C twin) answers the same; this one takes the
  // rest: no file, a header, or gcc < 5's wording without the type.
  match: rx(
    ANY_LOC,
    String.raw`(?:(?<!\.c:\d{1,7}:(?:\d{1,7}:)? )(?:fatal )?error: dereferencing pointer to incomplete type [‘'](?<type>[^'’\n]{1,300})['’](?: \{aka [‘']?(?<aka>[^'’}\n]{1,300})['’]?\})?|(?:fatal )?error: dereferencing pointer to incomplete type(?![ \t]{0,4}[‘']))`,
  ),
  requires: /dereferencing pointer to incomplete type/,
  errorType: 'incomplete type',
  category: 'type',
  priority: 12,
  summary: (c) => `The code reads a member through a pointer to ${c.type ? `${c.type}${c.aka ? ` (${c.aka})` : ''}` : 'a struct'}, whose definition is not visible${at(c)}.`,
  explanation: (c) =>
    `In C, "struct x;" (or a typedef of it) declares a struct without its members: pointers to it can be passed around, but -> and sizeof need the full definition. ${/\b(?:RSA|DSA|DH|X509\w*|SSL\w*|EVP_\w+|BIO|HMAC_CTX|BIGNUM|ssl_st|rsa_st|dh_st|x509\w*|bio_st|evp_\w+)\b/.test(`${c.type ?? ''} ${c.aka ?? ''}`) ? `${c.type ?? 'This struct'} is one of the structures OpenSSL 1.1.0 made opaque: code written for OpenSSL 1.0 reads its members directly, which no longer compiles; it must use the accessor functions (RSA_get0_key, X509_get_subject_name, SSL_get_SSL_CTX…) or be built against OpenSSL 1.0.` : 'The header that defines the struct is not included, or the library made the struct opaque in a newer version and offers accessor functions instead.'}`,
  causes: ['A library that made the struct opaque in a newer version (OpenSSL 1.1: RSA, DH, X509, SSL, EVP_MD_CTX, BIO)', 'The header defining the struct is not included', 'A struct declared under another name (typedef vs struct tag)'],
  fixes: (c) => [
    fix(`Use the accessors of ${c.type ?? 'the struct'} instead of its members`, ['Replace direct member access with the library\'s accessor functions (OpenSSL 1.1: RSA_get0_key/RSA_set0_key, DH_set0_pqg, X509_get_subject_name, EVP_MD_CTX_new), or build against the library version the code was written for.', 'If it is your own struct, include the header that defines it where its members are used.'], 'pkg-config --modversion openssl\ngrep -rn "OPENSSL_VERSION_NUMBER" src/'),
  ],
  references: [OPENSSL_11],
  samples: ["error: dereferencing pointer to incomplete type ‘SSL’ {aka ‘struct ssl_st’}", 'bufferevent_openssl.c:112:3: error: dereferencing pointer to incomplete type'],
};

// ---------------------------------------------------------------- mojibake

/** gcc's typographic quotes after a UTF-8 log was read as Windows-1252 ("â€˜x€™" for ‘x’). */
const demojibake = (s: string | undefined): string => (s ?? '').replace(/â€˜/g, '‘').replace(/â€™/g, '’');

/** The phrase of a diagnostic once its quotes are quotes again. */
function mojibakePhrase(c: Captures): string {
  const m = demojibake(c.message);
  if (/does not name a (?:template )?type\b/.test(m)) return 'does not name a type';
  // gcc's C wording of an undeclared name takes g++'s phrase, as c.undeclared answers it.
  if (/^‘[^’\n]{1,200}’ undeclared\b/.test(m)) return 'was not declared in this scope';
  if (/^‘[^’\n]{1,200}’ is not a member of ‘std’/.test(m)) return "is not a member of 'std'";
  return phraseOf(m);
}

const mojibakeDiagnostic: ErrorPattern = {
  id: 'c.mojibake-quotes-diagnostic',
  language: 'c',
  // "ntfs.h:537:10: error: â€˜unique_ptrâ€™ in namespace â€˜stdâ€™ does not name a template type": the quotes of a
  // UTF-8 gcc log shown as Windows-1252 (a CI log viewer, a copy from a web page). The patterns written for the
  // diagnostics expect quotes; this one reads the message with its quotes restored.
  match: rx(ANY_LOC, String.raw`(?:fatal )?error: (?<message>[^\n]{0,300}?â€˜[^\n]{1,400})`),
  requires: /â€˜/,
  errorType: mojibakePhrase,
  category: 'syntax',
  priority: 6,
  summary: (c) => `The compiler stopped on an error${at(c)}: ${demojibake(c.message).trim()}`,
  explanation: (c) =>
    `The quotes around the names (â€˜ and â€™) are gcc's ‘ and ’ from a UTF-8 log displayed as Windows-1252; the message is: "${demojibake(c.message).trim()}". ${/does not name a (?:template )?type|was not declared|is not a member of/.test(demojibake(c.message)) ? 'The name is used where the compiler has not seen its declaration: usually a standard header the file relies on without including it (newer gcc releases include fewer headers from each other: <memory> for unique_ptr, <cstdint> for uint32_t).' : 'The line and column point at the code to fix.'}`,
  causes: ['A header not included where the name is used (newer gcc includes fewer headers transitively)', 'A typo in the name, or a missing namespace qualifier'],
  fixes: (c) => [fix('Fix the line the compiler points at', ['Read the message with its quotes restored; when a standard name is not declared, include its header in that file (gcc\'s note names it: <memory>, <cstdint>…). Set LANG=C.UTF-8 in the CI log viewer\'s encoding (or read the raw log) to see the quotes.'], c.file ? `sed -n '${c.line ?? 1}p' ${c.file}` : undefined)],
  references: [GCC_WARN],
  samples: ['src/parser.c:41:6: error: â€˜countâ€™ undeclared (first use in this function)'],
};

// ---------------------------------------------------------------- GNU ld

const undefinedUnclosed: ErrorPattern = {
  id: 'c.undefined-reference-unclosed',
  language: 'c',
  // "undefined reference to `std::__cxx11::basic_string<…> >" with the rest of the symbol (and its closing quote) cut off
  // by the person pasting it: the line ends inside the symbol.
  match: /(?:(?<![^\s])(?<file>[^\s:]{1,400}):(?<line>\d{1,7}): )?undefined reference to [`'‘](?<symbol>[^'’`\n]{1,400})$/m,
  requires: /undefined reference to/,
  errorType: 'undefined reference',
  category: 'build',
  priority: 7,
  summary: (c) => `The linker found no definition of ${c.symbol?.trim()}${c.file ? ` (used at ${c.file}:${c.line})` : ''}.`,
  explanation: (c) =>
    /std::__cxx11::|\[abi:cxx11\]/.test(c.symbol ?? '')
      ? 'The missing symbol takes or returns std::__cxx11::basic_string (std::string in libstdc++\'s C++11 ABI). One side of the link was compiled with the old string ABI (_GLIBCXX_USE_CXX11_ABI=0: a library built with gcc < 5 or with that macro set, as PyTorch wheels before 2.x and some prebuilt SDKs are) and the other with the new one, so the names do not match.'
      : `The code was compiled against a declaration of ${c.symbol?.trim()}, but no object file or library on the link line defines it: a library missing from the link (or listed before what uses it), or a library of another version.`,
  causes: (c) => (/std::__cxx11::/.test(c.symbol ?? '') ? ['A library built with the old libstdc++ string ABI (_GLIBCXX_USE_CXX11_ABI=0) linked into code built with the new one, or the reverse', 'A prebuilt library built with another gcc version'] : ['The library defining the symbol is not linked', 'Libraries in the wrong order', 'A library version without this symbol']),
  fixes: (c) => [
    /std::__cxx11::/.test(c.symbol ?? '')
      ? fix('Build everything with the same string ABI', [`${c.symbol?.trim()} is named with the new ABI: check which ABI the library uses (nm -C lib.so | grep __cxx11: present means the new ABI) and compile your code the same way, or rebuild the library.`], 'nm -DC libfoo.so | grep -c __cxx11\n# match an old-ABI library:\nadd_compile_definitions(_GLIBCXX_USE_CXX11_ABI=0)')
      : fix(`Link the library that defines ${c.symbol?.trim()}`, ['Find the library that defines it and add it to the link after the objects that use it.'], 'nm -A /usr/lib/*.a 2>/dev/null | grep " T symbol$"'),
  ],
  references: [LD_REF, DUAL_ABI],
  samples: ["undefined reference to `parse_config"],
};

const undefinedGuillemets: ErrorPattern = {
  ...undefinedUnclosed,
  id: 'c.undefined-reference-guillemets',
  // ld in a French locale quotes with guillemets; pasted half-translated it reads "tester-viz.c:162: undefined reference
  // « sdl_main »" (the localised "référence indéfinie vers « x »" is the localisation layer's).
  match: /(?:(?<![^\s])(?<file>[^\s:]{1,400}):(?<line>\d{1,7}): )?undefined reference (?:to )?« ?(?<symbol>[^»\n]{1,400}?) ?»/,
  requires: /undefined reference (?:to )?«/,
  samples: ['rrrr/tester-viz.c:162: undefined reference « sdl_main »\nclang: error: linker command failed with exit code 1'],
};

const undefinedSymbolVersioned: ErrorPattern = {
  id: 'c.undefined-reference-to-symbol',
  language: 'c',
  // "/usr/bin/ld: io/rtlsdrtuner.o: undefined reference to symbol 'pthread_create@@GLIBC_2.1'" pasted without the
  // "error adding symbols: DSO missing from command line" line that c.dso-missing expects under it.
  match: /undefined reference to symbol [`'‘](?<symbol>[^'’@\n]{1,300})(?:@@?(?<version>[\w.]{1,40}))?['’]/,
  requires: /undefined reference to symbol/,
  errorType: 'undefined reference',
  category: 'build',
  priority: 9,
  summary: (c) => `The linker found ${c.symbol} only in a library that is not on the link line${c.version ? ` (the symbol version ${c.version})` : ''}.`,
  explanation: (c) =>
    `Your objects call ${c.symbol}; the linker found its definition only in a shared library that another library depends on, and it does not take symbols from such indirect dependencies (since binutils 2.22, --no-copy-dt-needed-entries). ${/^pthread_/.test(c.symbol ?? '') ? 'For pthread functions the library is libpthread: glibc before 2.34 kept them there, so the link needs -pthread.' : 'Add the library that defines it to the link.'}`,
  causes: ['The library defining the symbol is only an indirect dependency of the link', 'A thread, math or dl function used without -pthread, -lm or -ldl (glibc < 2.34)'],
  fixes: (c) => [fix(`Link the library defining ${c.symbol}${c.version ? ` (${c.version})` : ''} directly`, [/^pthread_/.test(c.symbol ?? '') ? 'Compile and link with -pthread (CMake: find_package(Threads) and link Threads::Threads).' : 'Add the library after the objects that use it (-lm, -ldl, or the library ld names).'], /^pthread_/.test(c.symbol ?? '') ? 'gcc -o app main.c -pthread\n# CMake\nfind_package(Threads REQUIRED)\ntarget_link_libraries(app PRIVATE Threads::Threads)' : 'gcc -o app main.o -lm -ldl')],
  references: [LD_REF],
  samples: ["/usr/bin/ld: io/rtlsdrtuner.o: undefined reference to symbol 'pthread_create@@GLIBC_2.1'"],
};

const cmakeTargetAsLib: ErrorPattern = {
  id: 'c.cannot-find-cmake-target',
  language: 'c',
  // "/usr/bin/ld: cannot find -lOpenSSL::Crypto": target_link_libraries named an imported target (OpenSSL::Crypto,
  // ZLIB::ZLIB) that was never created, so CMake passed the name to the linker as a library. The "::" is CMake's,
  // not C++'s: the language is C unless the text shows C++ elsewhere (the twin below).
  match: /(?:cannot find|找不到|无法找到) -l(?<target>[A-Za-z_][\w.+-]{0,60}::[\w.+-]{1,60})/,
  requires: /-l[\w.+-]{1,60}::/,
  errorType: 'cannot find -l',
  category: 'build',
  priority: 14,
  summary: (c) => `The linker was asked for a library called "${c.target}": a CMake imported target that does not exist.`,
  explanation: (c) =>
    `${c.target} is the name of a CMake imported target, not of a library file. target_link_libraries() passes a name it does not know as a target to the linker as -l${c.target}, and ld finds no such library. The find_package() that creates ${c.target} (find_package(${c.target?.split('::')[0]})) was not called in this directory (or a parent), failed without REQUIRED, or ran in a scope the target does not reach (imported targets are local to the directory unless GLOBAL).`,
  causes: (c) => [`find_package(${c.target?.split('::')[0]}) missing, or called after target_link_libraries`, 'find_package without REQUIRED that silently failed', 'The imported target created in a sibling directory (not visible here)', 'A misspelt target name'],
  fixes: (c) => [fix(`Create ${c.target} before linking to it`, [`Call find_package(${c.target?.split('::')[0]} REQUIRED) in this CMakeLists.txt (or a parent) before target_link_libraries; REQUIRED makes CMake stop at configure time if the package is missing.`], `find_package(${c.target?.split('::')[0]} REQUIRED)\ntarget_link_libraries(app PRIVATE ${c.target})`)],
  references: [CMAKE_TLL, LD_REF],
  samples: ['/usr/bin/ld: cannot find -lOpenSSL::Crypto\ncollect2: error: ld returned 1 exit status'],
};

/** The C++ side of cmakeTargetAsLib: C++ shown by something other than the "::" of the target name. */
const cmakeTargetAsLibCpp: ErrorPattern = {
  ...cmakeTargetAsLib,
  id: 'cpp.cannot-find-cmake-target',
  language: 'cpp',
  match: new RegExp(String.raw`(?<![\s\S])(?=[\s\S]*?(?:\.(?:cpp|cc|cxx|hpp)\b|\bLinking CXX\b|\bBuilding CXX\b|\bg\+\+|\bclang\+\+|(?:^|[\s/])c\+\+[ :]))[\s\S]*?(?:${cmakeTargetAsLib.match.source})`),
  requires: cmakeTargetAsLib.match,
  priority: 15,
  samples: ['[100%] Linking CXX executable app\n/usr/bin/ld: cannot find -lBoost::filesystem\ncollect2: error: ld returned 1 exit status'],
};

// ---------------------------------------------------------------- loader

const versionNotDefined: ErrorPattern = {
  id: 'c.symbol-version-not-defined',
  language: 'c',
  // ld.so's "relocation error: X: symbol _ZNSt7__cxx11…, version GLIBCXX_3.4.21 not defined in file libstdc++.so.6 with
  // link time reference": the program was linked against a newer runtime than the one loaded.
  match: /relocation error: {0,4}(?<object>[^\s:]{1,300}): symbol\s{1,4}(?<symbol>[^\s,]{1,300}),\s{1,4}version (?<version>[A-Z][\w.]{0,40}) not defined in file (?<library>[^\s]{1,200}) with link time reference/,
  requires: /not defined in file/,
  errorType: 'version not found',
  category: 'dependency',
  priority: 12,
  summary: (c) => `${c.object} was linked against ${c.version} of ${c.library}, but the ${c.library} loaded at run time does not provide it.`,
  explanation: (c) =>
    `The dynamic loader resolves each symbol with the version it was linked against. ${c.object} needs ${c.symbol} at version ${c.version}; the ${c.library} found at run time is older (or another build) and lacks that version. ${/GLIBCXX|CXXABI/.test(c.version ?? '') ? 'This happens when a program built with a newer g++ runs with an older libstdc++.so.6 — often one shipped by the application itself (a game\'s or an SDK\'s bundled runtime) that is found first.' : 'The program was built on a newer system than the one it runs on.'}`,
  causes: (c) => [`An older ${c.library} found first (bundled with the application, or on LD_LIBRARY_PATH)`, 'The program built with a newer compiler or glibc than the runtime system has'],
  fixes: (c) => [fix(`Load a ${c.library} that provides ${c.symbol} at ${c.version}`, [`Check which ${c.library} is loaded (ldd) and whether it lists ${c.version}; remove or rename a bundled older copy, or point LD_LIBRARY_PATH at the system one, or build the library with the compiler of the target system.`], `ldd ${c.object} | grep ${c.library}\nstrings $(ldconfig -p | awk '/${c.library}/{print $NF; exit}') | grep ${c.version}`)],
  references: [ref('ld.so(8) - dynamic linker/loader', 'https://man7.org/linux/man-pages/man8/ld.so.8.html'), DUAL_ABI],
  samples: ['./app: relocation error: ./libfoo.so: symbol memcpy, version GLIBC_2.14 not defined in file libc.so.6 with link time reference'],
};

// ---------------------------------------------------------------- MSVC

/** An existing pattern of native.patterns.ts, to reuse its explanations with another regex. */
const nativeById = (id: string): ErrorPattern => patternById(NATIVE_PATTERNS, id);

/** msvc-compiler-error reads its code and message from these groups (code5, message5). */
const msvcCodeLine = (language: 'c' | 'cpp'): ErrorPattern => nativeById(`${language}.msvc-compiler-error`);

const msvcDefaultIntC: ErrorPattern = {
  ...msvcCodeLine('c'),
  id: 'c.msvc-error-with-c-default-int',
  // cl's C front end only: "warning C4431: missing type specifier - int assumed. Note: C no longer supports default-int"
  // (its C++ front end says "C4430: … Note: C++ does not support default-int"). The errors around it, in a header
  // the Error List names without the .c file, are C's.
  match: /(?<![\s\S])(?=[\s\S]*?Note: C no longer supports default-int)[\s\S]*?\berror (?<code5>C\d{4})\s?:\s?(?<message5>[^\n]{0,600})/,
  requires: /C no longer supports default-int/,
  priority: 15,
  samples: ["2>c:\\src\\plfit.h(115): error C2143: syntax error : missing ';' before '_'\n2>c:\\src\\plfit.h(117): warning C4431: missing type specifier - int assumed. Note: C no longer supports default-int"],
};

const msvcBareCodeLine: ErrorPattern = {
  ...msvcCodeLine('cpp'),
  id: 'cpp.msvc-bare-code-line',
  // Qt Creator's Issues pane and copies from it: the code starts the line, without "error" and without the file
  // ("C2146: syntax error : missing ';' before identifier 'size_t'"). cl's default is C++, as for a bare code.
  match: /^[ \t]{0,8}(?<code5>C[1-7]\d{3}): (?<message5>[^\n]{1,600})/m,
  requires: /(?:^|\n)[ \t]{0,8}C[1-7]\d{3}: /,
  priority: 12,
  samples: ["C2146: syntax error : missing ';' before identifier 'size_t'\nC4430: missing type specifier - int assumed. Note: C++ does not support default-int"],
};

// ---------------------------------------------------------------- clang (C++)

const bareType = (t: string | undefined): string => (t ?? '').replace(/\bconst\b|\s+/g, '');
const INTEGER_TYPE = /^(?:(?:unsigned|signed|long|short)?(?:int|long|short|char|size_t|ptrdiff_t|u?int\d{1,2}_t))$/;

/** g++'s phrase for clang's assignment between incompatible types, as cpp.clang-cannot-initialize decides it. */
function assignPhrase(c: Captures): string {
  const to = bareType(c.to);
  const from = bareType(c.from);
  const pointer = (t: string): boolean => t.endsWith('*');
  if (to === from || from === 'void*' || (pointer(to) && INTEGER_TYPE.test(from)) || (pointer(from) && INTEGER_TYPE.test(to))) return 'invalid conversion';
  return 'cannot convert';
}

const clangAssignIncompatible: ErrorPattern = {
  id: 'cpp.clang-assigning-incompatible-type',
  language: 'cpp',
  // clang's C++ front end: "error: assigning to 'char *' from incompatible type 'void *'" (C allows void* and only warns
  // about other pointers, "incompatible pointer types assigning to"). g++ says "invalid conversion from 'void*' to 'char*'".
  match: rx(ANY_LOC, String.raw`error: [Aa]ssigning to '(?<to>[^'\n]{1,300})' from incompatible type '(?<from>[^'\n]{1,300})'`),
  requires: /ssigning to '/,
  errorType: assignPhrase,
  category: 'type',
  priority: 11,
  summary: (c) => `A ${c.from} is assigned to a ${c.to}, and C++ does not convert one to the other implicitly${at(c)}.`,
  explanation: (c) =>
    `C++ has no implicit conversion from ${c.from} to ${c.to} (g++ says "${assignPhrase(c) === 'invalid conversion' ? 'invalid conversion from' : 'cannot convert'} '${c.from}' to '${c.to}'"). ${bareType(c.from) === 'void*' ? 'In C, malloc()\'s void* converts to any object pointer by itself; in C++ it needs a cast: this is C code compiled as C++ (a .c file given to clang++, or included from a .cpp file).' : 'The types on the two sides are unrelated, or a const would be dropped.'}`,
  causes: ['C code (malloc, calloc, realloc results) compiled as C++', 'Unrelated pointer types on the two sides'],
  fixes: (c) => [fix(`Convert ${c.from} to ${c.to} explicitly, or compile the file as C`, ['Cast the result (static_cast in C++, or a C-style cast in code shared with C), or build the .c files with the C compiler (clang, not clang++; in CMake, keep the file\'s .c extension and enable the C language).'], `${c.to} p = (${c.to})malloc(n);`)],
  references: [ref('cppreference: Implicit conversions', 'https://en.cppreference.com/w/cpp/language/implicit_conversion')],
  samples: ["string.h:42:9: error: assigning to 'char *' from incompatible type 'void *'"],
};

// ---------------------------------------------------------------- g++ (C++ only)

const jumpCrossesInit: ErrorPattern = {
  id: 'cpp.jump-crosses-initialization',
  language: 'cpp',
  // g++'s "jump to case label" / "jump to label ‘x’" (then "note: crosses initialization of ‘int n’") and clang's "cannot
  // jump from switch statement to this case label" / "cannot jump from this goto statement to its label": C++ forbids
  // jumping past an initialised declaration; C allows it (only a VLA's scope is off limits), so a header of C code
  // compiled as C++ (RGFW.h, kb_text_shape.h) is C++ here.
  match: rx(ANY_LOC, String.raw`error: (?:jump to (?<kind>case label|label)(?: [‘'](?<label>[^'’\n]{1,200})['’])?|cannot jump from (?<clang>switch statement to this case label|this goto statement to its label))`),
  requires: /jump to (?:case )?label|cannot jump from/,
  errorType: (c) => (c.kind === 'case label' || /^switch/.test(c.clang ?? '') ? 'jump to case label' : 'jump to label'),
  category: 'syntax',
  priority: 11,
  summary: (c) => `A ${c.kind === 'case label' || /^switch/.test(c.clang ?? '') ? 'case label' : `goto to ${c.label ?? 'a label'}`} jumps past the initialisation of a variable${at(c)}.`,
  explanation: (c) =>
    `In C++ a jump (a switch to one of its case labels, or a goto) may not skip the declaration of a variable with an initializer that is still in scope at the target: the variable would exist uninitialised there. The note "crosses initialization of …" names it. C allows such jumps, so C code compiled as C++ (a single-header library included from a .cpp file, a .c file built with g++) hits this error.${c.kind === 'case label' || /^switch/.test(c.clang ?? '') ? ' A variable declared directly in a case without braces is in scope in every following case.' : ''}`,
  causes: ['A variable declared with an initializer inside a case without its own braces', 'A goto (error-handling "goto fail") jumping over initialised declarations', 'C code compiled as C++'],
  fixes: (c) => [
    fix(c.kind === 'case label' || /^switch/.test(c.clang ?? '') ? 'Give the case its own block' : `Declare the variables before the first goto ${c.label ?? ''}`.trim(), ['Wrap the case\'s statements in braces so the variable\'s scope ends before the next case, or declare the variables the jump crosses before the jump (assign them later). For a C library, compile its implementation in a .c file with the C compiler.'], 'case FOO: {\n    int n = compute();\n    use(n);\n    break;\n}'),
  ],
  references: [ref('cppreference: goto statement', 'https://en.cppreference.com/w/cpp/language/goto'), ref('cppreference: switch statement', 'https://en.cppreference.com/w/cpp/language/switch')],
  samples: ["include/RGFW.h:3066:22: error: jump to case label\n 3066 |   case SelectionNotify: {\ninclude/RGFW.h:2938:32: note:   crosses initialization of ‘XEvent reply’", "kb_text_shape.h:18540:13: error: jump to label ‘ResumePoint4’"],
};

// ---------------------------------------------------------------- CMake

/** CMake's CMAKE_<LANG>_COMPILER not found, for C and for C++ (and CUDA). */
function cmakeCompilerNotSet(language: 'c' | 'cpp'): ErrorPattern {
  const langs = language === 'c' ? 'C' : 'CXX|CUDA';
  const env = language === 'c' ? 'CC' : 'CXX|CUDACXX';
  return {
    ...nativeById(`${language}.cmake-no-compiler`),
    id: `${language}.cmake-compiler-not-set`,
    language,
    // "CMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage" (what project() says once it found no compiler,
    // often after "Running 'nmake' '-?' failed" outside a Visual Studio prompt) and "Could not find compiler set in
    // environment variable CXX: g++-4.9." (CXX names a compiler that is not installed).
    match: new RegExp(String.raw`CMAKE_(?<lang>${langs})_COMPILER not set, after EnableLanguage|Could not find compiler set in environment variable (?<env>${env}):\s{1,10}(?<compiler>[^\s]{1,200})`),
    requires: /not set, after EnableLanguage|Could not find compiler set in environment variable/,
    errorType: (c: Captures) => `CMAKE_${c.lang ?? (c.env === 'CC' ? 'C' : c.env === 'CUDACXX' ? 'CUDA' : 'CXX')}_COMPILER not found`,
    // CMake reports C before CXX: with both missing, no compiler is installed at all and the first line answers.
    priority: language === 'c' ? 13 : 12,
    summary: (c: Captures) =>
      c.env ? `CMake found no ${c.env === 'CC' ? 'C' : 'C++'} compiler: the ${c.env} environment variable names ${c.compiler?.replace(/\.$/, '')}, which is not installed.` : `CMake found no ${c.lang === 'C' ? 'C' : c.lang === 'CUDA' ? 'CUDA' : 'C++'} compiler for the languages of project().`,
    explanation: (c: Captures) =>
      `project() enables the C and C++ languages (unless told otherwise) and looks for their compilers; ${c.env ? `the ${c.env} environment variable told it to use ${c.compiler?.replace(/\.$/, '')}, which is not on this system` : 'none was found, so CMake stops with "not set, after EnableLanguage"'}. On Windows this usually means cmake ran outside a Visual Studio Developer prompt with the default NMake generator ("Running 'nmake' '-?' failed"), or no compiler is installed; on Linux that build-essential (g++) is missing.`,
    causes: ['No C/C++ compiler installed (build-essential, the Visual Studio C++ workload)', 'cmake run outside a Visual Studio Developer Command Prompt with an NMake/Ninja generator', 'CC/CXX set to a compiler that is not installed', 'A C-only project whose project() also enables CXX'],
    fixes: (c: Captures) => [
      fix('Install a compiler, or tell CMake which one to use', [c.env ? `Unset ${c.env} or point it at an installed compiler, delete the build directory and configure again.` : 'Install the compiler (Linux: build-essential / gcc-c++; Windows: Visual Studio with "Desktop development with C++" and a Visual Studio generator or a Developer prompt), delete the build directory and configure again; a C-only project can declare project(x C).'], c.env ? `unset ${c.env}\nrm -rf build && cmake -S . -B build` : 'sudo apt-get install build-essential\ncmake -S . -B build -G "Visual Studio 17 2022"   # Windows'),
    ],
    references: [CMAKE_COMPILER_REF],
    samples: [language === 'c' ? 'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage' : 'CMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage'],
  };
}

// ---------------------------------------------------------------- setuptools (Python)

const setuptoolsCommandFailed: ErrorPattern = {
  id: 'python.setuptools-command-failed',
  language: 'python',
  // setuptools/distutils printing the CompileError (or LinkError) that ended a build_ext: "error: command 'gcc' failed
  // with exit status 1", "error: command '…\\cl.exe' failed with exit code 2". The compiler's own error above it,
  // when pasted, is what the build failed on (higher priority); pip's wrapper lines likewise.
  match: /^[ \t]{0,12}error: command (?:'(?<cmd>[^'\n]{1,400})'|"(?<cmd2>[^"\n]{1,400})") failed(?: with exit (?:status|code) (?<code>-?\d{1,10})|: (?<why>[^\n]{1,100}))/m,
  requires: /error: command /,
  errorType: 'CompileError',
  category: 'build',
  priority: 1,
  // It wraps the compiler's error: when a pattern recognises that error in the text, that answers.
  wrapper: true,
  summary: (c) => `Building a C/C++ extension failed: the compiler (${(c.cmd ?? c.cmd2 ?? '').split(/[\\/]/).pop()}) exited with ${c.code ? `status ${c.code}` : c.why}.`,
  explanation: (c) =>
    `setuptools (python setup.py build_ext, or pip building a package from source) ran ${(c.cmd ?? c.cmd2 ?? '').split(/[\\/]/).pop()} on the extension's sources and it failed; this line is the distutils CompileError (LinkError when linking) that ends the build. The reason is the compiler's own error, printed above this line: a missing header (Python.h: the python3-dev package; another library's -dev package), a compiler too old or too new for the code, or a CUDA/PyTorch version mismatch in a PyTorch extension.`,
  causes: ['A missing development header (Python.h, or a library\'s headers)', 'A compiler error in the extension\'s code for this compiler or Python version', 'A missing compiler or a broken build environment'],
  fixes: () => [fix('Read the compiler error above this line', ['Scroll up to the first "error:" of the compiler and fix that (install python3-dev and the -dev packages of the libraries it includes; use a compiler version the project supports). If a wheel exists for another Python version, using that version avoids the build.'], 'sudo apt-get install build-essential python3-dev\npip install -v <package> 2>&1 | grep -m1 -B2 -A6 "error:"')],
  references: [SETUPTOOLS_EXT],
  samples: ["error: command 'gcc' failed with exit status 1", "error: command 'x86_64-linux-gnu-gcc' failed with exit status 1"],
};

const msvcRequiredOld: ErrorPattern = {
  id: 'python.msvc-required-old-wording',
  language: 'python',
  // setuptools before 53 (and distutils): "error: Microsoft Visual C++ 14.0 is required. Get it with "Microsoft Visual C++
  // Build Tools"" — pip.msvc-required knows the newer "14.0 or greater is required".
  match: /^(?:(?=[\s\S]{0,12000}?(?<sub>subprocess-exited-with-error))|)[\s\S]{0,12000}?Microsoft Visual C\+\+ (?<version>\d{1,2}\.\d{1,2}) is required\b/,
  requires: /Microsoft Visual C\+\+ \d{1,2}\.\d{1,2} is required/,
  errorType: (c) => (c.sub ? 'subprocess-exited-with-error' : 'Microsoft Visual C++ required'),
  category: 'build',
  priority: 50,
  summary: (c) => `A package has to be compiled on Windows and Microsoft Visual C++ ${c.version} build tools were not found.`,
  explanation: (c) =>
    `No prebuilt wheel matches this Python version and platform, so pip (or python setup.py) builds the package from source, which needs the MSVC compiler (Visual C++ ${c.version} is the toolset of Visual Studio 2015 and later). Installing the "Microsoft C++ Build Tools" with the "Desktop development with C++" workload provides it; a redistributable is not enough.`,
  causes: ['No wheel for this Python version (too new) or for 32-bit Python', 'An old pinned package version without wheels', 'Visual Studio Build Tools not installed, or installed without the C++ workload'],
  fixes: (c) => [
    fix(`Install the Visual C++ ${c.version} build tools, or use a version with wheels`, ['Install "Microsoft C++ Build Tools" with the "Desktop development with C++" workload, then open a new terminal; or upgrade pip and the package (or use a Python version the package ships wheels for).'], 'python -m pip install --upgrade pip setuptools wheel\npip install --only-binary :all: <package>'),
  ],
  references: [MSVC_PY],
  samples: ['error: Microsoft Visual C++ 14.0 is required. Get it with "Microsoft Visual C++ Build Tools": http://landinghub.visualstudio.com/visual-cpp-build-tools'],
};

export const NATIVE_CATALOG6_PATTERNS: readonly ErrorPattern[] = [
  derefIncomplete,
  mojibakeDiagnostic,
  cppTwin(mojibakeDiagnostic, ["In file included from src/ntfs.cpp:21:\nsrc/ntfs.h:537:10: error: â€˜unique_ptrâ€™ in namespace â€˜stdâ€™ does not name a template type"]),
  undefinedUnclosed,
  cppTwin(undefinedUnclosed, ['undefined reference to `std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >']),
  undefinedGuillemets,
  undefinedSymbolVersioned,
  cppTwin(undefinedSymbolVersioned, ["/usr/bin/ld: CMakeFiles/app.dir/main.cpp.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'"]),
  cmakeTargetAsLib,
  cmakeTargetAsLibCpp,
  versionNotDefined,
  cppTwin(versionNotDefined, ['payday2_release: relocation error:  /home/john/code/blt4l/build/libblt_loader.so: symbol\n_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EPKcRKS3_,\nversion GLIBCXX_3.4.21 not defined in file libstdc++.so.6 with link time reference']),
  msvcDefaultIntC,
  msvcBareCodeLine,
  clangAssignIncompatible,
  jumpCrossesInit,
  cmakeCompilerNotSet('c'),
  cmakeCompilerNotSet('cpp'),
  setuptoolsCommandFailed,
  msvcRequiredOld,
];
