/**
 * A twelfth catalog pass over C and C++ runtime crash output the engine answered as unknown: libc++abi's other
 * messages (a bare "terminating", the older "terminate called throwing an exception", "Pure virtual function
 * called!") and the capitalised pure-virtual and terminate reports, a Windows crash status as Dev-C++'s console
 * pauser and localised Visual Studio consoles print it, glibc's malloc_printerr in a backtrace without its message,
 * an AddressSanitizer use-after-free report pasted without its header, a backtrace showing only the terminate
 * handler above __cxa_throw, and make 4.0/4.1's failed recipe whose own
 * "recipe for target 'x' failed" line came with it. The last group are nearby texts that
 * were already right, as guards. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C and C++ family's twelfth catalog pass", () => {
  it.each([
    ['Terminate called without an active exception. Aborted (core dumped).', 'cpp', 'std::terminate'],
    [
      '                                                      Stack trace of thread 2871346:\n                                                      #0  0x00007fbb48551f25 raise (libc.so.6)\n                                                      #1  0x00007fbb4853b897 abort (libc.so.6)\n                                                      #2  0x00007fbb48595258 __libc_message (libc.so.6)\n                                                      #3  0x00007fbb4859c77a malloc_printerr (libc.so.6)\n                                                      #4  0x00007fbb4859cfec unlink_chunk.isra.0 (libc.so.6)\n                                                      #5  0x00007fbb4859fc31 _int_malloc (libc.so.6)\n                                                      #6  0x00007fbb485a0fc9 malloc (libc.so.6)',
      'c',
      'heap corruption',
    ],
    ['libc++abi: terminating\n', 'cpp', 'std::terminate'],
    [
      'libc++abi.dylib: terminate called throwing an exception\nApp crash:\nThread 6 Crashed:\n0   libsystem_kernel.dylib          0x93d949c6 __pthread_kill + 10\n1   libsystem_c.dylib               0x9ade8f78 pthread_kill + 106\n2   libsystem_c.dylib               0x9add9bdd abort + 167\n3   libc++abi.dylib                 0x9707b921 abort_message + 94\n4   libc++abi.dylib                 0x970791bc default_terminate() + 36\n6   libc++abi.dylib                 0x97079268 std::terminate() + 23\n7   libc++abi.dylib                 0x9707a2a0 __cxa_throw + 112\n8   libLeap.dylib                   0x00815351 0x806000 + 62289',
      'cpp',
      'uncaught exception',
    ],
    ['(进程 35932)已退出，代码为 -1073741819', 'c', 'access violation'],
    ['Process exited after 3.32 seconds with return value 3221225477', 'c', 'access violation'],
    [
      '714: READ of size 4 at 0x6120000ce19c thread T0\n714:     #0 0x7f6ac2652903 in TThread::Kill() /home/jhahnfel/ROOT/src/core/thread/src/TThread.cxx:597:8\n\n[...]\n\n714: 0x6120000ce19c is located 92 bytes inside of 264-byte region [0x6120000ce140,0x6120000ce248)\n714: freed by thread T0 here:\n714:     #0 0x501778 in operator delete(void*) (/home/jhahnfel/ROOT/build-clang-asan-debug/bin/root.exe+0x501778)',
      'cpp',
      'heap-use-after-free',
    ],
    ['libc++abi: Pure virtual function called!', 'cpp', 'pure virtual method called'],
    ['OpenEXR/dwaLookups.h\nlibc++abi.dylib: Pure virtual function called!', 'cpp', 'pure virtual method called'],
    ['crash: libc++abi: Pure virtual function called', 'cpp', 'pure virtual method called'],
    [
      '01-15 00:28:18.640 22136 22175 F libc    : /usr/local/google/buildbot/src/android/ndk-r15-release/external/libcxx/../../external/libcxxabi/src/abort_message.cpp:74: void abort_message(const char *, ...): assertion "Pure virtual function called!" failed\n01-15 00:28:18.640 22136 22175 F libc    : Fatal signal 6 (SIGABRT), code -6 in tid 22175 (Thread-21)',
      'cpp',
      'pure virtual method called',
    ],
    [
      '[Info] [0x70000673c000] [2022-11-03 06:20:06.379157000 UTC] [void *securefs::lite::init(struct fuse_conn_info *):117]    init\nPure virtual method called.\nStack trace:\n\nPure virtual method called.\nStack trace:\n\n 0# __cxa_pure_virtual in /Users/admin/Downloads/./securefs\n 1# CryptoPP::BlockTransformation::AdvancedProcessBlocks(unsigned char const*, unsigned char const*, unsigned char*, u',
      'cpp',
      'pure virtual method called',
    ],
    [
      'Feb 11 11:38:07 Vorster.Home systemd-coredump[686]: Process 552 (udev-configure-) of user 0 dumped core.\n                                                    \n                                                    Stack trace of thread 552:\n                                                    #0  0x00007f95aaa89f25 raise (libc.so.6 + 0x3bf25)\n                                                    #1  0x00007f95aaa73897 abort (libc.so.6 + 0x25897)\n                                                    #2  0x00007f95aaacd258 __libc_message (libc.so.6 + 0x7f258)\n                                                    #3  0x00007f95aaad477a malloc_printerr (libc.so.6 + 0x8677a)\n                                                    #4  0x00007f95aaad614c _int_free (libc.so.6 + 0x8814c)\n                                                    #5  0x00005622a86ebccd n/a (udev-configure-printer + 0x3ccd)',
      'c',
      'heap corruption',
    ],
    ['[系统] 进程已被强制结束。 (Exit Code: 3221225477)', 'c', 'access violation'],
    ['libc++abi: terminating due to uncaught foreign exception\nAbort trap: 6', 'cpp', 'uncaught exception'],
    ['libc++abi: terminate_handler unexpectedly returned\nAbort trap: 6', 'cpp', 'std::terminate'],
    ['Process exited after 3.32 seconds with return value 3221225725\nPress any key to continue . . .', 'c', 'stack overflow'],
    [
      'C:\\Users\\me\\source\\repos\\Project1\\Debug\\Project1.exe (プロセス 12345) は、コード -1073741819 で終了しました。',
      'c',
      'access violation',
    ],
    [
      "rm -f acism_t.pass;  ./acism_t >& acism_t.fail && mv -f acism_t.fail acism_t.pass\nrules.mk:159: recipe for target 'acism_t.pass' failed\nmake: *** [acism_t.pass] Error 139",
      'c',
      'segmentation fault',
    ],
    ["Makefile:12: recipe for target 'lcmlkin' failed\nmake: *** [lcmlkin] Error 1", 'c', 'Error 1'],
    ["Makefile:61: recipe for target 'sdk' failed\nmake: *** [sdk] Error 2", 'c', 'Error 2'],
    [
      '(gdb) bt\n#0  0xb7fe2832 in ?? () from /lib/ld-linux.so.2\n#1  0xb6f01e71 in raise () from /lib/i386-linux-gnu/libc.so.6\n#2  0xb6f0534e in abort () from /lib/i386-linux-gnu/libc.so.6\n#3  0xb71290b5 in __gnu_cxx::__verbose_terminate_handler() ()\n\n   from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#4  0xb7126fa5 in ?? () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#5  0xb7126fe2 in std::terminate() () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#6  0xb712714e in __cxa_throw () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#7  0x08054055 in Palette::Load(char const*) ()\n#8  0x080551f6 in Project::Project() ()\n#9  0x08062006 in QTApp::Run(int, char**) ()\n#10 0x0806297b in main ()',
      'cpp',
      'uncaught exception',
    ],
  ])('recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    ["terminate called after throwing an instance of 'std::out_of_range'\n  what():  map::at\nAborted (core dumped)", 'cpp', 'out_of_range'],
    ['pure virtual method called\nterminate called without an active exception\nAborted (core dumped)', 'cpp', 'pure virtual method called'],
    [
      'libc++abi: terminating due to uncaught exception of type std::out_of_range: vector\n./run: line 1: 38534 Abort trap: 6           genesis4 genesis4.in',
      'cpp',
      'out_of_range',
    ],
    [
      'srf-ip-conn-srv: client 201764 (null):6403: timeout\nfree(): double free detected in tcache 2\n\nProgram received signal SIGABRT, Aborted.\n#5  0x00007ffff7e61cdf in malloc_printerr (str=str@entry=0x7ffff7f7b0e8 "free(): double free detected in tcache 2") at ./malloc/malloc.c:5772',
      'c',
      'double free',
    ],
    ['Process finished with exit code -1073741819 (0xC0000005)', 'c', 'access violation'],
    ['Process exited after 0.8523 seconds with return value 3221225781', 'c', 'DLL not found'],
    [
      '==21217==ERROR: AddressSanitizer: heap-use-after-free on address 0x00320000b5d4 at pc 0x00622484aa34 bp 0x007fd2ca58e0 sp 0x007fd2ca58d8\nREAD of size 4 at 0x00320000b5d4 thread T0\n    #0 0x622484aa33  (/data/local/tmp/asan/use_after_free+0xa33)\n\n0x00320000b5d4 is located 4 bytes inside of 40-byte region [0x00320000b5d0,0x00320000b5f8)\nfreed by thread T0 here:',
      'c',
      'heap-use-after-free',
    ],
    [
      "gcc: error: foo.c: No such file or directory\nMakefile:12: recipe for target 'run' failed\nmake: *** [run] Error 1",
      'c',
      'No such file or directory',
    ],
    [
      "terminate called after throwing an instance of 'Wobbly'\n\nProgram received signal SIGABRT, Aborted.\n0xb7fe2832 in ?? () from /lib/ld-linux.so.2\n(gdb) bt\n#3  0xb71290b5 in __gnu_cxx::__verbose_terminate_handler() ()\n#5  0xb7126fe2 in std::terminate() () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#6  0xb712714e in __cxa_throw () from /usr/lib/i386-linux-gnu/libstdc++.so.6",
      'cpp',
      'Wobbly',
    ],
  ])('still recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });
});
