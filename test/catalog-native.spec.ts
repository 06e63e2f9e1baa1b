/**
 * Catalog pass over the C and C++ toolchains' messages (issue 12): gcc's and clang's diagnostics as
 * their catalogs word them (also localised), linkers, glibc and the C++ runtime, sanitizers,
 * valgrind, CMake and MSVC. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe('gcc and clang diagnostics without a pattern of their own: the phrase, without the names', () => {
  it.each([
    ["main.c:9:5: error: expected expression before ')' token", 'c', 'expected expression'],
    ["src/parse.c:14:1: error: expected '}' at end of input\n   14 | }\n      | ^", 'c', "expected '}'"],
    ["main.c:9:5: error: expected identifier or '(' before '{' token", 'c', "expected identifier or '('"],
    [
      "main.c:3:1: error: expected '=', ',', ';', 'asm' or '__attribute__' before 'int'",
      'c',
      "expected '=', ',', ';', 'asm' or '__attribute__'",
    ],
    ["main.cpp:30:1: error: expected declaration before '}' token", 'cpp', 'expected declaration'],
    ["main.c:10:12: error: invalid operands to binary + (have 'int *' and 'int *')", 'c', 'invalid operands to binary'],
    ["main.c:6:7: error: 'return' with no value, in function returning non-void [-Werror=return-type]", 'c', 'return with no value'],
    ["main.c:7:1: error: static declaration of 'foo' follows non-static declaration", 'c', 'static declaration follows non-static declaration'],
    [
      "[ 42%] Building C object CMakeFiles/app.dir/src/io.c.o\n/src/io.c:33:5: error: ignoring return value of 'write' declared with attribute 'warn_unused_result' [-Werror=unused-result]",
      'c',
      'ignoring return value',
    ],
    ['main.cpp:9:18: error: template argument 1 is invalid', 'cpp', 'template argument is invalid'],
    [
      "main.cpp:12:5: error: static assertion failed due to requirement 'sizeof(int) == 8': int must be 64-bit",
      'cpp',
      'static assertion failed',
    ],
    ['main.cpp:12:5: error: static_assert failed "int must be 64-bit"', 'cpp', 'static assertion failed'],
    ["main.cpp:13:21: error: 'std::ifstream in' has incomplete type", 'cpp', 'incomplete type'],
    ["main.cpp:11:13: error: member access into incomplete type 'Foo'", 'cpp', 'incomplete type'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('localised gcc and ld messages take the English phrase', () => {
  it.each([
    ['main.c:12:3: Fehler: Zu wenige Argumente für Funktion »first_net_device«', 'c', 'too few arguments to function'],
    ["main.c:12:3: erreur: trop peu d'arguments pour la fonction « foo »", 'c', 'too few arguments to function'],
    [
      'Z:/mysql-connector-c-6.1.9-src/mysys/my_mkdir.c:32:7: 错误：提供给函数‘mkdir’的实参太少\n   if (mkdir((char*) dir))',
      'c',
      'too few arguments to function',
    ],
    ['test.cpp: 在函数‘void f()’中:\ntest.cpp:13:5: 错误：对‘L::L()’的调用没有匹配的函数', 'cpp', 'no matching function for call'],
    ['main.cpp:10:12: Fehler: keine passende Funktion für Aufruf von »foo(int)«', 'cpp', 'no matching function for call'],
    ['main.cpp:10:12: ошибка: нет подходящей функции для вызова «foo(int)»', 'cpp', 'no matching function for call'],
    ['rtusb_main.c:1984: Fehler: »struct net_device« hat kein Element namens »weight«', 'c', 'has no member named'],
    ['main.c:11:12: 错误：‘struct point’没有名为‘z’的成员', 'c', 'has no member named'],
    ['test.cpp:20:5: 错误：使用了被删除的函数‘IntVector& IntVector::operator=(IntVector)’', 'cpp', 'use of deleted function'],
    ['server.c:1476:1: 错误：在有返回值的函数中，控制流程到达函数尾 [-Werror=return-type]', 'c', 'control reaches end of non-void function'],
    [
      'main.c:5:1: Fehler: Kontrollfluss erreicht Ende einer Nicht-void-Funktion [-Werror=return-type]',
      'c',
      'control reaches end of non-void function',
    ],
    ['main.c:10:1: Fehler: expected »;« before »}« token', 'c', "expected ';'"],
    ['main.c:10:1: ошибка: expected «;» before «}» token', 'c', "expected ';'"],
    ['main.cpp:5:7: Fehler: expected unqualified-id before »return«', 'cpp', 'expected unqualified-id'],
    [
      "CMakeFiles/cmTC_bc3fa.dir/CheckSymbolExists.c.o: In Funktion `main':\nCheckSymbolExists.c:(.text+0x16): Nicht definierter Verweis auf `pthread_create'\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('runtime aborts, sanitizers and valgrind by the bug type their tools name', () => {
  it.each([
    [
      "terminate called after throwing an instance of 'std::ios_base::failure[abi:cxx11]'\n  what():  basic_ios::clear: iostream error\nAborted (core dumped)",
      'cpp',
      'failure',
    ],
    [
      "terminate called after throwing an instance of 'boost::wrapexcept<boost::system::system_error>'\n  what():  bind: Address already in use\nAborted (core dumped)",
      'cpp',
      'system_error',
    ],
    ['free(): unaligned chunk detected in tcache 2\nAborted (core dumped)', 'c', 'heap corruption'],
    [
      'Fatal glibc error: malloc.c:2593 (sysmalloc): assertion failed: (old_top == initial_top (av) && old_size == 0) || ((unsigned long) (old_size) >= MINSIZE && prev_inuse (old_top) && ((unsigned long) old_end & (pagesize - 1)) == 0)\nAborted (core dumped)',
      'c',
      'heap corruption',
    ],
    [
      "app: malloc.c:2379: sysmalloc: Assertion `(old_top == initial_top (av) && old_size == 0) || ((unsigned long) (old_size) >= MINSIZE && prev_inuse (old_top) && ((unsigned long) old_end & (pagesize - 1)) == 0)' failed.\nAborted (core dumped)",
      'c',
      'heap corruption',
    ],
    [
      '==1==ERROR: AddressSanitizer: requested allocation size 0xffffffffffffffff (0x800 after adjustments for alignment, red zones etc.) exceeds maximum supported size of 0x10000000000 (thread T0)\n    #0 0x7f1c in malloc (/lib/libasan.so.6+0xb1c)',
      'c',
      'allocation-size-too-big',
    ],
    ['==1==ERROR: AddressSanitizer: allocator is out of memory trying to allocate 0x40000000 bytes', 'c', 'out-of-memory'],
    [
      '==1==ERROR: AddressSanitizer: calloc parameters overflow: count * size (2 * 18446744073709551615) cannot be represented in type size_t (thread T0)',
      'c',
      'calloc-overflow',
    ],
    [
      '==2048== Invalid free() / delete / delete[] / realloc()\n==2048==    at 0x483CA3F: free (vg_replace_malloc.c:540)\n==2048==    by 0x1091A8: main (main.c:9)',
      'c',
      'invalid free',
    ],
    [
      '==2048== Mismatched free() / delete / delete []\n==2048==    at 0x483CA3F: operator delete(void*) (vg_replace_malloc.c:802)\n==2048==    by 0x1091A8: main (main.cpp:9)',
      'cpp',
      'mismatched free',
    ],
    [
      '==2048== 40 bytes in 1 blocks are definitely lost in loss record 1 of 1\n==2048==    at 0x483B7F3: malloc (vg_replace_malloc.c:307)\n==2048==    by 0x1091A8: main (main.c:5)',
      'c',
      'memory leak',
    ],
    [
      '==2048== Syscall param write(buf) points to uninitialised byte(s)\n==2048==    at 0x4962E77: write (write.c:26)',
      'c',
      'uninitialised value',
    ],
    [
      '==2048== Possible data race during write of size 4 at 0x10C014 by thread #2\n==2048== Locks held: none\n==2048==    at 0x1091A8: worker (main.c:8)',
      'c',
      'data race',
    ],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('linkers and CMake', () => {
  it.each([
    ['mold: fatal: library not found: foo', 'c', 'cannot find -l'],
    [
      "duplicate symbol '_foo' in:\n    a.o\n    b.o\nld: 1 duplicate symbol for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)",
      'c',
      'multiple definition',
    ],
    ['ld: 2 duplicate symbols for architecture x86_64', 'c', 'multiple definition'],
    ['ld.lld: error: relocation R_X86_64_32 cannot be used against local symbol; recompile with -fPIC', 'c', 'recompile with -fPIC'],
    [
      'CMake Error at CMakeLists.txt:3 (find_package):\n  Could not find a configuration file for package "Qt5" that is compatible\n  with requested version "5.15".',
      'cpp',
      'could not find package',
    ],
    [
      'CMake Error at /usr/share/cmake-3.22/Modules/FindBoost.cmake:2377 (message):\n  Unable to find the requested Boost libraries.\n\n  Boost version: 1.74.0\n\n  Could not find the following Boost libraries:\n\n          boost_python3',
      'cpp',
      'could not find package',
    ],
    [
      'CMake Error at CMakeLists.txt:1 (project):\n  The CMAKE_CXX_COMPILER:\n\n    /usr/bin/g++-13\n\n  is not a full path to an existing compiler tool.',
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    [
      '-- The C compiler identification is unknown\nCMake Error at CMakeLists.txt:3 (project):\n  The CMAKE_C_COMPILER:\n\n    cl\n\n  is not a full path and was not found in the PATH.',
      'c',
      'CMAKE_C_COMPILER not found',
    ],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe("gcc's lifetime warnings made errors, by their flag", () => {
  it.each([
    ["src/list.c:19:8: error: pointer 'node' used after 'free' [-Werror=use-after-free]", 'c', 'use-after-free'],
    ["src/ctx.c:40:12: error: storing the address of local variable 'buf' in '*ctx.data' [-Werror=dangling-pointer=]", 'c', 'dangling-pointer'],
    [
      "In function 'pool_destroy',\n    inlined from 'main' at src/main.c:30:5:\nsrc/pool.c:88:3: error: 'free' called on unallocated object 'slots' [-Werror=free-nonheap-object]",
      'c',
      'free-nonheap-object',
    ],
    [
      "src/items.c:8:24: error: 'calloc' sizes specified with 'sizeof' in the earlier argument and not in the later argument [-Werror=calloc-transposed-args]",
      'c',
      'calloc-transposed-args',
    ],
    ["src/session.cpp:57:10: error: pointer 'conn' used after 'void free(void*)' [-Werror=use-after-free]", 'cpp', 'use-after-free'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe("the compiler driver's, ld's and cl.exe's own messages", () => {
  it.each([
    [
      'gcc: error: foo.c: No such file or directory\ngcc: fatal error: no input files\ncompilation terminated.',
      'c',
      'No such file or directory',
    ],
    ['$ gcc -o app\ngcc: fatal error: no input files\ncompilation terminated.', 'c', 'no input files'],
    ["clang: error: no such file or directory: 'src/app.c'", 'c', 'no such file or directory'],
    ['c++: error: src/main.cc: No such file or directory', 'cpp', 'No such file or directory'],
    [
      '[ 87%] Building CXX object src/CMakeFiles/core.dir/parser.cpp.o\nc++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.',
      'cpp',
      'Killed signal terminated program',
    ],
    [
      'C:/msys64/mingw64/bin/../lib/gcc/x86_64-w64-mingw32/13.2.0/../../../../x86_64-w64-mingw32/bin/ld.exe: cannot open output file main.exe: Permission denied\ncollect2.exe: error: ld returned 1 exit status',
      'c',
      'cannot open output file',
    ],
    [
      '/usr/bin/ld: cannot find crt1.o: No such file or directory\n/usr/bin/ld: cannot find crti.o: No such file or directory\ncollect2: error: ld returned 1 exit status',
      'c',
      'cannot find crt1.o',
    ],
    ["c++.exe: error: unrecognized command-line option '-mno-cet'", 'cpp', 'unrecognized command-line option'],
    ["cl : command line error D8016: '/ZI' and '/Gy-' command-line options are incompatible", 'cpp', 'D8016'],
    ["1>LINK : warning LNK4098: defaultlib 'MSVCRT' conflicts with use of other libs; use /NODEFAULTLIB:library", 'cpp', 'LNK4098'],
    [
      'HEAP CORRUPTION DETECTED: after Normal block (#123) at 0x000001F2A3B4C5D0.\nCRT detected that the application wrote to memory after end of heap buffer.',
      'c',
      'heap corruption',
    ],
    ["Run-Time Check Failure #2 - Stack around the variable 'buf' was corrupted.", 'c', 'Run-Time Check Failure #2'],
    ["Run-Time Check Failure #3 - The variable 'x' is being used without being initialized.", 'c', 'Run-Time Check Failure #3'],
    [
      "Run-Time Check Failure #2 - Stack around the variable 'name' was corrupted.\n>\tapp.exe!Parser::read(std::basic_istream<char,std::char_traits<char> > & in) Line 40\tC++",
      'cpp',
      'Run-Time Check Failure #2',
    ],
    // gcc's own: it stays gcc's header error when a location comes first.
    ['main.c:3:10: fatal error: foo.h: No such file or directory\ncompilation terminated.', 'c', 'missing header'],
  ])('%j', (error, language, errorType) => expectRecognised(error, language, errorType));
});

describe('the names the catalog messages capture reach the fixes', () => {
  it('names the function a localised too-few-arguments error calls', () => {
    expect(fixText('main.c:12:3: Fehler: Zu wenige Argumente für Funktion »first_net_device«')).toContain('first_net_device');
  });

  it('names the missing source file, the locked output file and the missing runtime object', () => {
    expect(fixText('gcc: error: src/foo.c: No such file or directory')).toContain('src/foo.c');
    expect(fixText('/usr/bin/ld: cannot open output file build/app.exe: Permission denied')).toContain('build/app.exe');
    expect(fixText('/usr/bin/ld: cannot find crti.o: No such file or directory')).toContain('crti.o');
  });

  it('names the local variable a run-time check failed on', () => {
    expect(fixText("Run-Time Check Failure #2 - Stack around the variable 'header' was corrupted.")).toContain('header');
  });

  it('names the incomplete type of a declared variable', () => {
    expect(fixText("main.cpp:13:21: error: 'std::ifstream in' has incomplete type")).toContain('std::ifstream');
  });
});
