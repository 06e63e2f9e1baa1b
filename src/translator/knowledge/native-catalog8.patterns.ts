import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, patternById, ref } from './answer-parts';
import { NATIVE_CATALOG3_PATTERNS } from './native-catalog3.patterns';
import { NATIVE_PATTERNS, QC, QN, QO } from './native.patterns';

/*
 * C / C++ eighth pass: texts whose language the earlier patterns got wrong, C answered as C++ or C++ as C. MSVC's
 * warnings on a .c file (and its C-only warning codes pasted alone), which the C++ catch-all for a lone MSVC
 * warning took; clang's implicit-declaration diagnostic as Xcode's issue navigator shows it (without "error:" and
 * the location) and gcc's flag when the line was cut; cc1's warning that a C++-only option reached the C compiler;
 * and on the C++ side the diagnostics of -fno-exceptions and -fno-rtti in a header or pasted alone, and the C++
 * runtime's personality routine missing from a link made with the C driver.
 */

const nativeById = (id: string): ErrorPattern => patternById([...NATIVE_PATTERNS, ...NATIVE_CATALOG3_PATTERNS], id);

const MSVC_C_WARNINGS = ref('Microsoft Learn: Compiler warnings C4000 - C5999', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-warnings/compiler-warnings-c4000-c5999');
const GCC_CXX_OPTIONS = ref('GCC: Options Controlling C++ Dialect', 'https://gcc.gnu.org/onlinedocs/gcc/C_002b_002b-Dialect-Options.html');

// ---------------------------------------------------------------- MSVC: warnings of cl's C front end

/** What cl's C-only warnings mean (its C++ front end reports the same mistakes as errors: C3861, C2440, C2664). */
const C_WARNINGS: Readonly<Record<string, string>> = {
  C4013: 'A function is called without a declaration in scope, so C89 rules make it return int. Include the header that declares it (or add a prototype); in C++ the same call is error C3861.',
  C4022: 'A pointer argument does not match the pointer type of the parameter in the prototype.',
  C4024: 'An argument of a call has a different type than the parameter in the function\'s prototype (usually with C4047 on the same line): a wrong variable passed, or a prototype that no longer matches the definition.',
  C4028: 'A parameter of a function definition has a different type than in its earlier declaration (prototype): the two have drifted apart.',
  C4047: 'An expression has a different level of indirection than the variable or parameter it is assigned or passed to: a pointer where an integer is expected, a T* where a T** is expected (a missing & or *). C++ reports the same conversion as error C2440 or C2664.',
  C4057: 'Two pointer types differ only in the signedness or size of the type they point to (int * and volatile LONG *, char * and unsigned char *).',
  C4113: 'A function pointer is assigned a function whose parameter list differs from the pointer\'s type: the callback\'s signature does not match.',
  C4133: 'A pointer is converted to an unrelated pointer type (a FILE * to a struct, a wchar_t * to a char *): a wrong argument, or a Unicode/ANSI (TCHAR) mismatch in Windows API calls.',
};

const msvcWarningCSource: ErrorPattern = {
  ...nativeById('cpp.msvc-warning'),
  id: 'c.msvc-warning-c-source',
  language: 'c',
  // A warning of cl's C front end: on a .c file ("core.c(1572,78): warning C4047: …", also with the space before
  // the parenthesis of the ProcessHacker build script), or pasted alone with a code only the C front end emits
  // (C4013, C4024, C4047, C4133…). Not when the output shows the .c file compiled as C++ (/TP).
  match: /(?<![\s\S])(?![\s\S]*?(?:\(compiling source file [^)\n]{1,300}?\.(?:cpp|cc|cxx)\)|[ \t]\/T[Pp][ \t]))[\s\S]*?(?:(?<file>[^\s()"'`]{1,300}\.c) ?\((?<line>\d{1,7})(?:[,.]\d{1,5})?\) ?: ?[Ww]arning (?<code>C4\d{3}) ?: ?(?<message>[^\n]{1,600})|(?<![\w.])[Ww]arning (?<code2>C40(?:13|22|24|28|47|57)|C4113|C4133) ?: ?(?<message2>[^\n]{1,600}))/,
  requires: /[Ww]arning C4\d{3}/,
  errorType: (c) => c.code ?? c.code2 ?? 'warning',
  priority: -7,
  summary: (c) => `MSVC warning ${c.code ?? c.code2} in C code${c.file ? ` (${c.file}, line ${c.line})` : ''}: ${c.message ?? c.message2}`,
  explanation: (c) => {
    const code = c.code ?? c.code2 ?? '';
    return `${C_WARNINGS[code] ?? `${code} is a warning of cl.exe's C compiler.`} The build goes on unless warnings are treated as errors (/WX), in which case C2220 stops it.`;
  },
  causes: (c) => {
    const code = c.code ?? c.code2 ?? '';
    if (code === 'C4013') return ['A missing #include of the header that declares the function', 'A function defined further down the file without a prototype', 'A function that exists only on other platforms (a POSIX call on Windows)'];
    if (['C4047', 'C4024', 'C4022', 'C4133', 'C4057'].includes(code)) return ['A wrong argument passed (a missing & or *)', 'A prototype that no longer matches the definition', 'TCHAR/Unicode or LONG/int type mismatches in Windows API calls'];
    return ['See the message after the code'];
  },
  fixes: (c) => {
    const code = c.code ?? c.code2 ?? '';
    return [
      fix(
        code === 'C4013' ? 'Declare the function before the call' : `Fix the types ${code} names`,
        [
          code === 'C4013' ? 'Include the header that declares the function (or add its prototype above the first call); if it is a POSIX function, use the Windows equivalent or a compatibility header.' : `Read "${c.message ?? c.message2}" at the line it names and pass the type the prototype expects (add the missing & or *, or a cast where the conversion is intended).`,
          'Build with /W4 /WX to keep these warnings from coming back.',
        ],
        code === 'C4013' ? '#include <windows.h>   /* or the header that declares the function */' : null,
      ),
    ];
  },
  references: [MSVC_C_WARNINGS, ref('Microsoft Learn: Compiler Warning (level 1) C4047', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-warnings/compiler-warning-level-1-c4047')],
  samples: [
    "D:\\projects\\libmdbx\\src\\core.c(1572,78): warning C4047: 'function': 'const MDBX_atomic_uint64_t *' differs in levels of indirection from 'int'",
    "etlegacy\\src\\sys\\sys_main.c(478) : warning C4013: 'Sys_SetErrorText' undefined; assuming extern returning int",
    "warning C4047: 'function': 'volatile long *' differs in levels of indirection from 'ULONG'",
  ],
};

// ---------------------------------------------------------------- clang and gcc: implicit declarations, cut or bare

const implicitDeclarationBare: ErrorPattern = {
  ...nativeById('c.implicit-declaration'),
  id: 'c.implicit-declaration-bare',
  // Xcode's issue navigator shows clang's diagnostic without "error:" and often without the location ("Call to
  // undeclared function '__crc32b'; ISO C99 and later do not support implicit function declarations", older
  // clang's "Implicit declaration of function 'x' is invalid in C99"), and a gcc line cut before "implicit"
  // still ends with its flag. C only: C++ has no implicit declarations ("was not declared in this scope").
  match: new RegExp(
    String.raw`\b[Cc]all to undeclared (?:library )?function ${QO}(?<func>${QN}{1,200})${QC}(?: with type ${QO}[^\n]{0,300}?${QC})?; ISO C99 and later do not support implicit function declarations|\b[Ii]mplicit declaration of function ${QO}(?<func2>${QN}{1,200})${QC} is invalid in C99|\bdeclaration of function ${QO}(?<func3>${QN}{1,200})${QC}(?:; did you mean ${QO}${QN}{1,200}${QC}\?)? \[-Werror=implicit-function-declaration\]`,
  ),
  requires: /implicit function declarations|is invalid in C99|-Werror=implicit-function-declaration/,
  priority: 9,
  samples: [
    "/../SevenZip.swift/Sources/CsevenZip/7zCrc.c:180:9 Call to undeclared function '__crc32b'; ISO C99 and later do not support implicit function declarations",
    "declaration of function ‘get_disk’; did you mean ‘put_disk’? [-Werror=implicit-function-declaration]",
  ],
};

// ---------------------------------------------------------------- cc1: a C++ option passed to the C compiler

const optionValidForCppOnly: ErrorPattern = {
  id: 'c.option-valid-for-cpp-only',
  language: 'c',
  // The mirror of cc1plus's "is valid for C/ObjC but not for C++": cc1 (gcc compiling a .c file) was given a
  // C++-only option ("cc1: warning: command-line option '-std=c++11' is valid for C++/ObjC++ but not for C").
  // Also as Visual Studio's Linux targets print it ("warning : command line option \"-frtti\" is valid …") and wrapped.
  match: /\b(?:cc1(?:\.exe)?: )?(?:warning|error) ?: command[- ]line option [‘'"](?<option>-[^’'"\n]{1,100})[’'"] is valid for (?<langs>C\+\+\/ObjC\+\+|C\+\+)\s{1,4}but not for C(?![\w+])/,
  requires: /but not for C(?![\w+])/,
  errorType: 'is valid for C++/ObjC++ but not for C',
  category: 'build',
  priority: 11,
  summary: (c) => `${c.option} is a C++-only option, passed to the C compiler.`,
  explanation: (c) =>
    `gcc accepts ${c.option} only for ${c.langs} sources; compiling a C file (cc1) it warns and ignores the option (an error only under -Werror). The flag reaches the C compiler through CFLAGS or CPPFLAGS shared with the C++ sources, a pkg-config or *-config --cflags output meant for C++, or a CMake add_compile_options() that applies to every language.`,
  causes: ['C++ flags (-std=c++11, -fvisibility-inlines-hidden, -Wnon-virtual-dtor) in CFLAGS or CPPFLAGS', 'add_compile_options() or a toolchain file applying C++ flags to C sources', "A library's --cflags output written for C++ compilers"],
  fixes: (c) => [
    fix(`Pass ${c.option} to C++ sources only`, ['Keep C++-only flags in CXXFLAGS (not CFLAGS or CPPFLAGS), or in CMake restrict them with a generator expression. The warning is harmless, but it usually means the C sources miss the flags meant for them.'], `add_compile_options($<$<COMPILE_LANGUAGE:CXX>:${c.option}>)`),
  ],
  references: [GCC_CXX_OPTIONS, ref('CMake: add_compile_options', 'https://cmake.org/cmake/help/latest/command/add_compile_options.html')],
  samples: ["cc1: warning: command line option '-std=c++11' is valid for C++/ObjC++ but not for C [enabled by default]", "cc1: warning: command-line option ‘-fdiagnostics-show-template-tree’ is valid for C++/ObjC++ but not for C"],
};

const optionValidForCOnlyBare: ErrorPattern = {
  ...nativeById('cpp.option-valid-for-c-only'),
  id: 'cpp.option-valid-for-c-only-bare',
  // cc1plus's warning without its "cc1plus:" prefix, as Visual Studio's Linux and Azure Sphere builds print it
  // ("warning : command line option '-std=c11' is valid for C/ObjC but not for C++").
  match: /(?:warning|error) ?: command[- ]line option [‘'"](?<option>-[^’'"\n]{1,100})[’'"] is valid for (?<langs>C\/ObjC|C)\s{1,4}but not for C\+\+/,
  requires: /but not for C\+\+/,
  priority: 10,
  samples: ["warning : command line option '-std=c11' is valid for C/ObjC but not for C++"],
};

const unrecognizedOptionDoubleQuoted: ErrorPattern = {
  ...nativeById('cpp.unrecognized-option'),
  // Its own regex names the C++ compiler: no evidence to look for elsewhere.
  evidence: undefined,
  id: 'cpp.unrecognized-option-double-quoted',
  // gcc 4.4's cc1plus quoted the option it does not know with double quotes ("cc1plus: error: unrecognized command
  // line option \"-std=c++11\""): the C++ compiler of an old toolchain (RHEL/CentOS 6) refusing a newer standard.
  match: /\b(?:cc1plus|g\+\+(?:-\d{1,3})?)(?:\.exe)?: error: unrecognized command[- ]line option "(?<option>-[^"\n]{1,100})"/,
  requires: /unrecognized command[- ]line option "/,
  priority: 10,
  samples: ['cc1plus: error: unrecognized command line option "-std=c++11"'],
};

// ---------------------------------------------------------------- C++ with exceptions or RTTI disabled

/** The engine's phrase for each wording (what c.compile-error already names them on a .cpp file). */
const noExceptionsPhrase = (c: Captures): string => {
  if (c.gcc) return 'exception handling disabled';
  if (c.kw) return 'cannot use with exceptions disabled';
  if (c.rtti) return 'cannot use typeid with -fno-rtti';
  return 'use of typeid requires -frtti';
};

const noExceptionsOrRtti: ErrorPattern = {
  id: 'cpp.exceptions-or-rtti-disabled',
  language: 'cpp',
  // g++'s and clang++'s refusals of try/throw/catch under -fno-exceptions and of typeid under -fno-rtti: C++ only,
  // also in a .h header, after an Arduino sketch's "exit status 1", or quoted without a location.
  match: /(?:^|[\s:'"`‘>])(?:(?<gcc>exception handling disabled, use [‘']?-fexceptions[’']? to enable)|cannot use [‘'](?<kw>try|throw|catch)[’'] with exceptions disabled|(?<rtti>cannot use typeid with [‘']?-fno-rtti)|use of typeid requires [‘']?-frtti)/,
  requires: /exception handling disabled|with exceptions disabled|-fno-rtti|requires [‘']?-frtti/,
  errorType: noExceptionsPhrase,
  category: 'build',
  priority: 12,
  summary: (c) => (c.gcc || c.kw ? 'C++ exceptions are disabled (-fno-exceptions), but the code uses try, throw or catch.' : 'C++ run-time type information is disabled (-fno-rtti), but the code uses typeid.'),
  explanation: (c) =>
    c.gcc || c.kw
      ? 'The translation unit is compiled with -fno-exceptions (the default of many embedded toolchains: the ESP8266/ESP32 Arduino cores and ESP-IDF unless enabled, Unreal Engine modules, Chromium, projects that save code size), so the compiler rejects every try, catch and throw, including those in a library header the code includes.'
      : 'The translation unit is compiled with -fno-rtti (LLVM-based projects, Unreal Engine, many embedded builds), so typeid (and dynamic_cast to anything but void*) is not available, including in a library header the code includes.',
  causes: (c) =>
    c.gcc || c.kw
      ? ['A toolchain or framework that disables exceptions by default (ESP-IDF, Arduino cores, Unreal)', 'A library that throws, used in a -fno-exceptions project', 'CMake or a build system adding -fno-exceptions for the whole target']
      : ['A project compiled with -fno-rtti (LLVM, Unreal, embedded)', 'A library header that uses typeid, included in such a project'],
  fixes: (c) =>
    c.gcc || c.kw
      ? [
          fix('Enable exceptions, or use the library without them', ['Enable C++ exceptions for the target (-fexceptions; ESP-IDF: menuconfig > Compiler options > Enable C++ exceptions; Arduino ESP8266: Tools > C++ Exceptions; PlatformIO: build_unflags = -fno-exceptions and build_flags = -fexceptions), or use the library\'s no-exceptions mode if it has one.'], '; platformio.ini\nbuild_unflags = -fno-exceptions\nbuild_flags = -fexceptions'),
        ]
      : [fix('Enable RTTI, or avoid typeid', ['Compile the target with -frtti (CMake: remove -fno-rtti, or set the library\'s option to build with RTTI), or replace typeid with a type tag or template the library offers for -fno-rtti builds.'], 'target_compile_options(app PRIVATE -frtti)')],
  references: [ref('GCC: Options Controlling C++ Dialect (-fno-exceptions, -fno-rtti)', 'https://gcc.gnu.org/onlinedocs/gcc/C_002b_002b-Dialect-Options.html'), ref('libstdc++ manual: Exceptions (doing without)', 'https://gcc.gnu.org/onlinedocs/libstdc++/manual/using_exceptions.html')],
  samples: ["error: exception handling disabled, use '-fexceptions' to enable", 'Poco/Dynamic/VarHolder.h:2032:10: error: use of typeid requires -frtti'],
};

// ---------------------------------------------------------------- the C++ runtime missing from a link

const gxxPersonality: ErrorPattern = {
  ...nativeById('c.undefined-reference'),
  id: 'cpp.undefined-gxx-personality',
  language: 'cpp',
  // C++ objects (their .eh_frame refers to the C++ runtime's personality routine) linked by the C driver (gcc, cc)
  // without libstdc++: "undefined reference to `__gxx_personality_v0'", also in ld's French.
  match: /(?:undefined reference to|référence indéfinie vers) ?[`'‘«"] ?(?<symbol>_{2,3}gxx_personality_(?:v0|sj0|seh0))\b/,
  requires: /gxx_personality_/,
  errorType: 'undefined reference',
  priority: 12,
  summary: (c) => `The link needs the C++ runtime (${c.symbol}), but it was linked without libstdc++.`,
  explanation: (c) =>
    `${c.symbol} is the C++ runtime's exception "personality routine": every object compiled from C++ refers to it. It lives in libstdc++, which g++ and clang++ link automatically but gcc and cc do not. So C++ code (a .cpp file, or a C++ static library) was linked with the C driver, or -lstdc++ came before the objects that need it.`,
  causes: ['A C++ source compiled or linked with gcc/cc instead of g++', 'A C program linking a C++ static library without -lstdc++', '-lstdc++ placed before the object files on the command line', 'A build system that links with $(CC) although some sources are C++'],
  fixes: (c) => [
    fix(
      'Link with the C++ driver',
      [
        `Link with g++ (or clang++) instead of gcc: it adds libstdc++, which defines ${c.symbol}. Where the C driver must link, add -lstdc++ after the objects and libraries. In CMake, a target with C++ sources links with the C++ compiler; for a C target using a C++ static library, set LINKER_LANGUAGE CXX.`,
      ],
'g++ -o app main.o lib.a\n# or: gcc -o app main.o lib.a -lstdc++\nset_target_properties(app PROPERTIES LINKER_LANGUAGE CXX)')],
  samples: ["/tmp/ccr1iTvq.o:(.eh_frame+0x2eb): undefined reference to `__gxx_personality_v0'\ncollect2: error: ld returned 1 exit status"],
};

export const NATIVE_CATALOG8_PATTERNS: readonly ErrorPattern[] = [msvcWarningCSource, implicitDeclarationBare, optionValidForCppOnly, optionValidForCOnlyBare, unrecognizedOptionDoubleQuoted, noExceptionsOrRtti, gxxPersonality];
