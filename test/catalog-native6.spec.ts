/**
 * A sixth catalog pass over C and C++, from compiler and linker output pasted in the issue threads of C projects (curl,
 * OpenSSL users, libevent, mongoose, plfit, blockparser) and C++ ones (ntfs2btrfs, blt4l, libdatachannel, webradio, Qt and
 * Visual Studio projects), and from the setuptools lines of C extensions: gcc's C-only "dereferencing pointer to incomplete
 * type", quotes turned to mojibake, cut-off, half-translated and versioned undefined references, the loader's "not defined in file … with
 * link time reference", a CMake target given to ld as -l, MSVC codes without "error" or with C's default-int note, clang's
 * "assigning to … from incompatible type", CMake's "CMAKE_CXX_COMPILER not set", setuptools' bare "command 'gcc' failed"
 * and the older "Microsoft Visual C++ 14.0 is required", g++'s "jump to case label" in a C header compiled as C++. Pure: the
 * rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C/C++ family's sixth catalog pass", () => {
  it.each([
    [
      '/usr/bin/ld: cannot find -lOpenSSL::Crypto\ncollect2: error: ld returned 1 exit status\nmake[2]: *** [_deps/curl-build/lib/CMakeFiles/libcurl.dir/build.make:2200: lib/libcurl.so] Error 1\nmake[1]: *** [CMakeFiles/Makefile2:624: _deps/curl-build/lib/CMakeFiles/libcurl.dir/all] Error 2\nmake: *** [Makefile:130: all] Error 2',
      'c',
      'cannot find -l',
    ],
    ['undefined reference to `std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >', 'cpp', 'undefined reference'],
    [
      'payday2_release: relocation error:  /home/john/code/blt4l/build/libblt_loader.so: symbol\n_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEEC1EPKcRKS3_,\nversion GLIBCXX_3.4.21 not defined in file libstdc++.so.6 with link time reference',
      'cpp',
      'version not found',
    ],
    ["error: command 'gcc' failed with exit status 1", 'python', 'CompileError'],
    [
      ' error: Microsoft Visual C++ 14.0 is required. Get it with "Microsoft Visual C++ Build Tools": http://landinghub.visualstudio.com/visual-cpp-build-tools',
      'python',
      'Microsoft Visual C++ required',
    ],
    ['error: dereferencing pointer to incomplete type ‘SSL’ {aka ‘struct ssl_st’}', 'c', 'incomplete type'],
    [
      "  CCLD     libevent_pthreads.la\n  CC       libevent_openssl_la-bufferevent_openssl.lo\nbufferevent_openssl.c: In function 'bio_bufferevent_new':\nbufferevent_openssl.c:112:3: error: dereferencing pointer to incomplete type\n  b->init = 0;\n   ^\nbufferevent_openssl.c:113:3: error: dereferencing pointer to incomplete type\n  b->num = -1;\n   ^",
      'c',
      'incomplete type',
    ],
    [
      'In file included from /builddir/build/BUILD/ntfs2btrfs-20240115-build/ntfs2btrfs-20240115/src/ntfs.cpp:21:\n/builddir/build/BUILD/ntfs2btrfs-20240115-build/ntfs2btrfs-20240115/src/ntfs.h:537:10: error: â€˜unique_ptrâ€™ in namespace â€˜stdâ€™ does not name a template type\n  537 |     std::unique_ptr<ntfs_file> mft;\n      |          ^~~~~~~~~~',
      'cpp',
      'does not name a type',
    ],
    ["/usr/bin/ld: io/rtlsdrtuner.o: undefined reference to symbol 'pthread_create@@GLIBC_2.1'", 'c', 'undefined reference'],
    [
      "C2146: syntax error : missing ';' before identifier 'size_t'\nC4430: missing type specifier - int assumed. Note: C++ does not support default-int",
      'cpp',
      'C2146',
    ],
    [
      "2>c:\\users\\lxjhk\\desktop\\plfit-master\\plfit-master\\src\\plfit.h(115): error C2143: syntax error : missing ';' before '_'\n2>c:\\users\\lxjhk\\desktop\\plfit-master\\plfit-master\\src\\plfit.h(115): warning C4218: nonstandard extension used : must specify at least a storage class or a type\n2>c:\\users\\lxjhk\\desktop\\plfit-master\\plfit-master\\src\\plfit.h(115): error C2059: syntax error : ')'\n2>c:\\users\\lxjhk\\desktop\\plfit-master\\plfit-master\\src\\plfit.h(117): warning C4431: missing type specifier - int assumed. Note: C no longer supports default-int",
      'c',
      'C2143',
    ],
    [
      'CMake Error: CMAKE_C_COMPILER not set, after EnableLanguage\nCMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage',
      'c',
      'CMAKE_C_COMPILER not found',
    ],
    [
      '$ sudo ./install.sh\nPrefix set to /home/ben/torch-cl/install\nInstalling Lua version: LUAJIT21\nCMake Error at /usr/share/cmake-3.5/Modules/CMakeDetermineCXXCompiler.cmake:56 (message):\n  Could not find compiler set in environment variable CXX:\n\n  g++-4.9.\n\nCall Stack (most recent call first):\n  CMakeLists.txt\n\n\nCMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage',
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    [
      "cmake -B sfse/build -S sfse\nCMake Error at CMakeLists.txt:7 (project):\n  Running\n\n   'nmake' '-?'\n\n  failed with:\n\n   The system cannot find the file specified\n\n\nCMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage\n-- Configuring incomplete, errors occurred!",
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    ["error: Assigning to 'char *' from incompatible type 'void *'", 'cpp', 'invalid conversion'],
    [
      "CMake Error at CMakeLists.txt:1 (project):\n  Running\n\n   'nmake' '-?'\n\n  failed with:\n\n   The system cannot find the file specified\n\nCMake Error: CMAKE_C_COMPILER not set, after EnableLanguage\nCMake Error: CMAKE_CXX_COMPILER not set, after EnableLanguage\n-- Configuring incomplete, errors occurred!",
      'c',
      'CMAKE_C_COMPILER not found',
    ],
    [
      '/home/darekparodia/Documents/programowanie/srv-monitor/include/RGFW.h:3066:22: error: jump to case label\n 3066 |                 case SelectionNotify: {\n      |                      ^~~~~~~~~~~~~~~\n/home/darekparodia/Documents/programowanie/srv-monitor/include/RGFW.h:2938:32: note:   crosses initialization of ‘XEvent reply’\n 2938 |                         XEvent reply = { ClientMessage };\n      |                                ^~~~~',
      'cpp',
      'jump to case label',
    ],
    [
      'kb_text_shape.h:18540:13: error: jump to label ‘ResumePoint4’\n18540 |             ResumePoint4:;\n      |             ^~~~~~~~~~~~\nkb_text_shape.h:18509:16: note:   from here\n18509 |   case 4: goto ResumePoint4; break;\n      |                ^~~~~~~~~~~~\nkb_text_shape.h:18528:16: note:   crosses initialization of ‘unsigned int NewCodepoint’\n18528 |       kbts_u32 NewCodepoint = Glyphs[S->GlyphIndex].Codepoint & 0x1FFFFF;',
      'cpp',
      'jump to label',
    ],
    [
      'rrrr/tester-viz.c:162: undefined reference « sdl_main »\nclang: error: linker command failed with exit code 1',
      'c',
      'undefined reference',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the sixth pass keeps the answers of nearby texts', () => {
  it.each([
    [
      "    src/foo.c:3:10: fatal error: Python.h: No such file or directory\n     #include <Python.h>\n              ^~~~~~~~~~\n    compilation terminated.\n    error: command 'x86_64-linux-gnu-gcc' failed with exit status 1",
      'c',
      'missing header',
    ],
    [
      "      error: command '/usr/bin/gcc' failed with exit code 1\n      [end of output]\n  note: This error originates from a subprocess, and is likely not a problem with pip.\n  ERROR: Failed building wheel for pycocotools",
      'python',
      'subprocess-exited-with-error',
    ],
    ["distutils.errors.CompileError: command 'gcc' failed with exit status 1", 'python', 'CompileError'],
    [
      'error: Microsoft Visual C++ 14.0 or greater is required. Get it with "Microsoft C++ Build Tools": https://visualstudio.microsoft.com/visual-cpp-build-tools/',
      'python',
      'Microsoft Visual C++ required',
    ],
    ["src/widget.cpp:12:14: error: invalid use of incomplete type 'class Renderer'", 'cpp', 'incomplete type'],
    ['/usr/bin/ld: cannot find -lssl\ncollect2: error: ld returned 1 exit status', 'c', 'cannot find -l'],
    [
      '[100%] Linking CXX executable app\n/usr/bin/ld: cannot find -lboost_system\ncollect2: error: ld returned 1 exit status',
      'cpp',
      'cannot find -l',
    ],
    ['CMake Error at CMakeLists.txt:5 (project):\n  No CMAKE_CXX_COMPILER could be found.', 'cpp', 'CMAKE_CXX_COMPILER not found'],
    [
      "/usr/bin/ld: CMakeFiles/app.dir/main.c.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'\n//lib/x86_64-linux-gnu/libpthread.so.0: error adding symbols: DSO missing from command line\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    ["main.c:(.text+0x1e): undefined reference to `parse_config'\ncollect2: error: ld returned 1 exit status", 'c', 'undefined reference'],
    ["./app: /lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by ./app)", 'cpp', 'version not found'],
    ['src/ntfs.h:537:10: error: ‘unique_ptr’ in namespace ‘std’ does not name a template type', 'cpp', 'does not name a type'],
    ["main.cpp:8:9: error: cannot initialize a variable of type 'char *' with an rvalue of type 'void *'", 'cpp', 'invalid conversion'],
    ["1>..\\src\\fsg_history.c(303): error C2143: syntax error : missing ';' before 'type'", 'c', 'C2143'],
    ["1>main.cpp(12): error C2143: syntax error: missing ';' before '*'", 'cpp', 'C2143'],
    [
      "list.c:42:10: error: incompatible pointer types assigning to 'struct node *' from 'int *' [-Werror,-Wincompatible-pointer-types]",
      'c',
      'incompatible pointer types',
    ],
    [
      'vla.c:10:5: error: jump into scope of identifier with variably modified type',
      'c',
      'jump into scope of identifier with variably modified type',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
