/**
 * Second catalog pass over the C and C++ toolchains (issue 12): when a message is C's and when C++'s
 * (file names, drivers, mangled and demangled symbols, MSVC's /TP, the C++ projects' own tools), and
 * the toolchains beyond gcc: Apple's linker, IntelliSense (EDG) as Visual Studio and VS Code show it,
 * MSBuild's VC++ targets, MSVC's codes, MinGW, arm-none-eabi and nvcc. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe('C or C++: the text decides, not the message alone', () => {
  it.each([
    // Linker errors: a mangled or demangled C++ symbol, or a C++ driver, make it C++; a bare C symbol from a .c object is C.
    [
      "/usr/bin/ld: CMakeFiles/app.dir/src/main.o: in function `main':\nmain:(.text+0x1c): undefined reference to `_ZN6Logger4initEv'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: libcore.a(parser.o): in function `parse_config':\nparser.c:(.text+0x55): undefined reference to `foo(int)'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      "$ g++ main.o util.o -o app\n/usr/bin/ld: main.o: in function `main':\nmain.o:(.text+0x21): undefined reference to `helper'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      "$ gcc -o server server.o net.o\n/usr/bin/ld: server.o: in function `main':\nserver.o:(.text+0x21): undefined reference to `net_listen'\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: /tmp/ccAbc123.o: in function `main':\nprog.c:(.text+0x13): undefined reference to `pow'\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      'ld.lld: error: undefined symbol: Widget::paint(Painter&)\n>>> referenced by widget.cc:42 (src/widget.cc:42)\n>>>               obj/widget.o:(Widget::render())',
      'cpp',
      'undefined reference',
    ],
    ['ld.lld: error: undefined symbol: uv_loop_init\n>>> referenced by main.c:10\n>>>               main.o:(main)', 'c', 'undefined reference'],
    [
      'Undefined symbols for architecture arm64:\n  "_curl_easy_init", referenced from:\n      _fetch in fetch.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      'Undefined symbols for architecture arm64:\n  "Foo::bar()", referenced from:\n      _main in main.o\nld: symbol(s) not found for architecture arm64',
      'cpp',
      'undefined reference',
    ],
    [
      'main.obj : error LNK2019: unresolved external symbol "void __cdecl foo(int)" (?foo@@YAXH@Z) referenced in function main',
      'cpp',
      'LNK2019',
    ],
    ['main.obj : error LNK2019: unresolved external symbol _foo referenced in function _main', 'c', 'LNK2019'],
    // A bare C symbol in a Visual Studio C++ project's build (its .vcxproj named): the project is C++.
    [
      '1>zlib.lib(inflate.obj) : error LNK2001: unresolved external symbol inflate_fast\n1>Done building project "viewer.vcxproj" -- FAILED.',
      'cpp',
      'LNK2001',
    ],
    // MSVC compiling .c files as C++ (/TP, /Tp), or saying what only its C++ front end says.
    ["cl /nologo /EHsc /TP main.c\nmain.c\nmain.c(10): error C2065: 'nullptr': undeclared identifier", 'cpp', 'C2065'],
    ["cl /nologo /c main.c\nmain.c\nmain.c(10): error C2065: 'count': undeclared identifier", 'c', 'C2065'],
    [
      'src/dec/inst.c(99): error C2664: "const char *op2str(const op_t)": cannot convert argument 1 from "const unsigned char" to "const op_t"\nsrc/dec/inst.c(99): note: Conversion to enumeration type requires an explicit cast (static_cast, C-style cast or function-style cast)',
      'cpp',
      'C2664',
    ],
    // Run-time aborts: C++ frames or a C++ project's tools; C otherwise.
    [
      'Program received signal SIGSEGV, Segmentation fault.\n0x0000555555555149 in list_push (l=0x0, v=3) at list.c:14\n14\t    l->head = n;',
      'c',
      'segmentation fault',
    ],
    [
      'Thread 1 "app" received signal SIGSEGV, Segmentation fault.\n0x000055555555529a in std::vector<int, std::allocator<int> >::operator[] (this=0x0, __n=0) at /usr/include/c++/11/bits/stl_vector.h:1046',
      'cpp',
      'segmentation fault',
    ],
    ['[ros2run]: Segmentation fault', 'cpp', 'segmentation fault'],
    ['free(): double free detected in tcache 2\nAborted (core dumped)\n(base) user@host:~/catkin_ws$', 'cpp', 'double free'],
    [
      'C:/msys64/mingw32/lib/gcc/i686-w64-mingw32/4.9.1/../../../../i686-w64-mingw32/bin/ld.exe: cannot find -lC:/msys64/mingw32/lib/Qt5Cored\ncollect2.exe: error: ld returned 1 exit status',
      'cpp',
      'cannot find -l',
    ],
    [
      "terminate called after throwing an instance of 'std::runtime_error'\n  what():  failed to open config.json\nAborted (core dumped)",
      'cpp',
      'std::runtime_error',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('the ESP32 panic and Windows crash records: C++ programs unless a C source shows', () => {
  it.each([
    [
      "Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.\nCore 1 register dump:\nPC      : 0x400d99b8  PS      : 0x00060733\nEXCVADDR: 0x00000000\n\nBacktrace: 0x400d99b8:0x3ffb1e30 0x400d42ca:0x3ffb1e50",
      'cpp',
      'LoadProhibited',
    ],
    // ESP-IDF's own C files in the decoded backtrace are not the program's.
    [
      "Guru Meditation Error: Core  0 panic'ed (StoreProhibited). Exception was unhandled.\nBacktrace: 0x4008c484:0x3ffbbf80\n0x4008c484: prvIdleTask at /home/u/esp/esp-idf/components/freertos/tasks.c:4740",
      'cpp',
      'StoreProhibited',
    ],
    [
      "Guru Meditation Error: Core  0 panic'ed (LoadProhibited). Exception was unhandled.\nBacktrace: 0x400d1f4a:0x3ffb5a40\n0x400d1f4a: sensor_read at /home/dev/esp/weather/main/sensor.c:58",
      'c',
      'LoadProhibited',
    ],
    [
      'Faulting application name: viewer.exe, version: 2.0.10.1125\nFaulting module name: ntdll.dll, version: 10.0.19041.1806\nException code: 0xc0000374\nFault offset: 0x00000000000ff609',
      'cpp',
      'heap corruption',
    ],
    ['Process returned -1073740940 (0xC0000374)   execution time : 1.203 s', 'c', 'heap corruption'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe("Apple's linker (ld64, ld-prime) and clang's driver", () => {
  it.each([
    [
      'ld: framework not found SDL2\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'framework not found',
    ],
    [
      "ld: framework 'OpenGL' not found\nclang: error: linker command failed with exit code 1 (use -v to see invocation)",
      'c',
      'framework not found',
    ],
    [
      'ld: framework not found QtWidgets\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)',
      'cpp',
      'framework not found',
    ],
    ['ld: library not found for -lssl\nclang: error: linker command failed with exit code 1 (use -v to see invocation)', 'c', 'cannot find -l'],
    ["ld: library 'SDL2' not found\nclang: error: linker command failed with exit code 1 (use -v to see invocation)", 'c', 'cannot find -l'],
    [
      'ld: Undefined symbols:\n  _json_parse, referenced from:\n      _main in main.o\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      'ld: warning: ignoring file /usr/local/lib/libpng.dylib, building for macOS-arm64 but attempting to link with file built for macOS-x86_64\nUndefined symbols for architecture arm64:\n  "_png_create_read_struct", referenced from:\n      _load_png in image.o\nld: symbol(s) not found for architecture arm64',
      'c',
      'undefined reference',
    ],
    [
      'ld: warning: ignoring file libfoo.a, building for macOS-x86_64 but attempting to link with file built for macOS-arm64',
      'c',
      'attempting to link with file built for',
    ],
    [
      "ld: building for 'iOS-simulator', but linking in object file (/Users/dev/Pods/libfoo.a[2](foo.o)) built for 'iOS'",
      'c',
      'attempting to link with file built for',
    ],
    [
      'ld: warning: object file (/opt/homebrew/lib/libfoo.a(foo.o)) was built for newer macOS version (14.0) than being linked (11.0)',
      'c',
      'was built for newer macOS version',
    ],
    [
      'ld: unknown option: --as-needed\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'unrecognized command-line option',
    ],
    ["ld: can't open output file for writing: build, errno=21 for architecture arm64", 'c', 'cannot open output file'],
    [
      "duplicate symbol '_config' in:\n    build/main.o\n    build/util.o\nld: 1 duplicate symbol for architecture arm64",
      'c',
      'multiple definition',
    ],
    [
      "/Users/dev/app/src/main.cpp:1:10: fatal error: 'iostream' file not found\n#include <iostream>\n         ^~~~~~~~~~\n1 error generated.",
      'cpp',
      'missing header',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe("IntelliSense (EDG) as VS Code's C/C++ extension and Visual Studio show it: gcc's phrase, or the E-code", () => {
  it.each([
    ['identifier "cout" is undefined', 'cpp', 'identifier is undefined'],
    ['identifier "NULL" is undefined C/C++(20)', 'cpp', 'identifier is undefined'],
    [
      '[{\n\t"resource": "/c:/Users/me/proj/main.cpp",\n\t"owner": "C/C++: IntelliSense",\n\t"code": "20",\n\t"severity": 8,\n\t"message": "identifier \\"vector\\" is undefined",\n\t"source": "C/C++"\n}]',
      'cpp',
      'identifier is undefined',
    ],
    [
      '#include errors detected. Please update your includePath. Squiggles are disabled for this translation unit (C:\\Users\\me\\proj\\main.cpp).C/C++(1696)',
      'cpp',
      'missing header',
    ],
    ['cannot open source file "opencv2/opencv.hpp"C/C++(1696)', 'cpp', 'missing header'],
    ['cannot open source file "gtk/gtk.h" (dependency of "main.c")C/C++(1696)', 'c', 'missing header'],
    ['class "Foo" has no member "bar"C/C++(135)', 'cpp', 'has no member named'],
    ['namespace "std" has no member "format"', 'cpp', 'is not a member of'],
    [
      'no instance of overloaded function "std::vector<_Tp, _Alloc>::push_back [with _Tp=int, _Alloc=std::allocator<int>]" matches the argument list\n            argument types are: (const char [4])C/C++(304)',
      'cpp',
      'no matching function for call',
    ],
    [
      'no instance of constructor "Foo::Foo" matches the argument list\n            argument types are: (int)C/C++(289)',
      'cpp',
      'no matching function for call',
    ],
    ['more than one instance of overloaded function "max" matches the argument list:C/C++(308)', 'cpp', 'is ambiguous'],
    ['no operator "<<" matches these operands\n            operand types are: std::ostream << Point C/C++(349)', 'cpp', 'no match for operator'],
    ['argument of type "const char *" is incompatible with parameter of type "char *"C/C++(167)', 'cpp', 'invalid conversion'],
    ['a value of type "const char *" cannot be used to initialize an entity of type "char *"C/C++(144)', 'cpp', 'invalid conversion'],
    ['no suitable constructor exists to convert from "int" to "std::string"C/C++(415)', 'cpp', 'cannot convert'],
    ["expected a ';'C/C++(65)", 'cpp', "expected ';'"],
    ['incomplete type is not allowedC/C++(70)', 'cpp', 'incomplete type'],
    [
      'object of abstract class type "Shape" is not allowed:\n            function "Shape::area" is a pure virtual functionC/C++(322)',
      'cpp',
      'abstract type',
    ],
    ['member "Foo::x" (declared at line 5) is inaccessibleC/C++(265)', 'cpp', 'is private within this context'],
    ['too few arguments in function callC/C++(165)', 'cpp', 'too few arguments to function'],
    ['expression must be a modifiable lvalueC/C++(137)', 'cpp', 'lvalue required as left operand of assignment'],
    ['this declaration has no storage class or type specifierC/C++(77)', 'cpp', 'does not name a type'],
    // Visual Studio's Error List shows the code: the code then, as for cl's C2065.
    ['Error (active)\tE0020\tidentifier "ssize_t" is undefined\tnetcat\tC:\\src\\netcat\\netcat.c\t42\t', 'c', 'E0020'],
    ['Error (active)\tE0135\tclass "Player" has no member "jump"\tGame\tC:\\src\\Game\\main.cpp\t17\t', 'cpp', 'E0135'],
    // nvcc's own EDG messages stay nvcc's.
    [
      'src/core.cu(717): error: identifier "so" is undefined\n\n1 error detected in the compilation of "/tmp/tmpxft_00001ee3_00000000-11_core.compute_52.cpp1.ii".',
      'cpp',
      'identifier is undefined',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe("MSVC's compiler and linker, MSBuild's VC++ targets", () => {
  it.each([
    ["LINK : fatal error LNK1104: cannot open file 'libboost_filesystem-vc142-mt-x64-1_78.lib'", 'cpp', 'LNK1104'],
    ["mylib.lib(foo.obj) : fatal error LNK1112: module machine type 'x86' conflicts with target machine type 'x64'", 'cpp', 'LNK1112'],
    [
      'C:\\Program Files (x86)\\Windows Kits\\10\\Include\\10.0.19041.0\\um\\winnt.h(169): fatal error C1189: #error:  "No Target Architecture"',
      'cpp',
      'C1189',
    ],
    [
      "1>C:\\src\\app\\main.c(12,5): error C4996: 'fopen': This function or variable may be unsafe. Consider using fopen_s instead.",
      'c',
      'C4996',
    ],
    [
      "1>C:\\src\\engine\\render.cpp(88,1): error C2220: the following warning is treated as an error\n1>C:\\src\\engine\\render.cpp(88,1): warning C4244: 'argument': conversion from 'double' to 'float', possible loss of data",
      'cpp',
      'C2220',
    ],
    [
      "libprotobufd.lib(common.obj) : error LNK2038: mismatch detected for 'RuntimeLibrary': value 'MTd_StaticDebug' doesn't match value 'MDd_DynamicDebug' in main.obj",
      'cpp',
      'LNK2038',
    ],
    [
      'C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.Cpp.WindowsSDK.targets(46,5): error MSB8036: The Windows SDK version 10.0.17763.0 was not found. Install the required version of Windows SDK or change the SDK version in the project property pages or by right-clicking the solution and selecting "Retarget solution".',
      'cpp',
      'MSB8036',
    ],
    [
      "C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppBuild.targets(456,5): error MSB8020: The build tools for v141 (Platform Toolset = 'v141') cannot be found.",
      'cpp',
      'MSB8020',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('MinGW, arm-none-eabi and nvcc', () => {
  it.each([
    [
      "C:/msys64/mingw64/bin/../lib/gcc/x86_64-w64-mingw32/12.2.0/../../../../x86_64-w64-mingw32/bin/ld.exe: C:/msys64/mingw64/lib/libmingw32.a(lib64_libmingw32_a-crt0_c.o): in function `main':\nC:/M/B/src/mingw-w64/mingw-w64-crt/crt/crt0_c.c:18: undefined reference to `WinMain'\ncollect2.exe: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      'C:/msys64/mingw64/bin/../lib/gcc/x86_64-w64-mingw32/13.1.0/../../../../x86_64-w64-mingw32/bin/ld.exe: cannot find -lpthread: No such file or directory\ncollect2.exe: error: ld returned 1 exit status',
      'c',
      'cannot find -l',
    ],
    [
      "/opt/gcc-arm-none-eabi/bin/../lib/gcc/arm-none-eabi/10.3.1/../../../../arm-none-eabi/bin/ld: firmware.elf section `.bss' will not fit in region `RAM'\n/opt/gcc-arm-none-eabi/bin/../lib/gcc/arm-none-eabi/10.3.1/../../../../arm-none-eabi/bin/ld: region `RAM' overflowed by 1024 bytes\ncollect2: error: ld returned 1 exit status",
      'c',
      'region overflowed',
    ],
    [
      "/usr/lib/gcc/arm-none-eabi/10.3.1/../../../arm-none-eabi/bin/ld: /usr/lib/gcc/arm-none-eabi/10.3.1/../../../arm-none-eabi/lib/thumb/v7e-m+fp/hard/libc.a(lib_a-sbrkr.o): in function `_sbrk_r':\nsbrkr.c:(.text._sbrk_r+0xc): undefined reference to `_sbrk'\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      "arm-none-eabi-gcc: fatal error: cannot read spec file 'nano.specs': No such file or directory\ncompilation terminated.",
      'c',
      'cannot read spec file',
    ],
    [
      '/usr/bin/arm-none-eabi-ld: error: firmware.elf uses VFP register arguments, main.o does not\n/usr/bin/arm-none-eabi-ld: failed to merge target specific data of file main.o',
      'c',
      'uses VFP register arguments',
    ],
    ["nvcc fatal   : Cannot find compiler 'cl.exe' in PATH", 'cpp', 'Cannot find compiler'],
    ["ptxas error   : Entry function '_Z6kernelPf' uses too much shared data (0x10000 bytes, 0xc000 max)", 'cpp', 'uses too much shared data'],
    [
      'kernel.cu(22): error: calling a __host__ function("std::vector<float, std::allocator<float> > ::size const") from a __global__ function("compute") is not allowed',
      'cpp',
      'calling a __host__ function from a __global__ function is not allowed',
    ],
    ["nvcc fatal   : Unsupported gpu architecture 'compute_35'", 'cpp', 'Unsupported gpu architecture'],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe("clang's wordings of g++'s diagnostics take g++'s phrase", () => {
  it.each([
    ["main.cpp:8:9: error: cannot initialize a variable of type 'char *' with an lvalue of type 'const char *'", 'cpp', 'invalid conversion'],
    ["main.cpp:8:9: error: cannot initialize a variable of type 'int *' with an rvalue of type 'void *'", 'cpp', 'invalid conversion'],
    [
      "main.cpp:8:9: error: cannot initialize a parameter of type 'int' with an lvalue of type 'std::string' (aka 'basic_string<char>')",
      'cpp',
      'cannot convert',
    ],
    [
      "main.cpp:6:12: error: non-const lvalue reference to type 'int' cannot bind to a temporary of type 'int'",
      'cpp',
      'cannot bind non-const lvalue reference',
    ],
    [
      "main.cpp:6:12: error: cannot bind non-const lvalue reference of type 'int&' to an rvalue of type 'int'",
      'cpp',
      'cannot bind non-const lvalue reference',
    ],
    ["main.cpp:9:14: error: no viable overloaded '='", 'cpp', 'no match for operator'],
    [
      "main.cpp:9:14: error: 'this' argument to member function 'size' has type 'const Foo', but function is not marked const",
      'cpp',
      'discards qualifiers',
    ],
    ["main.cpp:9:14: error: out-of-line definition of 'foo' does not match any declaration in 'Bar'", 'cpp', 'no declaration matches'],
    [
      "main.c:8:12: error: returning 'char *' from a function with result type 'int' makes integer from pointer without a cast [-Wint-conversion]",
      'c',
      'incompatible pointer types',
    ],
    ["main.c:5:3: error: use of undeclared identifier 'count'", 'c', 'was not declared in this scope'],
    [
      "main.cpp:7:15: error: invalid operands to binary expression ('std::ostream' (aka 'basic_ostream<char>') and 'Point')",
      'cpp',
      'no match for operator',
    ],
    ["main.cpp:20:11: error: variable type 'Shape' is an abstract class", 'cpp', 'abstract type'],
    [
      'main.cpp:4:30: fatal error: recursive template instantiation exceeded maximum depth of 1024',
      'cpp',
      'template instantiation depth exceeds maximum',
    ],
  ])('%j is %s / %s', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('the names the messages capture reach the fixes', () => {
  it('names the framework, the library and the architectures', () => {
    expect(fixText('ld: framework not found SDL2')).toContain('SDL2');
    expect(fixText("ld: library 'glfw' not found")).toContain('glfw');
    expect(
      fixText('ld: warning: ignoring file libfoo.a, building for macOS-x86_64 but attempting to link with file built for macOS-arm64'),
    ).toContain('macOS-x86_64');
  });

  it("names IntelliSense's undefined identifier and missing header", () => {
    expect(fixText('identifier "cout" is undefined')).toContain('cout');
    expect(fixText('cannot open source file "opencv2/opencv.hpp"C/C++(1696)')).toContain('opencv2/opencv.hpp');
  });

  it('names the spec file, the host compiler and the kernel', () => {
    expect(fixText("arm-none-eabi-gcc: fatal error: cannot read spec file 'nano.specs': No such file or directory")).toContain('nano.specs');
    expect(fixText("nvcc fatal   : Cannot find compiler 'cl.exe' in PATH")).toContain('cl.exe');
    expect(fixText("ptxas error   : Entry function '_Z6kernelPf' uses too much shared data (0x10000 bytes, 0xc000 max)")).toContain(
      '_Z6kernelPf',
    );
  });

  it('explains that IntelliSense is not the compiler', () => {
    expect(answer('class "Foo" has no member "bar"C/C++(135)').explanation).toContain('IntelliSense');
  });
});
