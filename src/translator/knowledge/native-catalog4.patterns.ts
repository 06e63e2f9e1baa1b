import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { cppTwin } from './native.patterns';

/*
 * C / C++ fourth pass: messages as people paste them from build logs and IDE panes, where the compilers' own
 * patterns miss them. nvcc's fatal driver errors and its device-code errors (also from Visual Studio's Error
 * List), -Werror's unused-variable error with its flag wrapped onto the next line, a GNU ld undefined reference
 * whose symbol is not quoted, Apple ld's one-line "Undefined symbols" report, MSVC and MSBuild codes from the
 * Error List row ("State Error C2039 …", "Error\tMSB8066\t…"), CMake's old "your CXX compiler … was not found",
 * Meson's dependency lookups, the driver's "signal terminated program" in other locales, libstdc++'s terminate
 * message without its article, a stray byte reported in a file without an extension, and Dr. Mingw's crash line.
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it (a code when the
 * tool prints one); patterns are filed under C with a C++ twin (cppTwin) where the same text comes from either,
 * under C++ where the tool is C++'s (nvcc, MSVC, MSBuild's VC++ targets, CMake's compiler check).
 */

const NVCC_REF = ref('NVIDIA: CUDA Compiler Driver NVCC', 'https://docs.nvidia.com/cuda/cuda-compiler-driver-nvcc/index.html');
const CUDA_GUIDE = ref('NVIDIA: CUDA C++ Programming Guide (function and variable memory space specifiers)', 'https://docs.nvidia.com/cuda/cuda-c-programming-guide/index.html#c-language-extensions');
const GCC_WARN = ref('GCC: Warning Options', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html');
const LD_REF = ref('GNU ld manual: Options', 'https://sourceware.org/binutils/docs/ld/Options.html');
const MSVC_ERRORS = ref('Microsoft Learn: C/C++ compiler errors', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-errors-1/c-cpp-build-errors');
const MSB8066_REF = ref('Microsoft Learn: MSB8066', 'https://learn.microsoft.com/en-us/visualstudio/msbuild/errors/msb8066');
const CMAKE_COMPILER_REF = ref('CMake: CMAKE_<LANG>_COMPILER', 'https://cmake.org/cmake/help/latest/variable/CMAKE_LANG_COMPILER.html');
const MESON_DEPS = ref('Meson: Dependencies', 'https://mesonbuild.com/Dependencies.html');
const GCC_OVERALL = ref('GCC: Options Controlling the Kind of Output', 'https://gcc.gnu.org/onlinedocs/gcc/Overall-Options.html');
const TERMINATE_REF = ref('cppreference: std::terminate', 'https://en.cppreference.com/w/cpp/error/terminate');
const THREAD_DTOR_REF = ref('cppreference: std::thread::~thread', 'https://en.cppreference.com/w/cpp/thread/thread/~thread');
const MAKE_RULES = ref('GNU make: Error Messages', 'https://www.gnu.org/software/make/manual/html_node/Error-Messages.html');

// ---------------------------------------------------------------- nvcc

/** nvcc's message without the names it quotes and without its full stop: "Host compiler targets unsupported OS". */
const nvccPhrase = (message: string | undefined): string =>
  (message ?? '')
    .replace(/\s*'[^'\n]{0,200}'/g, '')
    .replace(/\s*"[^"\n]{0,200}"/g, '')
    .replace(/[\s.:]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim() || 'nvcc fatal';

const NVCC: ErrorPattern[] = [
  {
    id: 'cpp.nvcc-fatal',
    language: 'cpp',
    // The driver's own refusals ("nvcc fatal   : …"). Its GPU architecture and host-compiler messages have patterns of their own.
    match: /\bnvcc fatal\s{0,8}: (?!Unsupported gpu architecture|Cannot find compiler)(?<message>[^\n]{1,300})/,
    requires: /nvcc fatal/,
    errorType: (c) => nvccPhrase(c.message),
    category: 'build',
    priority: 12,
    summary: (c) => `nvcc, the CUDA compiler driver, stopped before compiling: ${(c.message ?? '').trim()}`,
    explanation: (c) =>
      /single input file/.test(c.message ?? '')
        ? 'nvcc was given -o (or -c with an output name) and more than one input file, or what looks like several files: a path with a space that the build did not quote, or a flag whose value got separated from it ("-Xcompiler /MD" split into two words). nvcc takes one source file per compile when an output file is named.'
        : /host compiler|Host compiler/.test(c.message ?? '')
          ? 'nvcc compiles the host half of a .cu file with a host C++ compiler (cl.exe on Windows, g++ or clang on Linux), runs it first to learn its properties, and refuses when that compiler fails or targets something CUDA does not support. The installed Visual Studio / gcc version, or the one on PATH, does not match what this CUDA version supports.'
          : 'nvcc checks its command line and environment before it runs the CUDA front end; this message is about the command line, the host compiler or the toolkit installation, not about the source code.',
    causes: (c) =>
      /single input file/.test(c.message ?? '')
        ? ['A source or output path with spaces that the build script did not quote', 'Several source files passed to one nvcc -c -o command', 'A flag and its value split into two arguments (CUDA_NVCC_FLAGS written as one string with a space)']
        : ['A host compiler (cl.exe, g++, clang) that this CUDA version does not support', 'The wrong host compiler first on PATH (set -ccbin)', 'A broken or mismatched CUDA toolkit installation'],
    fixes: (c) => [
      /single input file/.test(c.message ?? '')
        ? fix('Give nvcc one input per command, with quoted paths', ['Print the failing command (make VERBOSE=1, ninja -v) and look for an unquoted path with a space or a flag split from its value; move the project out of a path with spaces, or pass flags as a CMake list.'], 'cmake --build build --verbose\n# CMake: list, not one string\nset(CUDA_NVCC_FLAGS ${CUDA_NVCC_FLAGS};-Xcompiler;-fPIC)')
        : fix('Point nvcc at a host compiler this CUDA version supports', [`nvcc said: ${(c.message ?? '').trim()}. Check the supported host compilers in the CUDA installation guide for your toolkit version, and select one with -ccbin (CMAKE_CUDA_HOST_COMPILER with CMake).`], 'nvcc --version\nnvcc -ccbin /usr/bin/g++-12 -c kernel.cu -o kernel.o\n# CMake\ncmake -DCMAKE_CUDA_HOST_COMPILER=/usr/bin/g++-12 ..'),
    ],
    references: [NVCC_REF],
    samples: [
      'nvcc fatal   : A single input file is required for a non-link phase when an outputfile is specified',
      "tmpxft_000075f0_00000000-2.cpp\nnvcc fatal   : Host compiler targets unsupported OS.",
      "t-nakata@robot:~/cuda$ nvcc -o a a.cc\nerror: unknown flag `E'\nnvcc fatal   : Failed to preprocess host compiler properties.",
    ],
  },
  {
    id: 'cpp.nvcc-catastrophic-error',
    language: 'cpp',
    // The CUDA front end's (and NVRTC's) summary when an error stopped it at once; its own line is above when pasted.
    match: /\b(?<count>\d{1,4}) catastrophic errors? detected in the compilation of "(?<file>[^"\n]{1,300})"/,
    requires: /catastrophic error/,
    errorType: 'catastrophic error detected in the compilation',
    category: 'build',
    priority: 6,
    summary: (c) => `The CUDA compiler gave up on ${c.file} after an error it cannot recover from.`,
    explanation: (c) =>
      `A "catastrophic" error in NVIDIA's front end (nvcc's cudafe, or NVRTC compiling at run time) stops the compilation of ${c.file} at once: most often an #include it cannot open ("catastrophic error: cannot open source file"), or a source it cannot read. The line starting with "catastrophic error:" just above this summary names it; with NVRTC the program's own log holds it.`,
    causes: ['A header the kernel includes that is not on the include path (NVRTC: pass -I options or the header sources)', 'A source file that does not exist or cannot be read', 'An unsupported -std or architecture option'],
    fixes: (c) => [
      fix(`Read the "catastrophic error:" line for ${c.file}`, ['Print the whole compiler output (or NVRTC\'s program log) and fix what the first error names; for a missing header, add its directory with -I (NVRTC: the options array).'], 'nvcc -I/usr/local/cuda/include -c kernel.cu -o kernel.o'),
    ],
    references: [NVCC_REF, ref('NVIDIA: NVRTC', 'https://docs.nvidia.com/cuda/nvrtc/index.html')],
    samples: ['1 catastrophic error detected in the compilation of "kernel.cu.cu".\nCompilation terminated.'],
  },
  {
    id: 'cpp.cuda-undefined-in-device-code',
    language: 'cpp',
    // Also as Visual Studio's Error List shows it (a tab-separated row naming a .cu file).
    match: /(?:identifier "(?<name>[^"\n]{1,200})" is undefined in device code|(?<entity>cannot use an entity undefined in device code))/,
    requires: /undefined in device code/,
    errorType: (c) => (c.entity ? 'cannot use an entity undefined in device code' : 'identifier is undefined'),
    category: 'build',
    priority: 12,
    summary: (c) => (c.name ? `${c.name} is used in GPU code (a __device__ or __global__ function) but exists only on the host.` : 'A __device__ or __host__ __device__ function calls or uses something that exists only on the host.'),
    explanation: (c) =>
      `Code that runs on the GPU can only use functions and variables compiled for the device. ${c.name ? `${c.name} is a host variable or constant (a namespace-scope const, a static member, a host function)` : 'The entity it names is a host function or variable'} without __device__ (or __constant__, or constexpr usable in device code), so the device compilation cannot see it.`,
    causes: ['A namespace-scope variable or static member used in a kernel without __device__ / __constant__', 'A host-only function called from a __device__ or __host__ __device__ function', 'A const global that is not constexpr (only constexpr values are usable in device code without --expt-relaxed-constexpr)'],
    fixes: (c) => [
      fix(
        c.name ? `Make ${c.name} visible to device code` : 'Give the device a version of what it uses',
        ['Declare the variable __device__ or __constant__ (or constexpr), or mark the function __host__ __device__; pass host values to the kernel as arguments instead.'],
        c.name ? `__constant__ double ${c.name.split('::').pop()} = 1.0;   // or: constexpr double ${c.name.split('::').pop()} = 1.0;` : '__host__ __device__ inline float helper(float x) { return 2.0f * x; }',
      ),
    ],
    references: [CUDA_GUIDE],
    samples: [
      '/projects/tusas/timestep/include/function_def.hpp(7694): error: identifier "tpetra::goldak::t_hold_h" is undefined in device code',
      '/mnt/orrl/cluster_sw/hpx/hpx/hpx/util/deferred_call.hpp(108): \nerror: cannot use an entity undefined in device code',
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\t\tidentifier "MAX" is undefined in device code\tcuda_ga\tF:\\research2\\kernel.cu\t241.',
    ],
  },
];

// ---------------------------------------------------------------- gcc / clang diagnostics as pasted

const unusedWrapped: ErrorPattern = {
  id: 'c.unused-variable-wrapped',
  language: 'c',
  // -Werror's unused-variable error whose flag the terminal wrapped ("[-      \nWerror=…]"), or gcc 12's "=]" form.
  match: /error: (?:variable|unused variable) [‘'"`](?<name>[^’'"\n]{1,200})[’'"](?<butSet> set but not used)?\s{0,3}\[-(?:[ \t]{0,20}\n[ \t]{0,20}Werror(?:=|,-W)unused-(?:but-set-)?variable=?|Werror=unused-(?:but-set-)?variable=)\]/,
  requires: /unused-(?:but-set-)?variable/,
  errorType: 'unused variable',
  category: 'build',
  priority: 11,
  summary: (c) => `The variable ${c.name} is ${c.butSet ? 'set but never read' : 'never used'}, and -Werror turns that warning into an error.`,
  explanation: (c) =>
    `-Wall enables -Wunused-${c.butSet ? 'but-set-' : ''}variable and -Werror makes every warning fatal. ${c.name} is ${c.butSet ? 'assigned a value nobody reads' : 'declared and never used'}: harmless at run time, but the build stops. Newer compilers warn about more cases, which is why an old project can fail with a new gcc.`,
  causes: ['A variable left over after code was removed', 'A value assigned but never checked (sometimes a real bug: an ignored return code)', 'A variable used only in an assert() or #ifdef branch this build leaves out', '-Werror in the project\'s flags with a newer compiler'],
  fixes: (c) => [
    fix(`Use or remove ${c.name}`, [`Delete ${c.name} if it is a leftover, or check the value it holds; if it is only used in some builds, mark it [[maybe_unused]] (C23/C++17) or cast it to void.`], `(void)${c.name};   /* or remove the variable */`),
    fix('Or keep the warning from failing the build', ['Remove -Werror from the flags (or add -Wno-error=unused-but-set-variable -Wno-error=unused-variable) when building code you do not maintain.'], 'make CFLAGS="-O2 -Wall -Wno-error=unused-but-set-variable -Wno-error=unused-variable"'),
  ],
  references: [GCC_WARN],
  samples: [
    "src/dotd.c: In function ‘dcc_get_dotd_info’:\nsrc/dotd.c:175:9: error: variable ‘ret’ set but not used [-      \nWerror=unused-but-set-variable]\ncc1: all warnings being treated as errors",
    "tools/emu/peanut_sdl.c:1068:17: error: variable ‘count’ set but not used [-Werror=unused-but-set-variable=]\n 1068 |         uint8_t count = 0;\ncc1: all warnings being treated as errors",
  ],
};

const strayLoose: ErrorPattern = {
  id: 'c.stray-character-loose',
  language: 'c',
  // gcc's stray-byte error in a file without a C extension, also with its quotes shown as mojibake ("â€˜\220â€™").
  match: /\berror: stray (?:â€˜|[`'‘"])(?<char>\\\d{1,3}|[^\s'’"]{1,4})(?:â€™|['’"]) in program/,
  requires: /stray /,
  errorType: 'stray character in program',
  category: 'build',
  priority: 8,
  summary: (c) => `The compiler met a byte (${c.char}) that is not part of C's character set in the source.`,
  explanation: (c) =>
    `gcc prints bytes outside the source character set as octal escapes: ${c.char}. A run of them comes from typographic quotes or dashes pasted from a web page or document (\\342 \\200 \\234 is “), a non-breaking space (\\302 \\240), a UTF-8 BOM, or a binary file compiled as source (many different escapes on one line: the file is not text at all).`,
  causes: ['Curly quotes, dashes or non-breaking spaces copied from a web page or a word processor', 'A file saved with a byte order mark or in another encoding', 'A binary or non-source file passed to the compiler (a file without an extension, an object file)'],
  fixes: (c) => [
    fix(`Find the ${c.char} bytes and replace them`, ['Show the non-ASCII bytes with grep and retype those characters (straight quotes, plain spaces); if many different bytes are reported, check that the file given to the compiler is really source code.'], "grep -nP '[^\\x00-\\x7F]' file.c\nfile file.c"),
  ],
  references: [ref('GCC: Character sets', 'https://gcc.gnu.org/onlinedocs/cpp/Character-sets.html')],
  samples: ['../array:3:1: error: stray â€˜\\220â€™ in program\n../array:3:1: error: stray â€˜\\363â€™ in program'],
};

// ---------------------------------------------------------------- linkers

const undefinedUnquoted: ErrorPattern = {
  id: 'c.undefined-reference-unquoted',
  language: 'c',
  // GNU ld's line with its quotes lost in the paste (Markdown ate the backticks): "main.o:(.text+0x2): undefined reference to pthread_create".
  match: /:\(\.text[^)\n]{0,200}\): undefined reference to (?<symbol>[A-Za-z_][\w:~<>]{0,300})/,
  requires: /undefined reference to /,
  errorType: 'undefined reference',
  category: 'build',
  priority: 9,
  summary: (c) => `The linker found no definition of ${c.symbol}.`,
  explanation: (c) =>
    `The code calls ${c.symbol}, the compiler accepted its declaration, and at link time no object file or library on the command line defines it. For a library function (pthread_create, sqrt, a third-party API) the library is missing from the link or listed before the objects that use it: GNU ld only takes symbols from a library for objects named before it.`,
  causes: ['The library that defines the symbol is not linked (-pthread, -lm, -lfoo)', 'The library is listed before the object files that use it (LDFLAGS before the objects)', 'The source file that defines it is not compiled into the program'],
  fixes: (c) => [
    fix(`Link the library that defines ${c.symbol}, after the objects`, ['Put libraries at the end of the link command (LDLIBS, not LDFLAGS, in a Makefile); threads are linked with -pthread.'], /^pthread_/.test(c.symbol ?? '') ? 'g++ main.o -o app -pthread\n# Makefile\nLDLIBS += -pthread' : `cc main.o -o app -l<library that defines ${c.symbol}>`),
  ],
  references: [LD_REF],
  samples: ["chat_server.o: In function main:\nchat_server.c:(.text+0xc85): undefined reference to pthread_create\ncollect2: error: ld returned 1 exit status"],
};

const appleUndefinedOneLine: ErrorPattern = {
  id: 'c.apple-undefined-symbols-one-line',
  language: 'c',
  // Apple ld's report with its lines joined: 'Undefined symbols for architecture x86_64: "_mach_override_ptr"'.
  match: /Undefined symbols for architecture (?<arch>\w{1,20}):[ \t]{1,8}"(?<symbol>[^"\n]{1,400})"/,
  requires: /Undefined symbols for architecture/,
  errorType: 'undefined reference',
  category: 'build',
  priority: 9,
  summary: (c) => `Apple's linker found no definition of ${c.symbol} for ${c.arch}.`,
  explanation: (c) =>
    `${c.symbol} is used but no object file or library in the link defines it for ${c.arch}. C symbols carry a leading underscore on Apple platforms (_foo is the function foo). The library is missing from the link, was built for another architecture (an x86_64-only library on arm64), or the function is declared but its source file is not compiled into the target.`,
  causes: ['The library or framework that defines it is not linked', 'A library built for another architecture than this one', 'A C function called from C++ without extern "C" (the names do not match)'],
  fixes: (c) => [
    fix(`Link what defines ${c.symbol}`, ['Add the library (-lname, -framework Name) or source file that defines it; check the library\'s architectures with lipo -info.'], `nm -gU libfoo.a | grep '${(c.symbol ?? '').replace(/'/g, '')}'\nlipo -info libfoo.a`),
  ],
  references: [ref('Apple: ld(1) manual page', 'https://keith.github.io/xcode-man-pages/ld.1.html')],
  samples: ['Undefined symbols for architecture x86_64: "_mach_override_ptr"\nclang error linker command failed with exit code 1'],
};

// ---------------------------------------------------------------- MSVC / MSBuild as the Error List shows them

const msvcErrorListRow: ErrorPattern = {
  id: 'cpp.msvc-error-list-code',
  language: 'cpp',
  // A row of Visual Studio's Error List pasted without its header's tabs: "State Error C2039 'search': is not a member of 'std'".
  match: /(?:^|\s)Error[ \t]{1,4}(?<code>C[1-4]\d{3})[ \t]{1,4}(?<message>[‘'"“][^\n]{1,300})/m,
  requires: /Error[ \t]{1,4}C[1-4]\d{3}/,
  errorType: (c) => c.code ?? 'C2039',
  category: 'build',
  priority: 9,
  summary: (c) => `The MSVC compiler reported ${c.code}: ${(c.message ?? '').trim()}`,
  explanation: (c) =>
    c.code === 'C2039'
      ? 'C2039 means a name was looked up as a member of a class or namespace that has no such member. For a standard name (std::string, std::function, std::search) the header that declares it is not included: another compiler or an older Visual Studio included it indirectly, this one does not.'
      : `${c.code} is an MSVC compiler error; its page in Microsoft's compiler error reference explains the cases that cause it, and the Output window shows the file and line.`,
  causes: (c) => (c.code === 'C2039' ? ['The standard header that declares the name is not included (<string>, <functional>, <algorithm>)', 'A misspelt member name', 'A name in another namespace'] : ['See the error code\'s page for the cases that cause it']),
  fixes: (c) => [
    c.code === 'C2039'
      ? fix('Include the header that declares the name', ['Add the standard header for the name the message quotes (std::string → <string>, std::function → <functional>, std::search → <algorithm>) to the file that uses it.'], '#include <string>\n#include <functional>\n#include <algorithm>')
      : fix(`Look up ${c.code}`, ['Open the Output window for the file and line, and read the error code\'s page.']),
  ],
  references: [MSVC_ERRORS],
  samples: ["State Error C2039 'search': is not a member of 'std'"],
};

const msbuildVcLoose: ErrorPattern = {
  id: 'cpp.msbuild-vc-code-loose',
  language: 'cpp',
  // MSBuild's VC++ targets' codes in the Error List row ("Error\tMSB8066\tCustom build for …") and in a console
  // line wrapped inside "error" ("…targets(254,5): e\nrror MSB8066: …").
  match: /(?:^|[ \t])Error\t(?<code>MSB8\d{3})\t(?<message>[^\t\n]{1,400})|(?:^|\n)rror (?<code2>MSB8\d{3}): (?<message2>[^\n]{1,400})/m,
  requires: /MSB8\d{3}/,
  errorType: (c) => c.code ?? c.code2 ?? 'MSB8066',
  category: 'build',
  priority: 12,
  summary: (c) => `MSBuild's C++ targets reported ${c.code ?? c.code2}: ${(c.message ?? c.message2 ?? '').trim().slice(0, 200)}`,
  explanation: (c) =>
    (c.code ?? c.code2) === 'MSB8066'
      ? 'MSB8066 says a custom build step (a CMake rule, a code generator, a post-build copy, a script) exited with a non-zero code. The step\'s own output, above this line in the Output window or the build log, says why; the rule named in the message (.rule files generated by CMake) tells which step it was.'
      : 'This is an error of the Visual C++ build targets (Microsoft.Cpp*.targets), about the project\'s configuration rather than the code.',
  causes: (c) =>
    (c.code ?? c.code2) === 'MSB8066'
      ? ['A custom build command that failed (a script, a code generator, a copy to a path that does not exist)', 'A tool the step runs that is not installed or not on PATH (perl, python, awk)', 'A path with spaces or a locked file in the step\'s command']
      : ['A project setting the VC++ targets cannot satisfy (a toolset, SDK or platform that is not installed)'],
  fixes: (c) => [
    fix(`Read the output of the step behind ${c.code ?? c.code2}`, ['Build with detailed verbosity and look just above the error for the command that ran and its message; run that command by hand in a Developer Command Prompt.'], 'msbuild project.sln /v:detailed > build.log\nfindstr /n /c:"error" build.log'),
  ],
  references: [MSB8066_REF],
  samples: [
    "Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB8066\tCustom build for '..\\Externals\\assimp.dll;AppSettings.cs' exited with code 1.\tBindlessDeferred_2019\tC:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets\t245\t",
    "C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(254,5): e\nrror MSB8066: Custom build for 'C:\\src\\CMakeLists.txt' exited with code 1.",
  ],
};

// ---------------------------------------------------------------- CMake, Meson, make

const cmakeCompilerNotFound: ErrorPattern = {
  id: 'cpp.cmake-compiler-notfound',
  language: 'cpp',
  // Older CMake's wording of a missing compiler: 'your CXX compiler: "CMAKE_CXX_COMPILER-NOTFOUND" was not found.'
  match: /your (?<lang>C|CXX|CUDA) compiler: "(?<value>[^"\n]{1,300})" was not found/,
  requires: /compiler: "/,
  errorType: (c) => `CMAKE_${c.lang ?? 'CXX'}_COMPILER not found`,
  category: 'configuration',
  priority: 12,
  summary: (c) => `CMake found no ${c.lang === 'C' ? 'C' : c.lang === 'CUDA' ? 'CUDA' : 'C++'} compiler (${c.value}).`,
  explanation: (c) =>
    `When CMake enables the ${c.lang} language it looks for a compiler (the CMAKE_${c.lang}_COMPILER cache entry, the ${c.lang === 'C' ? 'CC' : c.lang === 'CUDA' ? 'CUDACXX' : 'CXX'} environment variable, then the usual names on PATH). ${c.value} means none was found: the compiler is not installed, or a build directory was configured before it was installed and its cache still says NOTFOUND.`,
  causes: (c) => [`No ${c.lang === 'C' ? 'C (gcc, clang)' : c.lang === 'CUDA' ? 'CUDA (nvcc)' : 'C++ (g++, clang++)'} compiler installed`, 'The compiler is not on PATH for this shell or IDE', 'A stale CMakeCache.txt from before the compiler was installed'],
  fixes: (c) => [
    fix(`Install a ${c.lang} compiler and configure a clean build directory`, [`Install the compiler (Debian/Ubuntu: build-essential${c.lang === 'CXX' ? ' or g++' : ''}; Fedora: gcc-c++; Windows: Visual Studio's "Desktop development with C++"), then delete the build directory's CMakeCache.txt and configure again.`], `sudo apt-get install build-essential\nrm -rf build && cmake -S . -B build\n# or name the compiler: cmake -S . -B build -DCMAKE_${c.lang}_COMPILER=${c.lang === 'C' ? 'gcc' : c.lang === 'CUDA' ? 'nvcc' : 'g++'}`),
  ],
  references: [CMAKE_COMPILER_REF],
  samples: ['CMake Error: your CXX compiler: "CMAKE_CXX_COMPILER-NOTFOUND" was not found.   \nPlease set CMAKE_CXX_COMPILER to a valid compiler path or name.'],
};

const mesonDependency: ErrorPattern = {
  id: 'c.meson-dependency-not-found',
  language: 'c',
  // Meson's dependency() failures in their other wordings (the double-quoted one is pkg-config's pattern's):
  // "ERROR: Native dependency 'glib-2.0' not found", "ERROR: Dependency 'libpcre' is required but not found.",
  // and its missing pkg-config itself.
  match: /(?:^|\n|: )ERROR: {1,2}(?:(?:(?:Native|Cross) )?[Dd]ependency '(?<pkg>[^'\n]{1,100})' (?:not found|is required but not found)|(?<pkgconfig>Pkg-config(?: binary for machine \w{1,20})? not found))/,
  requires: /ERROR: {1,2}(?:Native |Cross |Pkg-config|[Dd]ependency ')/,
  errorType: (c) => (c.pkgconfig ? 'Pkg-config not found' : 'could not find package'),
  category: 'dependency',
  priority: 13,
  summary: (c) => (c.pkgconfig ? 'Meson needs pkg-config to look up dependencies and did not find it.' : `Meson could not find the dependency ${c.pkg}.`),
  explanation: (c) =>
    c.pkgconfig
      ? 'Meson looks up most dependency() calls with pkg-config (or pkgconf). The program is not installed or not on PATH; when cross-compiling, the cross file names its own pkg-config binary, which must exist.'
      : `dependency('${c.pkg}') asked pkg-config (then CMake and Meson's own finders) for ${c.pkg}, and none knew it: the library's development package, which ships ${c.pkg}.pc, is not installed, or it is installed under a prefix PKG_CONFIG_PATH does not include.`,
  causes: (c) => (c.pkgconfig ? ['pkg-config / pkgconf not installed', 'A cross file naming a pkg-config binary that does not exist'] : [`The development package of ${c.pkg} is not installed`, 'It is installed under a prefix that is not in PKG_CONFIG_PATH', 'A static or shared variant that was not built (Conan, vcpkg options)']),
  fixes: (c) => [
    c.pkgconfig
      ? fix('Install pkg-config', ['Install pkg-config (or pkgconf) and configure again.'], 'sudo apt-get install pkg-config   # brew install pkg-config\nmeson setup --wipe build')
      : fix(`Install ${c.pkg}'s development files`, [`Install the package that ships ${c.pkg}.pc (Debian/Ubuntu: lib${(c.pkg ?? '').replace(/^lib/, '').replace(/-[\d.]+$/, '')}-dev), or add its prefix to PKG_CONFIG_PATH, then configure again.`], `pkg-config --modversion ${c.pkg}\nsudo apt-get install lib${(c.pkg ?? '').replace(/^lib/, '').replace(/-[\d.]+$/, '')}-dev\nmeson setup --reconfigure build`),
  ],
  references: [MESON_DEPS],
  samples: [
    "Determining dependency 'glib-2.0' with pkg-config executable '/usr/bin/pkg-config'\n\ndata/meson.build:78:0: ERROR: Native dependency 'glib-2.0' not found",
    "ERROR: Dependency 'libpcre' is required but not found.",
    '109 meson.build:386:0: ERROR:  Pkg-config not found.',
  ],
};

const makeNoRuleLoose: ErrorPattern = {
  id: 'c.make-no-rule-loose',
  language: 'c',
  // make's "No rule to make target" with its quotes and "Stop." mangled in the paste ('"hello".stop').
  match: /\bmake(?:\[\d{1,3}\])?: (?:\*\*\* )?No rule to make target ["'`‘](?<target>[^"'’\n]{1,300})["'’]/,
  requires: /No rule to make target/,
  errorType: 'No rule to make target',
  category: 'build',
  priority: 5,
  summary: (c) => `make has no rule to build ${c.target}, and no file of that name exists.`,
  explanation: (c) =>
    `make was asked to build ${c.target} (on the command line or as a prerequisite) and the makefile has no rule for it, nor is there a file ${c.target} in the directory. The target name is misspelt, make runs in another directory than the one with the makefile, or the file is a source that is missing.`,
  causes: ['A misspelt target on the command line', 'make run in another directory (use -C dir)', 'A prerequisite file that was moved or never generated'],
  fixes: (c) => [fix(`Check the target ${c.target}`, ['List the targets the makefile defines and run make in the directory that holds it.'], `make -C path/to/project ${c.target}\nmake -qp | grep -E '^[a-zA-Z0-9_.-]+:' | head`)],
  references: [MAKE_RULES],
  samples: ['make: No rule to make target "hello".stop'],
};

// ---------------------------------------------------------------- driver and runtime

/** The program the driver named: cc1plus is C++'s compiler proper, cc1 C's. */
const killedProgram = (c: Captures): string => c.program ?? 'cc1';

const killedLocalised: ErrorPattern = {
  id: 'c.killed-signal-localised',
  language: 'c',
  // The driver's "Killed signal terminated program cc1plus" with the signal's name translated ("Morto", "已杀死",
  // "Getötet") or its lead-in localised ("致命错误：").
  match: /(?:^|[\s/\\])(?:[\w.-]{1,60}-)?(?:gcc|g\+\+|cc|c\+\+)(?:-\d{1,3})?(?:\.exe)?: (?:fatal error|致命错误|erro fatal|schwerwiegender Fehler|erreur fatale|error fatal|фатальная ошибка)\s?[:：]\s?(?!Killed )(?<signal>[^\s:][^\n:]{0,30}?) signal terminated program (?<program>[\w.+-]{1,40})/,
  requires: /signal terminated program/,
  errorType: 'Killed signal terminated program',
  category: 'build',
  priority: 12,
  summary: (c) => `The compiler's ${killedProgram(c)} process was killed (${c.signal}) while compiling.`,
  explanation: (c) =>
    `gcc's driver reports that the program doing the work (${killedProgram(c)}${killedProgram(c) === 'lto1' ? ', the link-time optimiser' : ''}) was killed by a signal; "${c.signal}" is SIGKILL in the system's language. On Linux that is almost always the kernel's out-of-memory killer: the machine (or container) ran out of memory, typically with many parallel jobs on a large C++ file or with link-time optimisation.`,
  causes: ['Out of memory: too many parallel compile jobs (make -j, ninja) for the RAM', 'A small VM, container or board (Raspberry Pi, Jetson) with little memory and no swap', 'Link-time optimisation (-flto) of a large program'],
  fixes: (c) => [
    fix('Build with fewer jobs or more memory', ['Re-run with fewer parallel jobs, add swap, or give the container more memory; turn off LTO for a large link on a small machine.'], `make -j2        # or: cmake --build build -j 2\nsudo fallocate -l 4G /swapfile && sudo chmod 600 /swapfile && sudo mkswap /swapfile && sudo swapon /swapfile${killedProgram(c) === 'lto1' ? '\ncmake -DCMAKE_INTERPROCEDURAL_OPTIMIZATION=OFF ..' : ''}`),
  ],
  references: [GCC_OVERALL],
  samples: ['gcc: 致命错误：已杀死 signal terminated program cc1\n编译中断。\nmake: *** [Makefile:390：src/jemalloc.sym.o] 错误 1'],
};

const terminateNoArticle: ErrorPattern = {
  id: 'cpp.terminate-without-active-exception-loose',
  language: 'cpp',
  // libstdc++ says "without an active exception"; the same report quoted without its article.
  match: /terminate called without active exception/,
  requires: /terminate called without/,
  errorType: 'std::terminate',
  category: 'concurrency',
  priority: 15,
  summary: 'std::terminate was called without an exception - usually a std::thread destroyed while still joinable.',
  explanation:
    'libstdc++ prints "terminate called without an active exception" when std::terminate runs with no exception in flight. The common cause is a std::thread object destroyed (out of scope, reassigned, or at exit as a global or member) while still joinable: its destructor calls std::terminate. A bare "throw;" outside a catch block does the same.',
  causes: ['A std::thread destroyed without join() or detach()', 'An exception or early return between starting a thread and joining it', 'A bare "throw;" with no exception being handled'],
  fixes: [fix('Join or detach every thread before it is destroyed', ['Join threads in the destructor of the object that owns them, or use std::jthread (C++20), which joins on destruction.'], 'std::thread worker(run);\n// ...\nif (worker.joinable()) worker.join();\n// C++20: std::jthread worker(run);')],
  references: [TERMINATE_REF, THREAD_DTOR_REF],
  samples: ['terminate called without active exception'],
};

const drMingwAccessViolation: ErrorPattern = {
  id: 'cpp.drmingw-access-violation',
  language: 'cpp',
  // Dr. Mingw's (and MinGW programs' own exception handlers') report: "app.exe caused an Access Violation at location …".
  match: /(?<program>[^\s\\/]{1,200}\.exe) caused an Access Violation at location (?<location>[0-9A-Fa-fx]{1,18})(?: in module (?<module>[^\n]{1,300}?))? (?<access>Reading from|Writing to) location (?<address>[0-9A-Fa-fx]{1,18})/,
  requires: /caused an Access Violation/,
  errorType: 'access violation',
  category: 'memory',
  priority: 8,
  summary: (c) => `${c.program} crashed with an access violation (${c.access === 'Writing to' ? 'writing' : 'reading'} ${c.address}).`,
  explanation: (c) =>
    `Windows stopped ${c.program} because it touched memory it may not access (0xC0000005)${c.module ? ` inside ${c.module}` : ''}. ${/^(?:0x)?0{4,}/.test(c.address ?? '') ? 'The address is (close to) zero: a NULL pointer, or a member of a NULL object, was dereferenced.' : 'A dangling, uninitialised or out-of-bounds pointer is the usual cause.'} The module where it happened (often ntdll.dll or the C runtime) is where the bad pointer was used, not where it went wrong.`,
  causes: ['A NULL pointer dereferenced', 'Memory used after it was freed, or freed twice', 'A buffer overrun that damaged a pointer or the heap'],
  fixes: (c) => [fix(`Run ${c.program} under a debugger`, [`Start it under gdb (or Visual Studio) and reproduce the crash: the backtrace shows the function that used the bad pointer${c.module ? `, even when the fault is reported in ${c.module}` : ''}. Build with -g and without optimisation for a readable stack.`], `gdb --args ${c.program}\n(gdb) run\n(gdb) bt`)],
  references: [ref('Microsoft Learn: Access violation C0000005', 'https://learn.microsoft.com/en-us/shows/inside/c0000005'), ref('Dr. Mingw', 'https://github.com/jrfonseca/drmingw')],
  samples: ['C:\\Programmi\\CodeLite\\CodeLite.exe caused an Access Violation at location 7c920a19 in module C:\\WINDOWS\\system32\\ntdll.dll Reading from location 00000000.'],
};

const qtNoApplication: ErrorPattern = {
  id: 'cpp.qt-no-qapplication',
  language: 'cpp',
  // Qt's qFatal when a widget is created before the application object (not from PyQt/PySide, whose trace is Python's).
  match: /^(?![\s\S]*?(?:Traceback \(most recent call last\)|\.py\b|\bPy(?:Qt|Side)\d))[\s\S]*?\bQWidget: Must construct a QApplication before a QWidget\b/,
  requires: /Must construct a QApplication before a QWidget/,
  errorType: 'Must construct a QApplication before a QWidget',
  category: 'runtime',
  priority: 12,
  summary: 'Qt aborted the program because a widget was created before the QApplication object.',
  explanation:
    'Every QWidget needs the QApplication to exist first: it sets up the GUI system the widget draws with. Qt checks this and calls qFatal, which aborts the program. Either a widget is created before main() constructs QApplication (a global or static widget, a widget in a static initialiser), or the program mixes Qt libraries of two builds: a Debug application linked with Release Qt DLLs (or the other way round) has two QApplication instances, and the one the widget checks was never constructed.',
  causes: ['A QWidget (or a class holding one) created as a global or static object, before main() runs', 'Widgets created before `QApplication app(argc, argv);` in main()', 'Debug and Release Qt libraries mixed (the Debug build loads Qt6Widgets.dll instead of Qt6Widgetsd.dll, or a plugin built in the other mode)'],
  fixes: [
    fix('Construct QApplication first', ['Create the QApplication at the top of main() and create every widget after it; turn global widgets into members of the main window or pointers created later.'], 'int main(int argc, char *argv[])\n{\n    QApplication app(argc, argv);   // first\n    MainWindow w;                   // widgets after it\n    w.show();\n    return app.exec();\n}'),
    fix('Do not mix Debug and Release Qt', ['Build the application and every Qt library or plugin it loads in the same configuration; on Windows check that a Debug build loads the d-suffixed Qt DLLs.']),
  ],
  references: [ref('Qt: QApplication', 'https://doc.qt.io/qt-6/qapplication.html')],
  samples: ['QWidget: Must construct a QApplication before a QWidget\n[1]    38924 abort      ./bin/octovis'],
};

const esp32Abort: ErrorPattern = {
  id: 'cpp.esp32-abort',
  language: 'cpp',
  // ESP-IDF's panic handler after abort() (an assert, an uncaught C++ exception, a failed ESP_ERROR_CHECK, heap corruption).
  match: /(?<![A-Za-z_])abort\(\) was called at PC (?<pc>0x[0-9a-fA-F]{8}) on core (?<core>\d)/,
  requires: /abort\(\) was called at PC/,
  errorType: 'abort() was called',
  category: 'runtime',
  priority: 8,
  summary: (c) => `The ESP32 program called abort() (at PC ${c.pc}, core ${c.core}) and rebooted.`,
  explanation: (c) =>
    `Something on core ${c.core} called abort(): ESP-IDF's panic handler printed the backtrace and restarted the chip. abort() is called by a failed assert or ESP_ERROR_CHECK, by std::terminate for a C++ exception nobody caught (new failing when the heap is exhausted, a std::out_of_range), and by the heap's integrity checks. The PC ${c.pc} is inside the function that called abort; decoding the backtrace names it and its callers.`,
  causes: ['An uncaught C++ exception (often std::bad_alloc when the heap runs out)', 'A failed ESP_ERROR_CHECK or assert', 'Heap corruption detected by the allocator', 'A FreeRTOS API called from the wrong context (an ISR, a deleted task)'],
  fixes: (c) => [
    fix('Decode the backtrace', ['Decode the "Backtrace:" addresses against the firmware\'s .elf (the ESP Exception Decoder in the Arduino IDE, idf.py monitor, or addr2line) to see which call aborted, and read the log lines just above the abort.'], `xtensa-esp32-elf-addr2line -pfiaC -e build/app.elf ${c.pc}`),
  ],
  references: [ref('ESP-IDF: Fatal errors', 'https://docs.espressif.com/projects/esp-idf/en/latest/esp32/api-guides/fatal-errors.html')],
  samples: ['abort() was called at PC 0x40191a13 on core 1\n\nELF file SHA256: 0000000000000000\n\nBacktrace: 0x40093eb8:0x3ffeb3d0 0x40094131:0x3ffeb3f0\n\nRebooting...'],
};

const notDeclaredBare: ErrorPattern = {
  id: 'cpp.not-declared-bare',
  language: 'cpp',
  // g++'s message on a line of its own, as the Arduino IDE shows it under "exit status 1" or as people quote it:
  // "'D2' was not declared in this scope". Only g++ words it so; with a location, the compiler pattern answers.
  match: /(?:^|\n)[ \t>]{0,8}[`‘'"](?<name>[A-Za-z_][\w:]{0,200})[’'"] was not declared in this scope/,
  requires: /was not declared in this scope/,
  errorType: 'was not declared in this scope',
  category: 'name',
  priority: 6,
  summary: (c) => `The C++ compiler does not know the name ${c.name} where it is used.`,
  explanation: (c) =>
    `g++ found ${c.name} used in a place where no declaration of it is visible. ${/^(?:[ADP]\d{1,2}|D[1-9]|Serial\d|DDR[A-L]|PORT[A-L]|PIN[A-L]|LED_BUILTIN)$/.test(c.name ?? '') ? `${c.name} is a pin or port name that only some boards define: in the Arduino IDE, the board selected under Tools → Board is not the one the sketch was written for (an ESP8266 NodeMCU defines D1…D8, a Mega defines DDRG and Serial1, an Uno does not).` : 'The usual causes are a missing #include for a library or standard name, a misspelling, a variable declared in another scope (inside another function or block), or a function used before it is declared.'}`,
  causes: (c) =>
    /^(?:[ADP]\d{1,2}|D[1-9]|Serial\d|DDR[A-L]|PORT[A-L]|PIN[A-L]|LED_BUILTIN)$/.test(c.name ?? '')
      ? ['The wrong board selected in the Arduino IDE (the pin or port exists on another board)', 'A board package that does not define that name']
      : ['A missing #include', 'A misspelt name', 'A variable declared in another function or block', 'A function called before its declaration'],
  fixes: (c) => [
    /^(?:[ADP]\d{1,2}|D[1-9]|Serial\d|DDR[A-L]|PORT[A-L]|PIN[A-L]|LED_BUILTIN)$/.test(c.name ?? '')
      ? fix('Select the board the sketch was written for', [`Choose the right board under Tools → Board (${c.name} must exist on it), or replace ${c.name} with the pin number of your board.`])
      : fix(`Declare ${c.name} before it is used`, [`Include the header that declares ${c.name}, fix its spelling, or move its declaration to a scope that encloses the use; declare a function before the code that calls it.`], `// before the first use of ${c.name}:\n#include "the_header_that_declares_it.h"`),
  ],
  references: [ref('GCC: Name lookup (C++ dialect options)', 'https://gcc.gnu.org/onlinedocs/gcc/C_002b_002b-Dialect-Options.html'), ref('Arduino: Board selection', 'https://support.arduino.cc/hc/en-us/articles/4406856349970-Select-board-and-port-in-Arduino-IDE')],
  samples: ["exit status 1\n'Serial1' was not declared in this scope", "'D2' was not declared in this scope"],
};

const forLoopBare: ErrorPattern = {
  id: 'c.for-loop-initial-declarations-bare',
  language: 'c',
  // gcc's C89-mode error quoted without its location or "error:".
  match: /[`‘'"]for[’'"] loop initial declarations are only allowed in C99(?: or C11)? mode/,
  requires: /loop initial declarations/,
  errorType: 'for loop initial declarations',
  category: 'build',
  priority: 5,
  summary: 'gcc compiles this C code as C89/C90, where a for loop cannot declare its variable.',
  explanation:
    'for (int i = 0; …) is C99. gcc before version 5 defaults to gnu89 (C89 with GNU extensions), and a build that passes -std=c89 or -ansi asks for it explicitly: in that mode the loop variable has to be declared before the loop.',
  causes: ['An old gcc (4.x, as on CentOS 7) whose default is gnu89', 'A Makefile or CMakeLists that sets -std=c89 / -ansi, or none with an old compiler'],
  fixes: [
    fix('Compile as C99 or later', ['Add -std=gnu99 (or -std=c11) to CFLAGS, or set CMAKE_C_STANDARD to 99 in CMake.'], 'make CFLAGS="-O2 -std=gnu99"\n# CMake\nset(CMAKE_C_STANDARD 99)'),
    fix('Or declare the variable before the loop', ['int i;\nfor (i = 0; i < n; i++) { … } compiles in every C mode.'], 'int i;\nfor (i = 0; i < n; i++) {\n    /* ... */\n}'),
  ],
  references: [ref('GCC: Options Controlling C Dialect', 'https://gcc.gnu.org/onlinedocs/gcc/C-Dialect-Options.html')],
  samples: ['`‘for’ loop initial declarations are only allowed in C99 mode`'],
};

export const NATIVE_CATALOG4_PATTERNS: readonly ErrorPattern[] = [
  ...NVCC,
  unusedWrapped,
  cppTwin(unusedWrapped, ["/root/src/protocolgame.cpp:287:11: error: variable ‘x’ set but not used [-      \nWerror=unused-but-set-variable]\ncc1plus: all warnings being treated as errors"]),
  strayLoose,
  cppTwin(strayLoose, ["compiler.cpp:284:102: error: stray â€˜\\233â€™ in program"]),
  undefinedUnquoted,
  cppTwin(undefinedUnquoted, ["main.o: In function main:\nmain.cxx:(.text.startup+0x293): undefined reference to pthread_create\ncollect2: error: ld returned 1 exit status"]),
  appleUndefinedOneLine,
  cppTwin(appleUndefinedOneLine, ['Undefined symbols for architecture arm64: "gambatte::Memory::nontrivial_write(unsigned int)"']),
  msvcErrorListRow,
  msbuildVcLoose,
  cmakeCompilerNotFound,
  mesonDependency,
  cppTwin(mesonDependency, ["[1/2] Compiling C++ object app.p/main.cpp.o\nmeson.build:5:0: ERROR: Native dependency 'fmt' not found"]),
  makeNoRuleLoose,
  killedLocalised,
  cppTwin(killedLocalised, ['[ 53%] Linking CXX executable tfs\nc++: fatal error: Morto signal terminated program lto1\ncompilation terminated.']),
  terminateNoArticle,
  drMingwAccessViolation,
  qtNoApplication,
  esp32Abort,
  notDeclaredBare,
  forLoopBare,
];
