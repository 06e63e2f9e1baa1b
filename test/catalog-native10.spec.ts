/**
 * A tenth catalog pass over C and C++: the language of compiler errors pasted inside other tools' build
 * logs (make, CMake, Ninja and Meson, RubyGems' native extensions, cgo, node-gyp, cargo's cc-rs, pip,
 * the Android NDK, Xcode, MSBuild). RubyGems' "Gem::Ext::BuildError" around a C compiler's error is no
 * C++ scope operator; clang's "invalid operands to binary expression" with nothing C++ around (cgo's
 * probe of a C preamble) is C's; cc1plus's harmless -Wstrict-prototypes warning in a pip build
 * gives way to the compiler error after it, and g++'s lowercase "no such file or directory" is its
 * driver's; GCC's colours pasted without their ESC byte ("[01;31m[Kerror: [m[K") are stripped like
 * other lost colour codes, and g++'s missing return in a header of a C++ build is C++'s. Pure: the
 * rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C / C++ family's tenth catalog pass", () => {
  it.each([
    [
      "Installing atomic (1.1.16) with native extensions\nGem::Installer::ExtensionBuildError: ERROR: Failed to build gem native extension.\n\n        /Users/michael/code/maglev/bin/maglev-ruby extconf.rb\nchecking for libkern/OSAtomic.h... yes\ncreating Makefile\n\nmake\ngcc  -I. -I. -I/Users/michael/code/maglev/lib/ruby/1.9/include -I. -DHAVE_LIBKERN_OSATOMIC_H -DHAVE_GCC_CAS  -arch x86_64  -c atomic_reference.c\natomic_reference.c:35:5: warning: implicit declaration of function 'DATA_PTR' is invalid in C99 [-Wimplicit-function-declaration]\n    DATA_PTR(self) = (void *) value;\n    ^\natomic_reference.c:35:20: error: expression is not assignable\n    DATA_PTR(self) = (void *) value;\n    ~~~~~~~~~~~~~~ ^",
      'c',
      'lvalue required as left operand of assignment',
    ],
    [
      "not-const:1:63: error: invalid operands to binary expression ('_GoBytes_ (*)(void *, int)' and 'int')\nvoid __cgo_f_1_3(void) { enum { __cgo__undefined__ = (GoBytes)*1 }; }",
      'c',
      'no match for operator',
    ],
    [
      "not-type:1:35: error: use of undeclared identifier '__cgo_undefined__'\nvoid __cgo_f_1_2(void) { GoBytes *__cgo_undefined__; }\nnot-const:1:63: error: invalid operands to binary expression ('_GoBytes_ (*)(void *, int)' and 'int')\nvoid __cgo_f_1_3(void) { enum { __cgo__undefined__ = (GoBytes)*1 }; }",
      'c',
      'no match for operator',
    ],
    [
      "cc1plus: warning: command line option '-Wstrict-prototypes' is valid for C/ObjC but not for C++\n    cylp/cy/CyCbcModel.cpp: In function 'void __Pyx_ExceptionSave(PyObject**, PyObject**, PyObject**)':\n    cylp/cy/CyCbcModel.cpp:10528:21: error: 'PyThreadState' {aka 'struct _ts'} has no member named 'exc_type'; did you mean 'curexc_type'?\n    10528 |     *type = tstate->exc_type;\n          |                     ^~~~~~~~",
      'cpp',
      'has no member named',
    ],
    [
      'gcc -pthread -B /home/dell10/anaconda3/compiler_compat -Wl,--sysroot=/ -Wsign-compare -DNDEBUG -g -fwrapv -O3 -Wall -Wstrict-prototypes -fPIC -I/home/dell10/anaconda3/lib/python3.7/site-packages/numpy/core/include -I/home/dell10/anaconda3/include/python3.7m -c pa.cpp -o build/temp.linux-x86_64-3.7/pa.o -O3\ncc1plus: warning: command line option ‘-Wstrict-prototypes’ is valid for C/ObjC but not for C++\nIn file included from /home/dell10/anaconda3/lib/python3.7/site-packages/numpy/core/include/numpy/ndarraytypes.h:1832:0,\n                 from /home/dell10/anaconda3/lib/python3.7/site-packages/numpy/core/include/numpy/ndarrayobject.h:12,\n                 from /home/dell10/anaconda3/lib/python3.7/site-packages/numpy/core/include/numpy/arrayobject.h:4,\n                 from pa.cpp:554:\n/home/dell10/anaconda3/lib/python3.7/site-packages/numpy/core/include/numpy/npy_1_7_deprecated_api.h:17:2: warning: #warning "Using deprecated NumPy API, disable it with " "#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION" [-Wcpp]\n #warning "Using deprecated NumPy API, disable it with " \\\n  ^\npa.cpp: In function ‘void __Pyx__ExceptionSave(PyThreadState*, PyObject**, PyObject**, PyObject**)’:\npa.cpp:8607:21: error: ‘PyThreadState’ has no member named ‘exc_type’\n     *type = tstate->exc_type;\n                     ^',
      'cpp',
      'has no member named',
    ],
    [
      "g++ -pthread -shared -B /home/lab206/anaconda3/envs/pxy/compiler_compat -L/home/lab206/anaconda3/envs/pxy/lib -Wl,-rpath=/home/lab206/anaconda3/envs/pxy/lib -o build/lib.linux-x86_64-3.8/ext_cuda.cpython-38-x86_64-linux-gnu.so\ng++: error: /home/lab206/lab206/king/Code/StableViewSynthesis/ext/mytorch/build/temp.linux-x86_64-3.8/ext_kernel.o: no such file or directory\nerror: command 'g++' failed with exit status 1",
      'cpp',
      'No such file or directory',
    ],
    [
      '[01m[Ka.c:5:5:[m[K [01;31m[Kerror: [m[Kconflicting types for ‘[01m[Kg[m[K’\n        5 | int [01;31m[Kg[m[K(int x) {\n          |     [01;31m[K^[m[K\n    [01m[Ka.c:3:5:[m[K [01;36m[Knote: [m[Kprevious declaration of ‘[01m[Kg[m[K’ was here\n        3 | int [01;36m[Kg[m[K(float);\n          |     [01;36m[K^[m[K',
      'c',
      'conflicting types',
    ],
    [
      'In file included from [01m[Kmain.cpp:5[m[K:\n    [01m[Kcommon.h:[m[K In member function ‘[01m[Kobj4& obj4::operator=(obj4&&)[m[K’:\n    [01m[Kcommon.h:33:63:[m[K [01;31m[Kerror: [m[Kno return statement in function returning non-void [[01;31m[K-Werror=return-type[m[K]\n       33 |     obj4& operator=(obj4&&) { printf("assign (move) ojb4\\n"); [01;31m[K}[m[K\n          |                                                               [01;31m[K^[m[K',
      'cpp',
      'control reaches end of non-void function',
    ],
    [
      '[01m[Kserver_sol.c:[m[K In function ‘[01m[Kserver_main[m[K’:\n    [01m[Kserver_sol.c:35:31:[m[K [01;31m[Kerror: [m[K‘[01m[Ksocket_fd[m[K’ undeclared (first use in this function)\n             int fds[] = {stop_fd, socket_fd, -1};\n    [01;32m[K                               ^[m[K\n    [01m[Kserver_sol.c:35:31:[m[K [01;36m[Knote: [m[Keach undeclared identifier is reported only once for each function it appears in',
      'c',
      'was not declared in this scope',
    ],
    [
      '[01m[K/home/pechatnov/vbox/caos_2019-2020/sem25-crypto-ssl/libcrypto_example/main.cpp:[m[K In function ‘[01m[Ksize_t callback_function(char*, size_t, size_t, void*)[m[K’:\n    [01m[K/home/pechatnov/vbox/caos_2019-2020/sem25-crypto-ssl/libcrypto_example/main.cpp:25:24:[m[K [01;31m[Kerror: [m[Kinvalid conversion from ‘[01m[Kvoid*[m[K’ to ‘[01m[Kbuffer_t*[m[K’ [-fpermissive]\n         buffer_t *buffer = user_data;\n    [01;32m[K                        ^[m[K',
      'cpp',
      'invalid conversion',
    ],
    [
      "01m[K_generator.cpp:26:23:[m[K [01;31m[Kerror: [m[K'[01m[Kgets[m[K' was not declared in this scope",
      'cpp',
      'was not declared in this scope',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Guards: texts of the same build logs the earlier patterns already answered, in C or in C++.
  it.each([
    [
      'Installing rfuse-ng (0.5.3) with native extensions \nGem::Installer::ExtensionBuildError: ERROR: Failed to build gem native extension.\n\n        /home/colin/.rvm/rubies/ruby-1.9.2-p290/bin/ruby extconf.rb \nchecking for main() in -lfuse... yes\ncreating Makefile\n\nmake\ngcc -I. -I/home/colin/.rvm/rubies/ruby-1.9.2-p290/include/ruby-1.9.1/x86_64-linux -I.   -fPIC -O3 -ggdb -Wextra -Wall -Werror -D_FILE_OFFSET_BITS=64 -DFUSE_USE_VERSION=26  -o filler.o -c filler.c\nfiller.c: In function ‘rfiller_push’:\nfiller.c:21:5: error: implicit declaration of function ‘STR2CSTR’ [-Werror=implicit-function-declaration]\nfiller.c:21:5: error: passing argument 2 of ‘f->filler’ makes pointer from integer without a cast [-Werror]\nfiller.c:21:5: note: expected ‘const char *’ but argument is of type ‘int’',
      'c',
      'implicit declaration of function',
    ],
    [
      "$ gem install rbtrace\n...\nrbtrace.c:1097:3: error: implicit declaration of function 'rb_postponed_job_register_one' is invalid in C99 [-Werror,-Wimplicit-function-declaration]\n  rb_postponed_job_register_one(0, rbtrace__receive, 0);\n  ^\n2 warnings and 1 error generated.\nmake: *** [rbtrace.o] Error 1\n\nmake failed, exit code 2\n\nGem files will remain installed in /Users/george/.rbenv/versions/2.7.1/lib/ruby/gems/2.7.0/gems/rbtrace-0.4.13 for inspection.\nResults logged to /Users/george/.rbenv/versions/2.7.1/lib/ruby/gems/2.7.0/extensions/x86_64-darwin-20/2.7.0/rbtrace-0.4.13/gem_make.out",
      'c',
      'implicit declaration of function',
    ],
    [
      "current directory: C:/Ruby30-x64/lib/ruby/gems/3.0.0/gems/wdm-0.1.1/ext/wdm\nmake DESTDIR\\=\ngenerating wdm_ext-x64-mingw32.def\ncompiling entry.c\ncompiling rb_monitor.c\nrb_monitor.c: In function 'rb_monitor_run_bang':\nrb_monitor.c:509:29: error: implicit declaration of function\n'rb_thread_call_without_gvl' [-Wimplicit-function-declaration]\n509 |         waiting_succeeded = rb_thread_call_without_gvl(wait_for_changes,\nmonitor->process_event, stop_monitoring, monitor);\n      |                             ^~~~~~~~~~~~~~~~~~~~~~~~~~\nmake: *** [Makefile:246: rb_monitor.o] Error 1\n\nmake failed, exit code 2\n\nGem files will remain installed in\nC:/Ruby30-x64/lib/ruby/gems/3.0.0/gems/wdm-0.1.1 for inspection.\nResults logged to\nC:/Ruby30-x64/lib/ruby/gems/3.0.0/extensions/x64-mingw32/3.0.0/wdm-0.1.1/gem_make.out\n\n  C:/Ruby30-x64/lib/ruby/3.0.0/rubygems/ext/builder.rb:93:in `run'\n  C:/Ruby30-x64/lib/ruby/3.0.0/rubygems/ext/builder.rb:44:in `block in make'\n  C:/Ruby30-x64/lib/ruby/3.0.0/rubygems/ext/builder.rb:36:in `each'\n  C:/Ruby30-x64/lib/ruby/3.0.0/rubygems/ext/builder.rb:36:in `make'",
      'c',
      'implicit declaration of function',
    ],
    [
      "not-type:1:35: error: use of undeclared identifier '__cgo_undefined__'\nvoid __cgo_f_1_2(void) { GoBytes *__cgo_undefined__; }",
      'c',
      'was not declared in this scope',
    ],
    [
      '[ 86%] Building C object CMakeFiles/hardinfo2.dir/hardinfo2/info.c.o\n/home/euan/Projects/RetroDebugger/src/Plugins/GoatTracker/gt2/goattrk2.c:908:9: error: implicit declaration of function ‘sound_init’; did you mean ‘gtsound_init’? [-Wimplicit-function-declaration]\nmake[2]: *** [CMakeFiles/Plugins.dir/build.make:524: CMakeFiles/Plugins.dir/src/Plugins/GoatTracker/gt2/goattrk2.c.o] Error 1\nmake[1]: *** [CMakeFiles/Makefile2:91: CMakeFiles/Plugins.dir/all] Error 2\nmake: *** [Makefile:91: all] Error 2',
      'c',
      'implicit declaration of function',
    ],
    [
      '[  4%] Building CXX object CMakeFiles/gpuPlotGenerator.dir/Command.cpp.o\n[  9%] Building CXX object CMakeFiles/gpuPlotGenerator.dir/CommandGenerate.cpp.o\nIn file included from /root/gpuPlotGenerator-4.1.3/CommandGenerate.cpp:25:0:\n/root/gpuPlotGenerator-4.1.3/build/GenerationDevice.h:18:23: fatal error: constants.h: No such file or directory\n #include "constants.h"\n                       ^\ncompilation terminated.',
      'cpp',
      'missing header',
    ],
    [
      'CXX(target) Release/obj.target/mysql_bindings/src/mysql_bindings.o\nIn file included from ../src/././mysql_bindings.h:14:0,\n                 from ../src/./mysql_bindings_connection.h:22,\n                 from ../src/mysql_bindings.cc:17:\n../../nan/nan.h: In function ‘v8::Handle<v8::Value> NanError(const char*)’:\n../../nan/nan.h:319:38: error: ‘New’ is not a member of ‘v8::String’\n # define _NAN_ERROR(fun, errmsg) fun(v8::String::New(errmsg))\n                                      ^',
      'cpp',
      'is not a member of',
    ],
    [
      "> zmq@2.7.0 install /Users/dashed/sandbox/zmq/node_modules/zmq\n> node-gyp rebuild\n\n  CXX(target) Release/obj.target/zmq/binding.o\nIn file included from ../binding.cc:36:\n../node_modules/nan/nan.h:339:13: error: no member named 'New' in 'v8::String'\n    return  _NAN_ERROR(v8::Exception::Error, errmsg);\n            ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~",
      'cpp',
      'has no member named',
    ],
    [
      "gcc -bundle -undefined dynamic_lookup -L/Users/hstm/anaconda/lib -arch x86_64 -arch x86_64 -L/Users/hstm/anaconda/lib -o build/lib.macosx-10.5-x86_64-2.7/fake-extension.so\n\nclang: error: no input files\n\nerror: command 'gcc' failed with exit status 1",
      'c',
      'no input files',
    ],
    [
      '/home/jeppe/MyArduinoProject/lib/FooLib/FooLib.h:12:15: fatal error: map: No such file or directory\n #include <map>\n               ^\ncompilation terminated.',
      'cpp',
      'missing header',
    ],
    ['fstream_plus.h:63:20: error: ‘streampos’ has not been declared', 'cpp', 'has not been declared'],
    [
      "[armeabi-v7a] SharedLibrary  : libjniopus.so\napp/src/main/jni/jniopus.cpp:297: error: undefined reference to 'JNI_OnLoad_jnijavacpp'\napp/src/main/jni/jniopus.cpp:394: error: undefined reference to 'JNI_OnUnload_jnijavacpp'\n[armeabi-v7a] SharedLibrary  : libjnispeex.so\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)\nmake: *** [app/src/main/obj/local/armeabi-v7a/libjniopus.so] Error 1",
      'cpp',
      'undefined reference',
    ],
    [
      'file_disvar.c:30:10: fatal error: file_disvar.h: No such file or directory\n   30 | #include "file_disvar.h"\n      |          ^~~~~~~~~~~~~~~\ncompilation terminated.\n\t[CC] ti994a.c...\nmake: *** [Makefile:60: file_disvar.o] Error 1',
      'c',
      'missing header',
    ],
    [
      "TERM='dumb' o64-clang++ -I . -fPIC -m64 -pthread -fno-caret-diagnostics -Qunused-arguments -fmessage-length=0 -fdebug-prefix-map=$WORK/b002=/tmp/go-build -gno-record-gcc-switches -fno-common -I $WORK/b002/ -g -O2 -std=c++14 -o $WORK/b002/_x003.o -c print128.cpp\n#github.com/yangchuang123456/xgo-test/resolver\nprint128.cpp:14:20: error: no member named 'end' in namespace 'std'",
      'cpp',
      'has no member named',
    ],
    [
      'running: "c++" "-O3" "-ffunction-sections" "-fdata-sections" "-m64" "-fPIC" "-o" "/home/aquatic/code/rust-oids/target/release/build/wrapped2d-fa30389a7a3266c0/out/frontend/lib.o" "-c" "frontend/lib.cpp"\ncargo:warning=In file included from frontend/lib.cpp:31:0:\ncargo:warning=frontend/collision/shapes/chain_shape.cpp: In function ‘void ChainShape_clear(b2ChainShape*)’:\ncargo:warning=frontend/collision/shapes/chain_shape.cpp:16:11: error: ‘class b2ChainShape’ has no member named ‘Clear’',
      'cpp',
      'has no member named',
    ],
    [
      'Undefined symbols for architecture arm64:\n  "_OBJC_CLASS_$_PViCadeSteelSeriesController", referenced from:\n      objc-class-ref in kICadeControllerSetting.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      'Undefined symbols for architecture arm64:\n  "loganInit(NSData*, NSData*, unsigned long long)", referenced from:\n      -[AppDelegate application:didFinishLaunchingWithOptions:] in AppDelegate.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'cpp',
      'undefined reference',
    ],
    ['.../omr/gc/include/omrgc.h:31:1: error: unknown type name ‘class’\n class MM_AllocateInitialization;', 'cpp', 'unknown type name'],
    [
      "[2/44] Compiling C object 'lib/gconnect-0.1@sha/lib_gconnect-0.1@sha_gconnect-config.c.o'.\nFAILED: lib/gconnect-0.1@sha/lib_gconnect-0.1@sha_gconnect-config.c.o \ncc  -Ilib/gconnect-0.1@sha -Ilib -I../lib -I/usr/include/glib-2.0 -fdiagnostics-color=always -pipe -D_FILE_OFFSET_BITS=64 -w -O0 -g '-DGETTEXT_PACKAGE=\"gconnect\"' -fPIC -pthread -MMD -o 'lib/gconnect-0.1@sha/lib_gconnect-0.1@sha_gconnect-config.c.o' -c 'lib/gconnect-0.1@sha/gconnect-config.c'\ncc: error: lib/gconnect-0.1@sha/gconnect-config.c: No such file or directory\ncc: fatal error: no input files\ncompilation terminated.\n[11/44] Compiling C object 'lib/gconnect-0.1@sha/lib_gconnect-0.1@sha_devicemanager.c.o'.\nninja: build stopped: subcommand failed.",
      'c',
      'No such file or directory',
    ],
    [
      "[ERROR] (1) C:\\Users\\trpar\\source\\repos\\systeminformer\\SystemInformer\\hidnproc.c(55,35): error C2146: syntax error: missing ')' before identifier 'Process' [C:\\Users\\trpar\\source\\repos\\systeminformer\\SystemInformer\\SystemInformer.vcxproj]C:\\Users\\trpar\\source\\repos\\systeminformer\\SystemInformer\\hidnproc.c(55,35): error C2061: syntax error: identifier 'Process' [C:\\Users\\trpar\\source\\repos\\systeminformer\\SystemInformer\\SystemInformer.vcxproj]",
      'c',
      'C2146',
    ],
    [
      "D:\\Repos\\Sulkan\\include\\jolt\\joltc.h(1635,73): error C2332: 'struct': missing tag name [D:\\Repos\\Sulkan\\bld\\Sulkan.vcxproj]                                                                               (compiling source file '../src/editor.c')\nD:\\Repos\\Sulkan\\include\\jolt\\joltc.h(1635,73): error C2143: syntax error: missing ')' before 'type' [D:\\Repos\\Sulkan\\bld\\Sulkan.vcxproj]                                                                  (compiling source file '../src/editor.c')",
      'c',
      'C2332',
    ],
    [
      "2>C:\\msys64\\mingw64\\include\\math.h(1157,15): error C3861: '__volatile__': identifier not found (compiling source file C:\\dev\\my\\3d\\rbfx\\Source\\ThirdParty\\OpenXRSDK\\src\\loader\\manifest_file.cpp)\n2>C:\\msys64\\mingw64\\include\\math.h(1158,11): error C2143: syntax error: missing ';' before ':' (compiling source file C:\\dev\\my\\3d\\rbfx\\Source\\ThirdParty\\OpenXRSDK\\src\\loader\\manifest_file.cpp)",
      'cpp',
      'C3861',
    ],
    [
      "cc1plus: 警告：command line option ‘-Wstrict-prototypes’ is valid for C/ObjC but not for C++ [默认启用]\n      In file included from codon/jit.cpp:765:0:\n      /root/.codon/include/codon/compiler/jit_extern.h: 在静态成员函数‘static codon::jit::JITResult codon::jit::JITResult::error(const string&)’中:\n      /root/.codon/include/codon/compiler/jit_extern.h:19:64: 错误：‘nullptr’在此作用域中尚未声明\n         static JITResult error(const std::string &message) { return {nullptr, message}; }\n                                                                      ^\n      /root/.codon/include/codon/compiler/jit_extern.h:19:80: 错误：could not convert ‘{<expression error>, message}’ from ‘<brace-enclosed initializer list>’ to ‘codon::jit::JITResult’\n         static JITResult error(const std::string &message) { return {nullptr, message}; }\n                                                                                      ^\n      error: command '/usr/bin/gcc' failed with exit code 1\n      [end of output]\n\n  note: This error originates from a subprocess, and is likely not a problem with pip.\n  ERROR: Failed building wheel for codon-jit",
      'cpp',
      'was not declared in this scope',
    ],
    [
      'cc1plus: warning: command line option ‘-Wstrict-prototypes’ is valid for C/ObjC but not for C++\ntomopy/algorithms/recon/gridrec/filters.cpp:37:1: warning: deprecated conversion from string constant to ‘char*’ [-Wwrite-strings]',
      'cpp',
      'is valid for C/ObjC but not for C++',
    ],
    [
      'arm-linux-gnueabihf-gcc -pthread -DNDEBUG -g -fwrapv -O2 -Wall -Wstrict-prototypes -fno-strict-aliasing -D_FORTIFY_SOURCE=2 -g -fstack-protector-strong -Wformat -Werror=format-security -fPIC -I/usr/include/python2.7 -c src/libais/ais_py.cpp -o build/temp.linux-armv7l-2.7/src/libais/ais_py.o -std=c++11\ncc1plus: warning: command line option ‘-Wstrict-prototypes’ is valid for C/ObjC but not for C++',
      'cpp',
      'is valid for C/ObjC but not for C++',
    ],
    [
      'curexc_value\npandas/lib.c:91823:13: error: ‘PyThreadState’ {aka ‘struct _ts’} has no member named ‘exc_traceback’; did you mean ‘curexc_traceback’?\n     tstate->exc_traceback = tb;\n             ^~~~~~~~~~~~~\n             curexc_traceback\npandas/lib.c: In function ‘__Pyx__GetException’:',
      'c',
      'has no member named',
    ],
    [
      'g++ -std=gnu++11 -I/usr/share/R/include -DNDEBUG  -I"/home/henk/R/x86_64-pc-linux-gnu-library/3.4/Rcpp/include"   -fopenmp -fpic  -g -O2 -c RcppExports.cpp -o RcppExports.o\nIn file included from /home/henk/R/x86_64-pc-linux-gnu-library/3.4/Rcpp/include/Rcpp.h:34:0,\n                 from RcppExports.cpp:4:\n/home/henk/R/x86_64-pc-linux-gnu-library/3.4/Rcpp/include/Rcpp/grow.h:73:47: fatal error: Rcpp/generated/grow__pairlist.h: No such file or directory\ncompilation terminated.\n/usr/lib/R/etc/Makeconf:168: recipe for target \'RcppExports.o\' failed\nmake: *** [RcppExports.o] Error 1\nERROR: compilation failed for package ‘genie’',
      'cpp',
      'missing header',
    ],
    [
      "+ go install github.com/mattn/go-sqlite3\n# github.com/mattn/go-sqlite3\nsrc/github.com/mattn/go-sqlite3/backup.go:9:29: fatal error: sqlite3-binding.h: No such file or directory\n #include <sqlite3-binding.h>\n                             ^\ncompilation terminated.\n': exit status 2",
      'c',
      'missing header',
    ],
  ])('still recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
