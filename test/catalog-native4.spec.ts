/**
 * A fourth catalog pass over C and C++, from errors as people paste them from build logs and IDE panes: nvcc's fatal
 * driver errors and device-code errors (also from Visual Studio's Error List), -Werror's unused-variable error with its
 * flag wrapped, ld's undefined reference without its quotes, Apple ld's report on one line, MSVC and MSBuild codes from
 * the Error List row or a wrapped console line, CMake's older missing-compiler wording, Meson's dependency lookups, the
 * driver's killed compiler in other locales, libstdc++'s terminate without its article, Dr. Mingw's crash line.
 * Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C and C++ family's fourth catalog pass", () => {
  it.each([
    // nvcc's own fatal errors, which CMake's wrapper line or nothing answered
    [
      'nvcc fatal   : A single input file is required for a non-link phase when an outputfile is specified\nCMake Error at cuda_compile_generated_gpu_mat.cu.obj.cmake:206 (message):\n    Error generating\n    I:/opencv-master/build/modules/world/CMakeFiles/cuda_compile.dir/__/core/src/cuda/Release/cuda_compile_generated_gpu_mat.cu.obj',
      'cpp',
      'A single input file is required for a non-link phase when an outputfile is specified',
    ],
    [
      'nvcc fatal   : A single input file is required for a non-link phase when an outputfile is specified.',
      'cpp',
      'A single input file is required for a non-link phase when an outputfile is specified',
    ],
    ['tmpxft_000075f0_00000000-2.cpp\nnvcc fatal   : Host compiler targets unsupported OS.', 'cpp', 'Host compiler targets unsupported OS'],
    [
      "t-nakata@robot:~/cuda$ nvcc -o a a.cc\nerror: unknown flag `E'\nnvcc fatal   : Failed to preprocess host compiler properties.",
      'cpp',
      'Failed to preprocess host compiler properties',
    ],
    [
      '1 catastrophic error detected in the compilation of "kernel.cu.cu".\nCompilation terminated.',
      'cpp',
      'catastrophic error detected in the compilation',
    ],
    // device code's undefined entities, also from Visual Studio's Error List
    [
      '/usr/local/cuda/bin/nvcc\n /mnt/orrl/cluster_sw/hpx/hpx/tests/unit/computeapi/cuda/transform_compute.cu\n\n/mnt/orrl/cluster_sw/hpx/hpx/hpx/util/deferred_call.hpp(108): \nerror: cannot use an entity undefined in device code',
      'cpp',
      'cannot use an entity undefined in device code',
    ],
    [
      'Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\t\tidentifier "MAX" is undefined in device code\tcuda_ga\tF:\\research2\\kernel.cu\t241.',
      'cpp',
      'identifier is undefined',
    ],
    // -Werror's unused-variable error with its flag wrapped, or in gcc 12's '=]' form
    [
      "gcc -DHAVE_CONFIG_H -D_GNU_SOURCE -Isrc -Werror -g -O2 -MD -W -Wall -pthread -o src/dotd.o -c ../distcc-3.2rc1/src/dotd.c\n../distcc-3.2rc1/src/dotd.c: In function ‘dcc_get_dotd_info’:\n../distcc-3.2rc1/src/dotd.c:175:9: error: variable ‘ret’ set but not used \n[-Werror=unused-but-set-variable]\n     int ret;\n         ^\ncc1: all warnings being treated as errors\nMakefile:448: recipe for target 'src/dotd.o' failed",
      'c',
      'unused variable',
    ],
    [
      'src/dotd.c: In function ‘dcc_get_dotd_info’:\nsrc/dotd.c:175:9: error: variable ‘ret’ set but not used [-      \nWerror=unused-but-set-variable]\ncc1: all warnings being treated as errors',
      'c',
      'unused variable',
    ],
    [
      'tools/emu/peanut_sdl.c: In function ‘gb_draw_line’:\ntools/emu/peanut_sdl.c:1068:17: error: variable ‘count’ set but not used [-Werror=unused-but-set-variable=]\n 1068 |         uint8_t count = 0;\n      |                 ^~~~~\ncc1: all warnings being treated as errors\nmake: *** [<builtin>: tools/emu/peanut_sdl.o] Error 1',
      'c',
      'unused variable',
    ],
    // ld's undefined reference with its quotes lost, Apple ld's report on one line
    [
      "main.o: In function main:\nmain.cxx:(.text.startup+0x293): undefined reference to pthread_create\nmain.cxx:(.text.startup+0x3b4): undefined reference to pthread_creat'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      'Undefined symbols for architecture x86_64: "_mach_override_ptr"\nclang error linker command failed with exit code 1',
      'c',
      'undefined reference',
    ],
    // MSVC's and MSBuild's codes from the Error List row and a wrapped console line
    ["State Error C2039 'search': is not a member of 'std'", 'cpp', 'C2039'],
    [
      "C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(254,5): e\nrror MSB8066: Custom build for 'C:\\Users\\USER1\\Desktop\\Work\\new\\simple-binary-encoding\\sbe-samples\\src\\main\\cpp\\cppbuil\nd\\Debug\\CMakeFiles\\6666cd76f96956469e7be39d750cc7d9\\baseline.rule;C:\\Users\\USER1\\Desktop\\Work\\new\\simple-binary-encodin\ng\\sbe-samples\\src\\main\\cpp\\CMakeLists.txt' exited with code 1. [C:\\Users\\USER1\n\\Desktop\\Work\\new\\simple-binary-encoding\\sbe-samples\\src\\main\\cpp\\cppbuild\\Debug\\examples_codecs.vcxproj]",
      'cpp',
      'MSB8066',
    ],
    [
      "Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tMSB8066\tCustom build for '..\\Externals\\Assimp-3.1.1\\bin\\assimp.dll;AppSettings.cs;..\\Externals\\WinPixEventRuntime\\bin\\WinPixEventRuntime.dll' exited with code 1.\tBindlessDeferred_2019\tC:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets\t245\t",
      'cpp',
      'MSB8066',
    ],
    // CMake's older wording of a missing compiler, Meson's dependency lookups, make's mangled no-rule line
    [
      'CMake Error: your CXX compiler: "CMAKE_CXX_COMPILER-NOTFOUND" was not found.   \nPlease set CMAKE_CXX_COMPILER to a valid compiler path or name.',
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    [
      "Found pkg-config: /usr/bin/pkg-config (0.29.1)\nDetermining dependency 'glib-2.0' with pkg-config executable '/usr/bin/pkg-config'\n\ndata/meson.build:78:0: ERROR: Native dependency 'glib-2.0' not found",
      'c',
      'could not find package',
    ],
    ["ERROR: Dependency 'libpcre' is required but not found.", 'c', 'could not find package'],
    [
      '103 Cross dependency glib-2.0 found: NO\n104 Looking for a fallback subproject for the dependency glib-2.0\n109 meson.build:386:0: ERROR:  Pkg-config not found.',
      'c',
      'Pkg-config not found',
    ],
    ['make: No rule to make target "hello".stop', 'c', 'No rule to make target'],
    // the driver's killed compiler in other locales, libstdc++'s terminate without its article, Dr. Mingw's crash line, a stray byte in a file without an extension
    [
      '[ 53%] Linking CXX executable tfs\nc++: fatal error: Morto signal terminated program lto1\ncompilation terminated.\nlto-wrapper: fatal error: /usr/bin/c++ returned 1 exit status\ncompilation terminated.\n/usr/bin/ld: erro: lto-wrapper failed\ncollect2: error: ld returned 1 exit status\nmake[2]: *** [CMakeFiles/tfs.dir/build.make:1326: tfs] Error 1',
      'cpp',
      'Killed signal terminated program',
    ],
    [
      '{standard input}: Assembler messages:\n{standard input}:24108: 警告：end of file not at end of a line; newline inserted\n{standard input}:24109: 错误：expected symbol name\n{standard input}: 错误：open CFI at the end of file; missing .cfi_endproc directive\ngcc: 致命错误：已杀死 signal terminated program cc1\n编译中断。\nmake: *** [Makefile:390：src/jemalloc.sym.o] 错误 1',
      'c',
      'Killed signal terminated program',
    ],
    ['terminate called without active exception', 'cpp', 'std::terminate'],
    [
      'C:\\Programmi\\CodeLite\\CodeLite.exe caused an Access Violation at location 7c920a19 in module C:\\WINDOWS\\system32\\ntdll.dll Reading from location 00000000.',
      'cpp',
      'access violation',
    ],
    [
      '../array:3:1: error: stray â€˜\\220â€™ in program\n../array:3:1: error: stray â€˜\\220â€™ in program\n../array:3:1: error: stray â€˜\\363â€™ in program',
      'c',
      'stray character in program',
    ],
    // runtime output of C++ programs that names no source: Qt's missing QApplication, ESP32's abort()
    [
      'QWidget: Must construct a QApplication before a QWidget\n[1]    38924 abort      ./bin/octovis',
      'cpp',
      'Must construct a QApplication before a QWidget',
    ],
    ['QWidget: Must construct a QApplication before a QWidget\nAborted (core dumped)', 'cpp', 'Must construct a QApplication before a QWidget'],
    [
      'abort() was called at PC 0x40191a13 on core 1\n\nELF file SHA256: 0000000000000000\n\nBacktrace: 0x40093eb8:0x3ffeb3d0 0x40094131:0x3ffeb3f0 0x40191a13:0x3ffeb410 0x40191a5a:0x3ffeb430\n\nRebooting...',
      'cpp',
      'abort() was called',
    ],
    [
      '11-23 02:40:18.696[D][esp32_ble_tracker:264]: Starting scan...\n11-23 02:40:18.696abort() was called at PC 0x401e42df on core 0\n11-23 02:40:18.696\n11-23 02:40:18.696ELF file SHA256: 0000000000000000\n11-23 02:40:18.711Backtrace: 0x4008f7dc:0x3ffd8440 0x4008fa59:0x3ffd8460 0x401e42df:0x3ffd8480\n11-23 02:40:18.727Rebooting...',
      'cpp',
      'abort() was called',
    ],
    // g++'s and gcc's messages quoted without their location (the Arduino IDE's summary under 'exit status 1')
    ["exit status 1\n'Serial1' was not declared in this scope", 'cpp', 'was not declared in this scope'],
    [
      'exit status 1\n\n\'DDRG\' was not declared in this scope\n\nThis report would have more information with\n"Show verbose output during compilation"\noption enabled in File -> Preferences.',
      'cpp',
      'was not declared in this scope',
    ],
    ["'D2' was not declared in this scope", 'cpp', 'was not declared in this scope'],
    ['`‘for’ loop initial declarations are only allowed in C99 mode`', 'c', 'for loop initial declarations'],
  ])('recognises %#', (text, language, errorType) => expectRecognised(text, language, errorType));

  it.each([
    // Prisma's P2025 still Prisma's (its 'required but not found' after 'were', not Meson's 'is')
    [
      'An operation failed because it depends on one or more records that were required but not found. Record to update not found.',
      'javascript',
      'P2025',
    ],
    [
      "src/os.c:169:13: error: unused variable 'err' [-Werror=unused-variable]\n  169 |     HRESULT err = CoInitializeEx(NULL, COINIT_APARTMENTTHREADED);\ncc1.exe: all warnings being treated as errors",
      'c',
      'unused variable',
    ],
    [
      '/root/src/protocolgame.cpp:287:11: error: unused variable ‘timeStamp’ [-Werror=unused-variable]\ncc1plus: all warnings being treated as errors',
      'cpp',
      'unused variable',
    ],
    ['terminate called without an active exception\nAborted (core dumped)', 'cpp', 'std::terminate'],
    ['c++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.', 'cpp', 'Killed signal terminated program'],
    ['CMake Error at CMakeLists.txt:3 (project):\n  No CMAKE_CXX_COMPILER could be found.', 'cpp', 'CMAKE_CXX_COMPILER not found'],
    ['meson.build:12:0: ERROR: Dependency "wayland-client" not found, tried pkgconfig and cmake', 'c', 'could not find package'],
    ['meson.build:1:0: ERROR: Meson version is 0.53.1 but project requires >= 0.60.0', 'c', 'Meson version is too old'],
    ["make: *** No rule to make target 'Makefile', needed by 'build/stm32f4xx_gpio.o'.  Stop.", 'c', 'No rule to make target'],
    ["nvcc fatal   : Unsupported gpu architecture 'compute_35'", 'cpp', 'Unsupported gpu architecture'],
    ['matrix_cuda.cu(251): error: identifier "dimGrid" is undefined', 'cpp', 'identifier is undefined'],
    ["compiler.cpp:284:102: error: stray '\\233' in program", 'cpp', 'stray character in program'],
    ["/data/xx/omm/pogocache/src/save.c:447: undefined reference to `pthread_create'", 'c', 'undefined reference'],
    [
      'Undefined symbols for architecture arm64:\n  "_get_char", referenced from:\n      _main in agree-1f1027.o\nld: symbol(s) not found for architecture arm64',
      'c',
      'undefined reference',
    ],
    [
      "qt-mvvm\\source\\libmvvm_view\\mvvm/plotting/statusstringreporterfactory.h(27): error C2039: 'string': is not a member of 'std'",
      'cpp',
      'C2039',
    ],
    [
      '1>C:\\Program Files (x86)\\Microsoft Visual Studio\\2017\\Professional\\Common7\\IDE\\VC\\VCTargets\\Microsoft.CppCommon.targets(171,5): error MSB6006: "cmd.exe" exited with code 1. [C:\\linphone\\linphonecs.vcxproj]',
      'cpp',
      'MSB6006',
    ],
    [
      "Marlin_main.cpp:214: error: 'A0' was not declared in this scope\nMarlin_main.cpp:214: error: 'A0' was not declared in this scope",
      'cpp',
      'was not declared in this scope',
    ],
    [
      'sgminer.c: In function ‘adjust_mostdevs’:\nsgminer.c:7971: error: ‘for’ loop initial declarations are only allowed in C99 mode\nsgminer.c:7971: note: use option -std=c99 or -std=gnu99 to compile your code\nmake[2]: *** [sgminer-sgminer.o] Error 1',
      'c',
      'for loop initial declarations',
    ],
    ["Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.", 'cpp', 'LoadProhibited'],
  ])('keeps the near miss %# as it was', (text, language, errorType) => expectRecognised(text, language, errorType));
});
