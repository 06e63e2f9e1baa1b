/**
 * A fifth catalog pass over C and C++, from crashes and link errors pasted in the issue threads of C projects (curl,
 * Vim, the Linux kernel, libuv, FFmpeg users) and C++ ones (Godot, Bitcoin Core, libtorch, PCL, Qt programs, LLVM-based
 * tools): the language of a crash whose only C++-looking frames are the sanitizer's runtime, Godot's and LLVM's crash
 * handlers, a GNU symbol version mistaken for an MSVC decorated name, Vim's deadly signals, the MSVCRT and musl assert
 * messages, Visual Studio's C++ exception line in Chinese, __cxa_pure_virtual in a backtrace, glog's, protobuf's and Unreal's failed checks, libc++abi's
 * logcat line, a kernel Oops and an
 * undefined reference whose space was lost in the paste. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C/C++ family's fifth catalog pass", () => {
  it.each([
    [
      'AddressSanitizer:DEADLYSIGNAL\n=================================================================\n==58590==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000000 (pc 0x55a44f34c690 bp 0x7ffe44d1dbb0 sp 0x7ffe44d1d368 T0)\n==58590==The signal is caused by a READ memory access.\n==58590==Hint: address points to the zero page.\n    #0 0x55a44f34c690 in __sanitizer::internal_strlen(char const*) (/home/kali/curl/src/.libs/curl+0x116690) (BuildId: 981e0ec2bee5e82385cea441c7e6016dda187b86)\n    #1 0x55a44f31fef1 in __interceptor_strdup (/home/kali/curl/src/.libs/curl+0xe9ef1) (BuildId: 981e0ec2bee5e82385cea441c7e6016dda187b86)\n    #2 0x55a44f3b47fb in glob_set /home/kali/curl/src/tool_urlglob.c:145:42\n    #3 0x55a44f3b47fb in glob_parse /home/kali/curl/src/tool_urlglob.c:411:15\n    #4 0x55a44f3b47fb in glob_url /home/kali/curl/src/tool_urlglob.c:458:9\n    #5 0x55a44f3a41cd in single_transfer /home/kali/curl/src/tool_operate.c:1156:18\n    #6 0x55a44f3a41cd in transfer_per_config /home/kali/curl/src/tool_operate.c:2067:14',
      'c',
      'SEGV',
    ],
    [
      '================================================================\nCrashHandlerException: Program crashed with signal 11\nEngine version: Godot Engine v4.5.1.stable.official (f62fdbde15035c5576dad93e586201f4d41ef0cb)\nDumping the backtrace. Please include this when reporting the bug on: https://github.com/godotengine/godot/issues\n[1] error(-1): no debug info in PE/COFF executable\n[2] error(-1): no debug info in PE/COFF executable\n[3] error(-1): no debug info in PE/COFF executable\n[4] error(-1): no debug info in PE/COFF executable',
      'cpp',
      'segmentation fault',
    ],
    [
      'handle_crash: Program crashed with signal 11\nDumping the backtrace. Please include this when reporting the bug on https://github.com/godotengine/godot/issues\n[1] linux-gate.so.1(__kernel_sigreturn+0) [0xb7f56d14] (??:0)\n-- END OF BACKTRACE --',
      'cpp',
      'segmentation fault',
    ],
    [
      '================================================================\nhandle_crash: Program crashed with signal 11\nEngine version: Godot Engine v4.0.1.stable.official (cacf49999e3fb37281d66cc591ca8bebc5712d4d)\nDumping the backtrace. Please include this when reporting the bug to the project developer.\n[1] /lib/x86_64-linux-gnu/libc.so.6(+0x3bcf0) [0x7ff6e7c3bcf0] (??:0)\n[2] /opt/godot/Godot.x86_64() [0x45e12f9] (??:0)\n[3] /opt/godot/Godot.x86_64() [0x45e42dd] (??:0)\n[4] /opt/godot/Godot.x86_64() [0x34814c4] (??:0)',
      'cpp',
      'segmentation fault',
    ],
    [
      '**MinGW Runtime Assertion**\nAssertion failed!\nProgram: D:\\Bitcoin Core (64-bit)\\bitcoin-0.16.1\\bin\\bitcoin-qt.exe\nFile: script/interpreter.cpp, Line 1573\nExpression:(flags & SCRIPT_VERIFY_P2SH) != 0\n\nAbort Retry Ignore',
      'cpp',
      'assertion failed',
    ],
    [
      'PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace.\nStack dump without symbol names (ensure you have llvm-symbolizer in your PATH or set the environment var `LLVM_SYMBOLIZER_PATH` to point to it):\n0  mrdox     0x000055eed43952e6\n1  mrdox     0x000055eed4392b4e\n2  libc.so.6 0x00007f4012642520\n3  mrdox     0x000055eed213e8ca\n4  mrdox     0x000055eed20c475d\n15 libc.so.6 0x00007f4012629d90\n16 libc.so.6 0x00007f4012629e40 __libc_start_main + 128\n17 mrdox     0x000055eed2065df5\nSegmentation fault (core dumped)',
      'cpp',
      'segmentation fault',
    ],
    [
      '0x00007FFF9026A839 处(位于 ConsoleApplication1.exe 中)引发的异常: Microsoft C++ 异常: c10::Error，位于内存位置 0x0000002C2A9AF7F0 处。\n0x00007FFF9026A839 处(位于 ConsoleApplication1.exe 中)有未经处理的异常: Microsoft C++ 异常: c10::Error，位于内存位置 0x0000002C2A9AF7F0 处。',
      'cpp',
      'Error',
    ],
    ['$ ./vim --clean -c disassemble\nVim: Caught deadly signal SEGV', 'c', 'segmentation fault'],
    ['Vim: Caught deadly signal ABRT\n\nVim: Finished.\n[1]    73564 abort      vim ~/.', 'c', 'aborted'],
    [
      "undefined reference to symbol 'avcodec_open2@@LIBAVCODEC_FFMPEG_56'\n/usr/lib/gcc/x86_64-linux-gnu/5/../../../x86_64-linux-gnu/libavcodec.so: error adding symbols: DSO missing from command line",
      'c',
      'undefined reference',
    ],
    [
      "Linking CXX executable seg_tree_sample\n/usr/local/lib/libavcodec.a(opusdec.o): In function `opus_decode_subpacket':\n/home/sd/Desktop/video-segment/videosegmentation.com/ffmpeg-2.3/libavcodec/opusdec.c:376: undefined reference to`swr_is_initialized'\n/usr/local/lib/libavcodec.a(opusdec.o): In function `opus_decode_frame':\n/home/sd/Desktop/video-segment/videosegmentation.com/ffmpeg-2.3/libavcodec/opusdec.c:222: undefined reference to`swr_is_initialized'",
      'cpp',
      'undefined reference',
    ],
    [
      '[ 5797.598826] BUG: unable to handle kernel NULL pointer dereference at 000000000000000a\n[ 5797.607974] IP: [<ffffffffc0841d99>] octf_trace_push+0x19/0x240 [iotrace]\n[ 5797.616049] PGD 0 \n[ 5797.619308] Oops: 0000 [#1] SMP \n[ 5797.623788] Modules linked in: intelcas(OE) inteldisk(OE) iotrace(OE) brd xt_CHECKSUM iptable_mangle',
      'c',
      'kernel NULL pointer dereference',
    ],
    [
      '[135992.726639] Unable to handle kernel NULL pointer dereference at virtual address 0000000c\n[135992.726663] pgd = 6f458410\n[135992.726682] [0000000c] *pgd=0d3e2831, *pte=00000000, *ppte=00000000\n[135992.726715] Internal error: Oops: 17 [#2] ARM\n[135992.726854] CPU: 0 PID: 7690 Comm: htop Tainted: G      D  C        5.4.79+ #1373\n[135992.726890] PC is at seq_vprintf+0x18/0x64',
      'c',
      'kernel NULL pointer dereference',
    ],
    [
      'Feb  9 12:50:38 l28 [6437762.553311] BUG: unable to handle kernel NULL pointer dereference at           (null)\nFeb  9 12:50:38 l28 [6437762.553582] IP: [<ffffffffa009e8fa>] netflow_target+0x8aa/0x1210 [ipt_NETFLOW]\nFeb  9 12:50:38 l28 [6437762.553835] PGD a7af67067 PUD ab8150067 PMD 0\nFeb  9 12:50:38 l28 [6437762.553972] Oops: 0000 [#1] SMP',
      'c',
      'kernel NULL pointer dereference',
    ],
    [
      'pcl::io::loadPCDFile(path + "/view1d.pcd", *PTRcloud1);处出现异常，Microsoft C++ 异常: std::bad_alloc，位于内存位置 0x000000C378AF2DA0 处。',
      'cpp',
      'bad_alloc',
    ],
    [
      '"ASSERT failure in QList<T>::operator[]: "index out of range", file \n/usr/include/qt4/QtCore/qlist.h, line 464\n\nAborted"',
      'cpp',
      'assertion failed',
    ],
    ['Assertion failed: loop->watchers[w->fd] == w (src/unix/core.c: uv__io_stop: 881) \nAborted (core dumped)', 'c', 'assertion failed'],
    [
      'native: pc 000000000001756c  /system/lib/libc.so (abort+4)\n  native: pc 00000000009005f7  /data/app/org.ppsspp.ppsspp-1/lib/arm/libppsspp_jni.so (_ZN9__gnu_cxx27__verbose_terminate_handlerEv+226)\n  native: pc 00000000008c99d5  /data/app/org.ppsspp.ppsspp-1/lib/arm/libppsspp_jni.so (_ZN10__cxxabiv111__terminateEPFvvE+4)\n  native: pc 00000000008c9a49  /data/app/org.ppsspp.ppsspp-1/lib/arm/libppsspp_jni.so (_ZSt9terminatev+8)\n  native: pc 00000000008ca03f  /data/app/org.ppsspp.ppsspp-1/lib/arm/libppsspp_jni.so (__cxa_pure_virtual+14)\n  native: pc 000000000030b871  /data/app/org.ppsspp.ppsspp-1/lib/arm/libppsspp_jni.so (_ZN22FramebufferManagerGLES14DestroyAllFBOsEv+16)',
      'cpp',
      'pure virtual method called',
    ],
    [
      'Thread 7 "WorkerPool::Thr" received signal SIGABRT, Aborted.\n[Switching to Thread 11969.12074]\n__libc_do_syscall () at ../sysdeps/unix/sysv/linux/arm/libc-do-syscall.S:47\n(gdb) bt\n#0  __libc_do_syscall () at ../sysdeps/unix/sysv/linux/arm/libc-do-syscall.S:47\n#1  0xb3b1e300 in __pthread_kill_implementation (threadid=<optimized out>, signo=6, no_tid=<optimized out>) at pthread_kill.c:43\n#2  0xb3aefbb6 in __GI_raise (sig=sig@entry=6) at ../sysdeps/posix/raise.c:26\n#3  0xb3ae15d4 in __GI_abort () at abort.c:79\n#4  0xb3c92fac in __gnu_cxx::__verbose_terminate_handler () at ../../../../../../../../work-shared/gcc-11.3.0-r0/gcc-11.3.0/libstdc++-v3/libsupc++/vterminate.cc:95\n#5  0xb3c91bdc in __cxxabiv1::__terminate (handler=<optimized out>)\n    at ../../../../../../../../work-shared/gcc-11.3.0-r0/gcc-11.3.0/libstdc++-v3/libsupc++/eh_terminate.cc:48\n#6  0xb3c91c3e in std::terminate () at ../../../../../../../../work-shared/gcc-11.3.0-r0/gcc-11.3.0/libstdc++-v3/libsupc++/eh_terminate.cc:58\n#7  0xb3c9254a in __cxxabiv1::__cxa_pure_virtual () at ../../../../../../../../work-shared/gcc-11.3.0-r0/gcc-11.3.0/libstdc++-v3/libsupc++/pure.cc:50\n#8  0xac18aab0 in WPEFramework::Plugin::SystemModeImplementation::QueryInterface',
      'cpp',
      'pure virtual method called',
    ],
    [
      '__pthread_kill_implementation 0x00007ffff4a9999b\n__GI_raise 0x00007ffff4a42866\n__GI_abort 0x00007ffff4a268b7\n<unknown> 0x00007ffff4ea4f06\nstd::terminate() 0x00007ffff4eb6ed7\n__cxa_pure_virtual 0x00007ffff4eb7c05\nPinTable::~PinTable pintable.cpp:1575\nPlayer::~Player player.cpp:228',
      'cpp',
      'pure virtual method called',
    ],
    [
      'WARNING: Logging before InitGoogleLogging() is written to STDERR\nF0612 12:24:45.417707  7096 routing.cc:1462] Check failed: pickup < size (49 vs. 5) \n*** Check failure stack trace: ***\nAborted (core dumped)',
      'cpp',
      'Check failed',
    ],
    [
      'F1006 09:50:58.620735 13380 common.cc:34] Check failed: initialized_ Must initialize data before reading it\n*** Check failure stack trace: ***\n    @     0x7f673b3e94dd  google::LogMessage::Fail()\n    @     0x7f673b3f1071  google::LogMessage::SendToLog()\n    @     0x7f673b3e8ecd  google::LogMessage::Flush()\n    @     0x7f673b3ea76a  google::LogMessageFatal::~LogMessageFatal()\n    @     0x7f673baa7282  singa::Block::data()',
      'cpp',
      'Check failed',
    ],
    [
      'E/libc++abi: terminating with uncaught exception of type google::protobuf::FatalException: CHECK failed: generated_database_->Add(encoded_file_descriptor, size): \nA/libc: Fatal signal 6 (SIGABRT), code -6 (SI_TKILL) in tid 3134 (...), pid 3134 (...)',
      'cpp',
      'FatalException',
    ],
    [
      '[libprotobuf FATAL /root/.conan/data/protobuf/3.17.1/_/_/package/a2e7e27b83790d9ff87da11c9eb4e3f1f6bcf6cb/include/google/protobuf/map.h:811] CHECK failed: find(node->kv.first) == end():',
      'cpp',
      'Check failed',
    ],
    [
      'Assertion failed: IsValid() [File:E:\\UnrealEngine\\UE_5.2\\Engine\\Source\\Runtime\\Core\\Public\\Templates\\SharedPointer.h] [Line: 1109]\n\nUnrealEditor_StableDiffusionTools!UStableDiffusionSubsystem::CaptureFromViewportSource() [F:\\UnrealProjects\\StableDiffusion52\\Plugins\\StableDiffusionTools\\Source\\StableDiffusionTools\\Private\\StableDiffusionSubsystem.cpp:680]\nUnrealEditor_Core\nUnrealEditor_Core\nkernel32\nntdll',
      'cpp',
      'assertion failed',
    ],
    [
      'Assertion failed: LODIndex >= 0 && LODIndex < 8 [File:D:/Build/++UE4/Sync/Engine/Source/Runtime/Engine/Private/StaticMesh.cpp] [Line: 1897]\n\nUE4Editor_Core\nUE4Editor_Core\nUE4Editor_Engine\nkernel32\nntdll',
      'cpp',
      'assertion failed',
    ],
    [
      'Assertion failed: (OldPacked & DeletingBit) == 0 [File:D:\\build\\++UE5\\Sync\\Engine\\Source\\Runtime\\RHI\\Public\\RHIResources.h] [Line: 178] Resource is being deleted.',
      'cpp',
      'assertion failed',
    ],
    [
      '[2022.09.22-08.08.48:756][  0]LogWindows: Error: === Critical error: ===\n[2022.09.22-08.08.48:756][  0]LogWindows: Error: \n[2022.09.22-08.08.48:756][  0]LogWindows: Error: Assertion failed: IsValid() [File:D:\\build\\++UE5\\Sync\\Engine\\Source\\Runtime\\Core\\Public\\Templates\\SharedPointer.h] [Line: 1063] \n[2022.09.22-08.08.48:756][  0]LogWindows: Error: \n[2022.09.22-08.08.48:756][  0]LogWindows: Error: [Callstack] 0x00007ffbbb2b50dd UnrealEditor-SlateCore.dll!UnknownFunction []',
      'cpp',
      'assertion failed',
    ],
    [
      'Assertion failed: (Index >= 0) & (Index < ArrayNum) [File:K:\\Games\\UE_5.7\\Engine\\Source\\Runtime\\Core\\Public\\Containers\\Array.h] [Line: 1095] \nArray index out of bounds: 0 into an array of size 0',
      'cpp',
      'assertion failed',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the fifth pass keeps the answers of nearby texts', () => {
  it.each([
    [
      '==18954==ERROR: AddressSanitizer: heap-use-after-free on address 0x62503173e040 at pc 0x0000004030f9 bp 0x7f22463fda80 s\np 0x7f22463fda78\nREAD of size 8 at 0x62503173e040 thread T2\n    #0 0x4030f8 in cleanup /vagrant/fast-wait-free-queue/wfqueue.c:75\n    #1 0x4030f8 in dequeue /vagrant/fast-wait-free-queue/wfqueue.c:347\n    #2 0x40434a in benchmark /vagrant/fast-wait-free-queue/pairwise.c:52\n    #3 0x403b0b in thread /vagrant/fast-wait-free-queue/harness.c:129\n    #4 0x7f2249e1b183 in start_thread (/lib/x86_64-linux-gnu/libpthread.so.0+0x8183)\n    #5 0x7f224984237c in clone (/lib/x86_64-linux-gnu/libc.so.6+0xfa37c)\n\n0x62503173e040 is located 64 bytes inside of 384-byte region [0x62503173e000,0x62503173e180)\nfreed by thread T2 here:\n    #0 0x7f224a0c51aa in __interceptor_free (/usr/lib/x86_64-linux-gnu/libasan.so.2+0x941aa)\n    #1 0x4032e7 in cleanup /vagrant/fast-wait-free-queue/wfqueue.c:99',
      'c',
      'heap-use-after-free',
    ],
    [
      'SUMMARY: AddressSanitizer: heap-use-after-free /usr/include/c++/13/bits/atomic_base.h:505 in std::__atomic_base<bool>::load(std::memory_order) const\nShadow bytes around the buggy address:\n  0x61100026eb80: fd fd fd fd fd fd fd fd fa fa fa fa fa fa fa fa\n  0x61100026ec00: 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n=>0x61100026ee00: fd fd fd fd fd fd fd[fd]fa fa fa fa fa fa fa fa\nShadow byte legend (one shadow byte represents 8 application bytes):\n  Addressable:           00\n  Partially addressable: 01 02 03 04 05 06 07 \n  Heap left redzone:       fa\n  Freed heap region:       fd',
      'cpp',
      'heap-use-after-free',
    ],
    [
      'handle_crash: Program crashed with signal 11\nDumping the backtrace. Please include this when reporting the bug on https://github.com/godotengine/godot/issues\n[1] /lib/x86_64-linux-gnu/libc.so.6(+0x46210) [0x7f020be03210] (??:0)\n[2] /home/koby/godot-3.2-stable/bin/godot.x11.opt.tools.64() [0xbcc6f6] (/usr/include/c++/9/bits/basic_string.h:2301)\n[3] /home/koby/godot-3.2-stable/bin/godot.x11.opt.tools.64() [0x7b7bce] (/home/koby/godot-3.2-stable/./core/os/memory.h:119)\n[4] /home/koby/godot-3.2-stable/bin/godot.x11.opt.tools.64() [0x2df65a0] (/home/koby/godot-3.2-stable/./core/reference.h:281)\n[5] /home/koby/godot-3.2-stable/bin/godot.x11.opt.tools.64() [0x2e55709] (/home/koby/godot-3.2-stable/core/variant.cpp:1119)',
      'cpp',
      'segmentation fault',
    ],
    [
      '2022/06/30 04:27:49 [alert] 162739#162739: worker process 101475 exited on signal 11 (core dumped)\n\n[Thu Jun 30 04:27:42 2022] nginx[101475]: segfault at 0 ip 00007ff453910b67 sp 00007ffda0306a40 error 4 in libmodsecurity.so.3.0.7[7ff45376f000+220000]',
      'c',
      'segmentation fault',
    ],
    [
      "Linking: .build/dz60_Aggelos.elf                                                                    [ERRORS]\n |\n | .build/obj_dz60_Aggelos/quantum/keymap_common.o: In function `keymap_key_to_keycode':\n | C:\\Users\\Aggelos\\Desktop\\qmk_firmware/quantum/keymap_common.c:212: undefined reference to `keymaps'\n | C:\\Users\\Aggelos\\Desktop\\qmk_firmware/quantum/keymap_common.c:212: undefined reference to `keymaps'\n | collect2.exe: error: ld returned 1 exit status\nmake[1]: *** [tmk_core/rules.mk:292: .build/dz60_Aggelos.elf] Error 1\nMake finished with errors\nmake: *** [Makefile:551: dz60:Aggelos] Error 1",
      'c',
      'undefined reference',
    ],
    ['Vim: Caught deadly signal SEGV\nVim: Finished.\nSegmentation fault: 11', 'c', 'segmentation fault'],
    [
      "terminate called after throwing an instance of 'c10::Error'\n  what():  Unknown layout\nException raised from operator<< at ../c10/core/Layout.h:70 (most recent call first):\nframe #0: c10::Error::Error(c10::SourceLocation, std::string) + 0x57 (0x7f6e6ab39397 in /home/clover/libtorch/lib/libc10.so)\nframe #1: c10::detail::torchCheckFail(char const*, char const*, unsigned int, char const*) + 0x68 (0x7f6e6aaea5ce in /home/clover/libtorch/lib/libc10.so)\nframe #2: <unknown function> + 0x18f319a (0x7f6e5507c19a in /home/clover/libtorch/lib/libtorch_cpu.so)",
      'cpp',
      'c10::Error',
    ],
    [
      "libavcodec/libavcodec.a(svq1enc.o):svq1enc.c:(.text.unlikely+0x18f): undefined reference to `ff_me_cmp_init'\nlibavcodec/libavcodec.a(ac3enc.o):ac3enc.c:(.text.unlikely+0x133f): undefined reference to `ff_me_cmp_init'\nlibavcodec/libavcodec.a(motion_est.o):motion_est.c:(.text+0x12f78): undefined reference to `ff_set_cmp'\ncollect2.exe: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      'Unhandled exception at 0x00007FFB3F9CA839 in mrz_sample.exe: Microsoft C++ exception: std::bad_alloc at memory location 0x00000068828FEF40. occurred',
      'cpp',
      'std::bad_alloc',
    ],
    ['ASSERT failure in QList<T>::at: "index out of range", file /usr/include/qt/QtCore/qlist.h, line 571', 'cpp', 'assertion failed'],
    ["node: ../deps/uv/src/uv-common.c:143: uv_err_name: Assertion '0' failed.\nAborted", 'c', 'assertion failed'],
    ['Assertion failed: 0, file src\\uv-common.c, line 75', 'c', 'assertion failed'],
    [
      "pure virtual method called\nterminate called without an active exception\n\nThis application has requested the Runtime to terminate it in an unusual way.\nPlease contact the application's support team for more information.",
      'cpp',
      'pure virtual method called',
    ],
    [
      "/usr/bin/ld: CMakeFiles/app.dir/shape.cpp.o:(.rodata._ZTV5Shape[_ZTV5Shape]+0x10): undefined reference to `__cxa_pure_virtual'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      "/usr/bin/ld: /tmp/ccW3Xr.o: undefined reference to symbol 'pthread_create@@GLIBC_2.2.5'\n/usr/bin/ld: /lib/x86_64-linux-gnu/libpthread.so.0: error adding symbols: DSO missing from command line\ncollect2: error: ld returned 1 exit status",
      'c',
      'undefined reference',
    ],
    [
      'main.obj : error LNK2019: unresolved external symbol "void __cdecl helper(void)" (?helper@@YAXXZ) referenced in function main',
      'cpp',
      'LNK2019',
    ],
    ['Assertion failed: (idx < size), function get, file src/vec.c, line 42.\nAbort trap: 6', 'c', 'assertion failed'],
    [
      '==4242==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000000 (pc 0x55a44f34c690 bp 0x7ffe44d1dbb0 sp 0x7ffe44d1d368 T0)\n==4242==The signal is caused by a READ memory access.\n    #0 0x55a44f34c690 in __sanitizer::internal_strlen(char const*) (/home/dev/app/build/app+0x116690)\n    #1 0x55a44f31fef1 in __interceptor_strdup (/home/dev/app/build/app+0xe9ef1)\n    #2 0x55a44f3b47fb in Config::load(std::string const&) /home/dev/app/src/config.cpp:45:12',
      'cpp',
      'SEGV',
    ],
    [
      "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace, preprocessed source, and associated run script.\nStack dump:\n0.\tProgram arguments: /usr/bin/clang-15 -cc1 -triple x86_64-pc-linux-gnu -emit-obj -main-file-name parser.c -o parser.o -x c parser.c\n1.\tparser.c:120:1: current parser token 'static'\nclang: error: clang frontend command failed with exit code 139 (use -v to see invocation)",
      'c',
      'segmentation fault',
    ],
    [
      "[libprotobuf FATAL google/protobuf/generated_message_util.cc:812] CHECK failed: (scc->visit_status.load(std::memory_order_relaxed)) == (SCCInfoBase::kRunning): \nterminate called after throwing an instance of 'google::protobuf::FatalException'\n  what():  CHECK failed: (scc->visit_status.load(std::memory_order_relaxed)) == (SCCInfoBase::kRunning): \nAborted (core dumped)",
      'cpp',
      'FatalException',
    ],
    ['libc++abi: terminating with uncaught exception of type std::runtime_error: boom', 'cpp', 'runtime_error'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
