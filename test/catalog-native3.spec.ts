/**
 * Third catalog pass over the C and C++ toolchains: the build tools' own messages (Ninja, Meson, Bazel's
 * newer wording, Conan, vcpkg's manifest mode, CMake's target and cache errors, MSBuild's MSB6006 / MSB3073),
 * a broken or mismatched toolchain (cc1plus missing, PIE relocations, a foreign object file, a C-only flag
 * in a C++ build) and a few runtime reports. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe('Ninja', () => {
  it.each([
    ["ninja: error: loading 'build.ninja': No such file or directory", 'c', "loading 'build.ninja'"],
    [
      "ninja: Entering directory `out_ios_armeabi_v7a/Release-iphoneos/'\nninja: error: loading 'build.ninja': No such file or directory",
      'c',
      "loading 'build.ninja'",
    ],
    // Android Studio's externalNativeBuild task, CMake's path in the message.
    [
      "> Build command failed.\n  Error while executing process /Users/u/Library/Android/sdk/cmake/3.6.4111459/bin/cmake with arguments {--build /Users/u/app/.cxx/cmake/debug/armeabi-v7a --target clean}\n  ninja: error: loading 'build.ninja': No such file or directory",
      'cpp',
      "loading 'build.ninja'",
    ],
    [
      "ninja: error: '../src/foo.c', needed by 'CMakeFiles/app.dir/src/foo.c.o', missing and no known rule to make it",
      'c',
      'missing and no known rule to make it',
    ],
    [
      "ninja: error: '../src/widget.cpp', needed by 'CMakeFiles/app.dir/src/widget.cpp.o', missing and no known rule to make it",
      'cpp',
      'missing and no known rule to make it',
    ],
    ["$ ninja -C build install\nninja: Entering directory `build'\nninja: error: unknown target 'install'", 'c', 'unknown target'],
    // The summary line alone (or with only its FAILED: block): ninja's own phrase.
    [
      '[636/741] Linking CXX executable thread_pool_executor_test\nFAILED: thread_pool_executor_test\n: && /usr/bin/c++  -O2 -g -DNDEBUG  -rdynamic CMakeFiles/thread_pool_executor_test.dir/folly/executors/test/ThreadPoolExecutorTest.cpp.o  -o thread_pool_executor_test libfolly.a\nninja: build stopped: subcommand failed.',
      'cpp',
      'subcommand failed',
    ],
    [':-1: error: ninja: build stopped: subcommand failed.', 'c', 'subcommand failed'],
    ["ninja: error: rebuilding 'build.ninja': subcommand failed", 'c', 'subcommand failed'],
    // In a CI log with time stamps.
    [
      '2024-03-02T10:15:01.4410000Z ninja: build stopped: subcommand failed.\n2024-03-02T10:15:01.4530000Z ##[error]Process completed with exit code 1.',
      'c',
      'subcommand failed',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it('leaves the failing command its own error (the summary only answers alone)', () => {
    expectRecognised(
      "[2/3] Building CXX object CMakeFiles/app.dir/main.cpp.o\nFAILED: CMakeFiles/app.dir/main.cpp.o\n/usr/bin/c++ -o CMakeFiles/app.dir/main.cpp.o -c ../main.cpp\n../main.cpp:5:5: error: 'foo' was not declared in this scope\nninja: build stopped: subcommand failed.",
      'cpp',
      'was not declared in this scope',
    );
    expectRecognised(
      'FAILED: CMakeFiles/app.dir/main.c.o\n/usr/bin/cc -c ../main.c\n../main.c:1:10: fatal error: zlib.h: No such file or directory\ncompilation terminated.\nninja: build stopped: subcommand failed.',
      'c',
      'missing header',
    );
  });
});

describe('Meson', () => {
  it.each([
    ["src/meson.build:4:0: ERROR: Program 'jasmine' not found or not executable", 'c', 'not found or not executable'],
    [
      "meson.build:4:0: ERROR: command <NonExistingExternalProgram 'nonexistingprogram' -> [None]> not found or not executable",
      'c',
      'not found or not executable',
    ],
    ['meson.build:6:0: ERROR: Subproject exists but has no meson.build file', 'c', 'Subproject exists but has no meson.build file'],
    ['ERROR: Neither directory contains a build file meson.build.', 'c', 'Neither directory contains a build file meson.build'],
    ['ERROR: Current directory is not a meson build directory: `/home/u/proj`.', 'c', 'Current directory is not a meson build directory'],
    ['meson.build:10:0: ERROR: Unknown variable "foo_dep".', 'c', 'Unknown variable'],
    ['meson.build:1:0: ERROR: Meson version is 0.53.2 but project requires >= 0.56.0', 'c', 'Meson version is too old'],
    [
      'The Meson build system\nVersion: 0.37.1\nSource dir: /home/noah/paper-icon-theme\nBuild type: native build\n\nMeson encountered an error in file meson.build, line 1, column 0:\nNot enough arguments to project(). Needs at least the project name and one language',
      'c',
      'Not enough arguments to project()',
    ],
    ["The Meson build system\nProject name: app\nERROR: Unknown compiler(s): [['c++'], ['g++'], ['clang++']]", 'cpp', 'Unknown compiler(s)'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it("keeps a missing dependency Meson's 'could not find package'", () => {
    expectRecognised('src/meson.build:58:0: ERROR: Dependency "nanosvg" not found, tried pkgconfig and cmake', 'c', 'could not find package');
  });
});

describe('Bazel', () => {
  it.each([
    [
      "WARNING: Target pattern parsing failed.\nERROR: Skipping '//llama:Llama-3.2-1B-Instruct': no such package 'llama': BUILD file not found in any of the following directories. Add a BUILD file to a directory to mark it as a package.\n - llama\nERROR: Build did NOT complete successfully",
      'c',
      'no such package',
    ],
    [
      "ERROR: Analysis of target '//libscu/lib/link:context' failed; build aborted: no such package 'bazel/config': BUILD file not found in any of the following directories. Add a BUILD file to a directory to mark it as a package.",
      'c',
      'no such package',
    ],
    [
      "ERROR: /home/u/proj/BUILD:5:10: no such target '//lib:foo': target 'foo' not declared in package 'lib' defined by /home/u/proj/lib/BUILD and referenced by '//:app'",
      'c',
      'no such target',
    ],
    [
      'ERROR: /home/u/proj/BUILD:3:10: Compiling main.cc failed: (Exit 1): gcc failed: error executing command /usr/bin/gcc -U_FORTIFY_SOURCE -fstack-protector',
      'cpp',
      'C++ compilation of rule failed',
    ],
    [
      "    ERROR: /home/bquast/private-join-and-compute/BUILD:66:1: Linking of rule '//:generate_dummy_data' failed (Exit 1) gcc failed: error executing command /usr/bin/gcc @bazel-out/k8-fastbuild/bin/generate_dummy_data-2.params",
      'cpp',
      'Linking of rule failed',
    ],
    [
      'ERROR: /home/u/proj/BUILD:1:10: Linking app failed: (Exit 1): gcc failed: error executing command /usr/bin/gcc @bazel-out/k8-fastbuild/bin/app-2.params',
      'cpp',
      'Linking of rule failed',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it("leaves the compiler's message below Bazel's line its own type", () => {
    expectRecognised(
      'ERROR: /home/u/proj/BUILD:3:10: Compiling src/main.cc failed: (Exit 1): gcc failed: error executing CppCompile command (from target //:main)\nsrc/main.cc:4:10: fatal error: absl/strings/str_cat.h: No such file or directory\ncompilation terminated.',
      'cpp',
      'missing header',
    );
    expectRecognised(
      "ERROR: /home/u/.cache/bazel/_bazel_u/d1c8/external/curlpp/BUILD.bazel:3:1: C++ compilation of rule '@curlpp//:curlpp' failed: gcc failed: error executing command /usr/bin/gcc -U_FORTIFY_SOURCE",
      'cpp',
      'C++ compilation of rule failed',
    );
  });
});

describe('Conan and vcpkg', () => {
  it.each([
    [
      "-- Conan executing: conan install . -g cmake -s build_type=Debug -s compiler=gcc -s compiler.version=5\nERROR: Invalid setting '5' is not a valid 'settings.compiler.version' value.\nPossible values are ['4.9', '5.1', '5.2', '5.3', '5.4', '6.1', '6.2', '6.3']\nRead \"http://docs.conan.io/en/latest/faq/troubleshooting.html#error-invalid-setting\"\nCMake Error at scripts/cmake/conan/conan.cmake:335 (message):\n  Conan install failed='1'",
      'cpp',
      'Invalid setting',
    ],
    [
      'ERROR: There are invalid packages (packages that cannot exist for this configuration):\nlibhal/0.1.17: Invalid ID: libhal 0.1.17 requires C++20, which your compiler (apple-clang-13) does not support',
      'cpp',
      'There are invalid packages',
    ],
    [
      "ERROR: There are invalid packages:\ngtest/1.14.0: Invalid: 'settings.compiler' value not defined\nsqlite3/3.40.1: Invalid: 'settings.compiler' value not defined",
      'cpp',
      'There are invalid packages',
    ],
    ["ERROR: Package 'zlib/1.2.13' not resolved: No remote defined.", 'cpp', 'not resolved'],
    ['ERROR: Version conflict: Conflict between openssl/3.0.0 and openssl/1.1.1t in the graph.', 'cpp', 'Version conflict'],
    ['ERROR: Missing binary: zlib/1.2.13:6fe7fa69f760aee504e0be85c12b2327c716f9e7', 'cpp', 'Missing prebuilt package'],
    [
      'error: Could not locate a manifest (vcpkg.json) above the current working directory.\nThis vcpkg distribution does not have a classic mode instance.',
      'c',
      'Could not locate a manifest',
    ],
    ['error: no version database entry for fmt at 10.0.0', 'c', 'no version database entry'],
    ['Error: invalid triplet: x64-linux-static', 'c', 'triplet could not be found'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it("keeps Conan's missing prebuilt package and vcpkg's BUILD_FAILED", () => {
    expectRecognised(
      "ERROR: Missing prebuilt package for 'zlib/1.2.13', 'boost/1.83.0'\nTry to build locally from sources using the '--build=missing' argument",
      'cpp',
      'Missing prebuilt package',
    );
    expectRecognised('Error: Building package curl:x64-windows failed with: BUILD_FAILED', 'c', 'BUILD_FAILED');
  });
});

describe('CMake: targets, generators and the cache', () => {
  it.each([
    [
      '-- Configuring done\nCMake Error at src/CMakeLists.txt:6 (add_library):\n  Target "CabanaPIC" links to target "Cabana::cabanacore" but the target was\n  not found.  Perhaps a find_package() call is missing for an IMPORTED\n  target, or an ALIAS target is missing?',
      'cpp',
      'target was not found',
    ],
    [
      'CMake Error at src/CMakeLists.txt:36 (target_link_libraries):\n  Target "transfer_engine" links to:\n\n    glog::glog\n\n  but the target was not found.  Possible reasons include:\n\n    * There is a typo in the target name.\n    * A find_package call is missing for an IMPORTED target.\n    * An ALIAS target is missing.',
      'cpp',
      'target was not found',
    ],
    [
      'CMake Error: Error: generator : Ninja\nDoes not match the generator used previously: Unix Makefiles\nEither remove the CMakeCache.txt file and CMakeFiles directory or choose a different binary directory.',
      'cpp',
      'Does not match the generator used previously',
    ],
    [
      'CMake Error: The current CMakeCache.txt directory /build/CMakeCache.txt is different than the directory /old/build where CMakeCache.txt was created. This may result in binaries being created in the wrong place. If you are not sure, reedit the CMakeCache.txt',
      'cpp',
      'is different than the directory where CMakeCache.txt was created',
    ],
    [
      'CMake Error at CMakeLists.txt:30 (target_link_libraries):\n  Cannot specify link libraries for target "app" which is not built by this\n  project.',
      'cpp',
      'is not built by this project',
    ],
    ['CMake Error at CMakeLists.txt:4:\n  Parse error.  Expected a command name, got unquoted argument with text\n  "}".', 'cpp', 'Parse error'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it('keeps the other CMake errors their answers', () => {
    expectRecognised(
      'CMake Error at CMakeLists.txt:20 (qt_add_executable):\n  Unknown CMake command "qt_add_executable".',
      'cpp',
      'Unknown CMake command',
    );
    expectRecognised(
      'CMake Error: The source directory "/home/kaotd" does not appear to contain CMakeLists.txt.\nSpecify --help for usage, or press the help button on the CMake GUI.',
      'cpp',
      'does not contain CMakeLists.txt',
    );
  });
});

describe("MSBuild's C++ targets: a tool exited", () => {
  it.each([
    [
      '  C:\\Program Files (x86)\\Microsoft Visual Studio\\2017\\Community\\Common7\\IDE\\VC\\VCTargets\\Microsoft.CppCommon.targets(358,5): error MSB6006: “CL.exe” exited with code 2 [C:\\Users\\u\\fmt-6.1.1\\build\\test\\compile-test.vcxproj]',
      'cpp',
      'MSB6006',
    ],
    ['错误\tMSB6006\t“CL.exe”已退出，代码为 2', 'cpp', 'MSB6006'],
    [
      'Severity    Code    Description Project File    Line\nError   MSB6006 "cmd.exe" exited with code 3.   MetaLang    C:\\Program Files (x86)\\MSBuild\\Microsoft.Cpp\\v4.0\\V140\\Microsoft.CppCommon.targets  171',
      'cpp',
      'MSB6006',
    ],
    [
      '1>C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(166,5): error MSB3073: The command "setlocal\r\n1>xcopy /y "C:\\src\\lib\\*.dll" "C:\\src\\app\\x64\\Debug\\"" exited with code 4.\n1>Done building project "app.vcxproj" -- FAILED.',
      'cpp',
      'MSB3073',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it("leaves the compiler's code above it, and a .NET project's MSB3073, their answers", () => {
    expectRecognised(
      '1>main.cpp(10): error C2065: \'count\': undeclared identifier\n1>C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(741,5): error MSB6006: "CL.exe" exited with code 2.',
      'cpp',
      'C2065',
    );
    expect(
      answer(
        'C:\\Program Files\\dotnet\\sdk\\8.0.100\\Microsoft.Common.CurrentVersion.targets(5266,5): error MSB3073: The command "copy x y" exited with code 1. [C:\\src\\Api\\Api.csproj]',
      ).language,
    ).not.toBe('cpp');
  });
});

describe('the driver and the linker', () => {
  it.each([
    [
      "C:\\Users\\vaida\\Desktop\\gcc\\bin>gcc hello.c\ngcc: fatal error: cannot execute 'cc1': CreateProcess: No such file or directory\ncompilation terminated.",
      'c',
      "cannot execute 'cc1'",
    ],
    ["gcc: error trying to exec 'cc1': execvp: No such file or directory", 'c', "cannot execute 'cc1'"],
    [
      'gcc: fatal error: cannot execute ‘cc1plus’: execvp: No such file or directory\ncompilation terminated.\nnvcc fatal   : Failed to preprocess host compiler properties.\nmake: *** [Makefile:479: ggml-cuda/im2col.o] Error 1',
      'cpp',
      "cannot execute 'cc1plus'",
    ],
    [
      "g++ -std=c++11 -Wall -O2 gencode.cpp -o gencode.exe\ng++: error trying to exec 'cc1plus': execvp: No such file or directory",
      'cpp',
      "cannot execute 'cc1plus'",
    ],
    [
      "gcc -o xavs2  test/test.o libxavs2.a  -m64  -lm -lpthread -ldl\n/usr/bin/ld: libxavs2.a(quant8.o): relocation R_X86_64_32S against hidden symbol `xavs2_pw_1' can not be used when making a PIE object\n/usr/bin/ld: libxavs2.a(sad-a.o): relocation R_X86_64_32S against `.rodata' can not be used when making a PIE object; recompile with -fPIE",
      'c',
      'recompile with -fPIE',
    ],
    [
      "/usr/bin/ld: /home/u/AreTomo3/LibSrc/Lib/libmrcfile.a(CSaveMainHeader.o): relocation R_X86_64_32 against symbol `__gxx_personality_v0@@CXXABI_1.3' can not be used when making a PIE object; recompile with -fPIE\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'recompile with -fPIE',
    ],
    [
      '/usr/bin/ld: main.o: file not recognized: file format not recognized\ncollect2: error: ld returned 1 exit status',
      'c',
      'file format not recognized',
    ],
    [
      '/usr/bin/ld: warning: libssl.so.1.1, needed by /usr/lib/libcurl.so, not found (try using -rpath or -rpath-link)',
      'c',
      'not found (try using -rpath or -rpath-link)',
    ],
    [
      "cc1plus: error: command-line option '-Wstrict-prototypes' is valid for C/ObjC but not for C++ [-Werror]\ncc1plus: all warnings being treated as errors",
      'cpp',
      'is valid for C/ObjC but not for C++',
    ],
    ["arm-none-eabi-gcc: error: unrecognized argument in option '-mcpu=cortex-m55'", 'c', 'unrecognized argument in option'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it("keeps ld's -fPIC message and a missing library their answers", () => {
    expectRecognised(
      "/usr/bin/ld: /usr/local/lib/libfoo.a(foo.o): relocation R_X86_64_32 against `.rodata' can not be used when making a shared object; recompile with -fPIC",
      'c',
      'recompile with -fPIC',
    );
    expectRecognised(
      "/usr/bin/ld: ../bfd/libbfd.a(linker.o): relocation R_X86_64_32 against `.rodata.str1.1' can not be used when making a PIE object; recompile with -fPIC",
      'c',
      'recompile with -fPIC',
    );
    expectRecognised(
      '/usr/bin/ld: skipping incompatible /usr/lib/libfoo.so when searching for -lfoo\n/usr/bin/ld: cannot find -lfoo',
      'c',
      'cannot find -l',
    );
  });
});

describe('an error reported inside a standard header without an extension', () => {
  it.each([
    [
      "In file included from main.cpp:1:\n/usr/include/c++/11/type_traits:2568:11: error: no type named 'type' in 'struct std::enable_if<false, void>'\n 2568 |     using enable_if_t = typename enable_if<_Cond, _Tp>::type;",
      'cpp',
      'no type named',
    ],
    [
      '/usr/include/c++/12/variant:1094:14: error: static assertion failed: T must occur exactly once in alternatives\nmain.cpp:9:30:   required from here',
      'cpp',
      'static assertion failed',
    ],
    // clang's operands on the next line: g++'s phrase, like on one line.
    [
      "In file included from src/cpp/DeslantImgCPU.cpp:1:\n/Library/Developer/CommandLineTools/usr/include/c++/v1/algorithm:719:71: error: invalid operands to binary expression\n      ('const htr::Result' and 'const htr::Result')\n    bool operator()(const _T1& __x, const _T1& __y) const {return __x < __y;}",
      'cpp',
      'no match for operator',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));

  it("leaves the first error in the user's own file its answer, and names the user's line", () => {
    expectRecognised(
      "main.cpp:12:5: error: 'foo' was not declared in this scope\n/usr/include/c++/11/type_traits:2568:11: error: no type named 'type' in 'struct std::enable_if<false, void>'",
      'cpp',
      'was not declared in this scope',
    );
    expect(
      fixText(
        '/usr/include/c++/12/variant:1094:14: error: static assertion failed: T must occur exactly once in alternatives\nsrc/app.cpp:9:30:   required from here',
      ),
    ).toContain('src/app.cpp');
  });
});

describe('runtime reports', () => {
  it.each([
    [
      '==11915==ASan runtime does not come first in initial library list; you should either link runtime to your application or manually preload it with LD_PRELOAD.',
      'c',
      'ASan runtime does not come first',
    ],
    [
      'Abnormal program termination: C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\VC\\Tools\\MSVC\\14.44.35207\\include\\vector(1931) : Assertion failed: vector subscript out of range',
      'cpp',
      'assertion failed',
    ],
    [
      'Windows has triggered a breakpoint in app.exe.\n\nThis may be due to a corruption of the heap, which indicates a bug in app.exe or any of the DLLs it has loaded.',
      'c',
      'heap corruption',
    ],
    // valgrind's other uninitialised-bytes report.
    [
      '==2041== Syscall param write(count) contains uninitialised byte(s)\n==2041==    at 0x4F306E0: __write_nocancel (syscall-template.S:84)',
      'c',
      'uninitialised value',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('the fixes repeat what the error names', () => {
  it('names the target, the dependency and the package', () => {
    const cmake = fixText(
      'CMake Error at src/CMakeLists.txt:6 (add_library):\n  Target "CabanaPIC" links to target "Cabana::cabanacore" but the target was\n  not found.',
    );
    expect(cmake).toContain('Cabana::cabanacore');
    expect(cmake).toContain('CabanaPIC');
    expect(fixText("ninja: error: '../src/foo.c', needed by 'CMakeFiles/app.dir/src/foo.c.o', missing and no known rule to make it")).toContain(
      '../src/foo.c',
    );
    expect(fixText('error: no version database entry for fmt at 10.0.0')).toContain('fmt');
    expect(fixText("ERROR: /home/u/proj/BUILD:5:10: no such target '//lib:foo': target 'foo' not declared in package 'lib'")).toContain('//lib');
  });

  it('names the program, the library and the option', () => {
    expect(fixText("gcc: fatal error: cannot execute 'cc1plus': execvp: No such file or directory")).toContain('cc1plus');
    expect(fixText('/usr/bin/ld: warning: libssl.so.1.1, needed by /usr/lib/libcurl.so, not found (try using -rpath or -rpath-link)')).toContain(
      'libssl.so.1.1',
    );
    expect(fixText("cc1plus: error: command-line option '-Wstrict-prototypes' is valid for C/ObjC but not for C++ [-Werror]")).toContain(
      '-Wstrict-prototypes',
    );
    expect(fixText("arm-none-eabi-gcc: error: unrecognized argument in option '-mcpu=cortex-m55'")).toContain('cortex-m55');
    expect(answer("src/meson.build:4:0: ERROR: Program 'jasmine' not found or not executable").summary).toContain('src/meson.build:4');
  });
});
