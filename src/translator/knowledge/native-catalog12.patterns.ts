import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { cppref, cppTwin } from './native.patterns';

/*
 * C / C++ twelfth pass: runtime crash output the earlier patterns read as unknown or as another tool's error.
 * libc++abi's own messages besides "terminating due to uncaught exception of type X" (a bare "terminating", the older
 * "terminate called throwing an exception", an uncaught foreign exception, "Pure virtual function called!", a
 * terminate handler that returned) and the capitalised forms of the pure-virtual and terminate reports; a Windows
 * crash status as Dev-C++'s console pauser and localised Visual Studio consoles print it ("Process exited after 3.32
 * seconds with return value 3221225477", "(进程 35932)已退出，代码为 -1073741819"); glibc's malloc_printerr in a
 * backtrace whose message was not pasted; an AddressSanitizer use-after-free report pasted without its header line.
 *
 * Conventions of native.patterns.ts: the type is the runtime's phrase without the names around it; a crash's
 * status is C's unless the text shows C++ (cppTwin), as the shell's segfault and abort are; libc++abi is C++'s.
 */

const LIBCXXABI = ref('LLVM libc++abi: cxa_default_handlers.cpp (default terminate handler)', 'https://github.com/llvm/llvm-project/blob/main/libcxxabi/src/cxa_default_handlers.cpp');
const NTSTATUS = ref('Microsoft: NTSTATUS values', 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55');
const MALLOC_CHECKS = ref('glibc manual: Heap Consistency Checking', 'https://sourceware.org/glibc/manual/latest/html_node/Heap-Consistency-Checking.html');
const ASAN = ref('Clang: AddressSanitizer', 'https://clang.llvm.org/docs/AddressSanitizer.html');

// ---------------------------------------------------------------- libc++abi

const libcxxabiTerminating: ErrorPattern = {
  id: 'cpp.libcxxabi-terminating',
  language: 'cpp',
  // libc++abi's default terminate handler with no exception in flight prints "libc++abi: terminating" alone (the
  // libstdc++ equivalent is "terminate called without an active exception"); a custom terminate handler that returns
  // instead of ending the process makes it print "terminate_handler unexpectedly returned".
  match: /\blibc\+\+abi(?:\.dylib)?: (?:terminating[ \t\r]*(?:\n|$)|(?<returned>terminate_handler unexpectedly (?:returned|threw an exception)))/,
  requires: /libc\+\+abi/,
  errorType: 'std::terminate',
  category: 'concurrency',
  priority: 15,
  summary: (c) =>
    c.returned
      ? 'std::terminate ran a terminate handler that returned (or threw) instead of ending the program, so libc++abi aborted.'
      : 'std::terminate was called with no exception in flight - usually a std::thread destroyed while still joinable.',
  explanation: (c) =>
    c.returned
      ? 'A handler installed with std::set_terminate must end the program (std::abort, std::_Exit, quick_exit). libc++abi checks that: when the handler returns or throws, it prints "terminate_handler unexpectedly returned" and calls abort() itself. The original reason std::terminate ran (an uncaught exception, a noexcept function that threw, a joinable std::thread destroyed) is what to look for.'
      : 'libc++abi (Clang\'s C++ runtime on macOS, Android and with -stdlib=libc++) prints "libc++abi: terminating" when std::terminate runs and no exception is being handled; with an exception it would add "due to uncaught exception of type …". The usual cause is a std::thread object destroyed (out of scope, reassigned, or at exit as a global or member) while still joinable: its destructor calls std::terminate. A bare "throw;" outside a catch block, or an explicit std::terminate() call, print the same.',
  causes: (c) =>
    c.returned
      ? ['A std::set_terminate handler that logs and returns instead of calling std::abort()', 'A terminate handler that throws']
      : ['A joinable std::thread destroyed without join() or detach()', 'A bare "throw;" with no exception being handled', 'An explicit std::terminate() call'],
  fixes: (c) =>
    c.returned
      ? [fix('End the program in the terminate handler', ['Finish the handler with std::abort() (after logging), then find why std::terminate was reached: run the program in lldb with a breakpoint on std::terminate.'], 'std::set_terminate([] {\n    log_current_exception();\n    std::abort();   // a terminate handler must not return\n});')]
      : [fix('Join every thread before it is destroyed (or use std::jthread)', ['Break on std::terminate in lldb (breakpoint set -n std::terminate) to see which object called it, then join() or detach() that thread before its destructor runs; C++20 std::jthread joins automatically.'], 'std::thread worker(run);\n// ...\nworker.join();\n\n// C++20\nstd::jthread worker2(run);   // joins in its destructor')],
  references: [cppref('std::terminate', 'cpp/error/terminate'), cppref('std::thread::~thread', 'cpp/thread/thread/~thread'), LIBCXXABI],
  samples: ['libc++abi: terminating\nAbort trap: 6', 'libc++abi: terminate_handler unexpectedly returned\nAbort trap: 6'],
};

const libcxxabiUnknownException: ErrorPattern = {
  id: 'cpp.libcxxabi-uncaught-unknown',
  language: 'cpp',
  // Older libc++abi (Xcode 4 and 5) named no type: "libc++abi.dylib: terminate called throwing an exception"; an
  // exception of another runtime (an SEH, Rust or Objective-C exception without C++ type info) is a "foreign" one.
  match: /\blibc\+\+abi(?:\.dylib)?: (?:terminate called throwing an exception|terminating (?:due to|with) uncaught (?<foreign>foreign) exception)/,
  requires: /libc\+\+abi/,
  errorType: 'uncaught exception',
  category: 'runtime',
  priority: 15,
  summary: (c) => (c.foreign ? 'An exception of another language\'s runtime (a foreign exception) reached C++ code that did not catch it, so libc++abi called std::terminate.' : 'An exception was thrown and never caught, so libc++abi called std::terminate (this older libc++abi does not print its type).'),
  explanation: (c) =>
    c.foreign
      ? 'libc++abi calls an exception "foreign" when its unwind header was not made by the C++ runtime: an exception raised by another language\'s runtime (a Rust panic unwinding through extern "C-unwind", a Windows SEH exception, an Objective-C exception from a runtime without C++ interop) that unwound into C++ frames and found no catch (...) handler. Nothing can print its type or message.'
      : 'Some function threw a C++ exception and no catch clause up the stack handled it; std::terminate then aborted the program. The libc++abi of that macOS/iOS version prints only "terminate called throwing an exception", so the type and what() message are not shown: the stack of the crashed thread (above __cxa_throw) shows who threw.',
  causes: (c) =>
    c.foreign
      ? ['A panic or exception of another language unwinding across a C or C++ boundary', 'An Objective-C or SEH exception reaching C++ code compiled without interop']
      : ['A library call that throws on error (std::stoi, std::vector::at, a JSON or network library) without try/catch', 'An exception escaping a thread function or a callback', 'An exception thrown from a destructor during unwinding'],
  fixes: (c) => [
    c.foreign
      ? fix('Stop the foreign exception at the language boundary', ['Catch the panic or exception on its own side before it crosses into C++ (catch_unwind in Rust, @try/@catch in Objective-C) and return an error code instead.'], null)
      : fix('Find the throw and catch it', ['Run under lldb with a breakpoint on __cxa_throw (breakpoint set -n __cxa_throw) to stop where the exception is thrown, then catch it where it can be handled.'], 'try {\n    run();\n} catch (const std::exception &e) {\n    std::cerr << "fatal: " << e.what() << \'\\n\';\n    return 1;\n}'),
  ],
  references: [cppref('std::terminate', 'cpp/error/terminate'), LIBCXXABI],
  samples: ['libc++abi.dylib: terminate called throwing an exception\nAbort trap: 6', 'libc++abi: terminating due to uncaught foreign exception\nAbort trap: 6'],
};

const pureVirtualCapitalised: ErrorPattern = {
  id: 'cpp.pure-virtual-called-capitalised',
  language: 'cpp',
  // libc++abi's "Pure virtual function called!" (also inside bionic's assert of abort_message on Android) and
  // Boost.Stacktrace-style handlers' "Pure virtual method called."; libstdc++'s lowercase line has its own pattern.
  match: /(?:^|[\s"'(:])Pure virtual (?:method|function) called\b/,
  requires: /Pure virtual/,
  errorType: 'pure virtual method called',
  category: 'runtime',
  priority: 17,
  summary: 'A pure virtual function was called on an object whose derived part does not exist (yet or anymore); the C++ runtime aborted.',
  explanation:
    'The call went through a vtable slot that still points at the runtime\'s __cxa_pure_virtual stub: during a base class\'s constructor or destructor the object behaves as the (abstract) base, so a virtual call made there - directly or through a callback - reaches the pure function. The same happens when the object was already destroyed and another thread or a stored callback still calls a method on it. libc++abi reports it as "Pure virtual function called!" and aborts.',
  causes: ['A virtual call from a base class constructor or destructor', 'A method called on an object after delete (a dangling pointer, often from another thread or a timer)', 'A callback registered in a base constructor firing before the derived part exists'],
  fixes: [fix('Find the virtual call on a half-built or destroyed object', ['Break on __cxa_pure_virtual in the debugger and read the stack; move virtual calls out of constructors and destructors into an init()/shutdown() step, and make sure threads and callbacks stop before the object is destroyed.'], '(lldb) breakpoint set -n __cxa_pure_virtual\n(gdb) break __cxa_pure_virtual')],
  references: [cppref('virtual function specifier (during construction and destruction)', 'cpp/language/virtual'), cppref('Abstract classes', 'cpp/language/abstract_class')],
  samples: ['libc++abi: Pure virtual function called!', 'OpenEXR/dwaLookups.h\nlibc++abi.dylib: Pure virtual function called!'],
};

const terminateCapitalised: ErrorPattern = {
  id: 'cpp.terminate-without-active-exception-capitalised',
  language: 'cpp',
  // libstdc++'s "terminate called without an active exception" as people retype it at a sentence's start.
  match: /\bTerminate called without an? ?active exception\b/,
  requires: /Terminate called/,
  errorType: 'std::terminate',
  category: 'concurrency',
  priority: 15,
  summary: 'std::terminate was called without an exception - usually a std::thread destroyed while still joinable.',
  explanation:
    'libstdc++ prints "terminate called without an active exception" when std::terminate runs and no exception is in flight. Most often a std::thread object was destroyed (it went out of scope, was reassigned, or was a member or global destroyed at exit, e.g. when a window closes) while still joinable: its destructor calls std::terminate. A bare "throw;" outside a catch block does the same.',
  causes: ['A std::thread still running (joinable) when its object is destroyed, e.g. on program or window close', 'An exception thrown between creating a thread and joining it', 'A bare "throw;" outside a catch block'],
  fixes: [fix('Join every thread before it is destroyed (or use std::jthread)', ['Stop the thread\'s loop and call join() in the owner\'s shutdown path or destructor; C++20 std::jthread with a stop_token does both.'], 'running = false;\nif (worker.joinable())\n    worker.join();')],
  references: [cppref('std::thread::~thread', 'cpp/thread/thread/~thread'), cppref('std::terminate', 'cpp/error/terminate')],
  samples: ['Terminate called without an active exception. Aborted (core dumped).'],
};

// ---------------------------------------------------------------- Windows exit statuses

interface WindowsStatus {
  type: string;
  hex: string;
  name: string;
  meaning: string;
  causes: string[];
  step: string;
}

const WINDOWS_STATUS: Record<string, WindowsStatus> = {
  '3221225477': {
    type: 'access violation',
    hex: '0xC0000005',
    name: 'STATUS_ACCESS_VIOLATION',
    meaning: 'the program read, wrote or executed memory it had no access to - the Windows form of a segmentation fault',
    causes: ['A NULL or uninitialised pointer dereferenced', 'An array or string written or read past its end', 'A pointer used after free/delete', 'scanf() given a variable instead of its address (&x)'],
    step: 'Run the program in the debugger (Visual Studio F5, or gdb in Dev-C++/Code::Blocks with -g): it stops on the faulting line. Check the pointers and indexes used there.',
  },
  '3221225725': {
    type: 'stack overflow',
    hex: '0xC00000FD',
    name: 'STATUS_STACK_OVERFLOW',
    meaning: 'the thread used up its stack (1 MB by default on Windows)',
    causes: ['Recursion without a reachable base case', 'A large local array (e.g. int a[1000000]) inside a function'],
    step: 'Make large arrays global, static or heap-allocated (std::vector, malloc) and check that every recursion reaches its base case; the debugger shows the repeating frames.',
  },
  '3221226356': {
    type: 'heap corruption',
    hex: '0xC0000374',
    name: 'STATUS_HEAP_CORRUPTION',
    meaning: 'the heap manager found a heap block\'s header overwritten when memory was freed or reallocated',
    causes: ['A write past the end of a malloc/new block', 'A double free or use after free', 'Memory freed by another module\'s C runtime than the one that allocated it'],
    step: 'Build with AddressSanitizer (/fsanitize=address, or -fsanitize=address with MinGW-clang) or enable page heap (gflags /p /enable app.exe /full) so the program stops at the bad write instead of at the later free.',
  },
  '3221225781': {
    type: 'DLL not found',
    hex: '0xC0000135',
    name: 'STATUS_DLL_NOT_FOUND',
    meaning: 'the loader could not find a DLL the program imports, before main() ran',
    causes: ['The MinGW runtime DLLs (libstdc++-6.dll, libgcc_s_seh-1.dll, libwinpthread-1.dll) not on PATH', 'A third-party library\'s DLL not copied next to the .exe'],
    step: 'Copy the missing DLLs next to the .exe or add their folder to PATH (for MinGW, link with -static or -static-libgcc -static-libstdc++); Dependencies (lucasg) shows which DLL is missing.',
  },
};

const SIGNED_STATUS: Record<string, string> = { '-1073741819': '3221225477', '-1073741571': '3221225725', '-1073740940': '3221226356', '-1073741515': '3221225781' };
const STATUS_VALUES = String.raw`3221225477|3221225725|3221226356|3221225781|-1073741819|-1073741571|-1073740940|-1073741515`;

const statusOf = (c: Readonly<Record<string, string>>): WindowsStatus => {
  const raw = c.status ?? c.status2 ?? c.status3 ?? '';
  return WINDOWS_STATUS[SIGNED_STATUS[raw] ?? raw] ?? WINDOWS_STATUS['3221225477'];
};

const windowsExitStatusConsole: ErrorPattern = {
  id: 'c.windows-exit-status-console',
  language: 'c',
  // Dev-C++'s console pauser ("Process exited after 3.32 seconds with return value 3221225477"), Visual Studio's
  // console in Chinese, Japanese and German ("(进程 35932)已退出，代码为 -1073741819", "(プロセス 1234) は、コード
  // -1073741819 で終了しました", "(Prozess \"1234\") wurde mit Code \"-1073741819\" beendet") and a launcher's
  // capitalised "(Exit Code: 3221225477)": a crash's NTSTATUS as the decimal exit status.
  match: new RegExp(
    String.raw`\bProcess exited after [\d.,]{1,12} seconds with return value (?<status>${STATUS_VALUES})\b|[(（](?:进程|進程|プロセス|Prozess) ["“]?\d{1,10}["”]?[)）] ?(?:已退出，?\s?(?:代码|代碼|返回代码)为?|は、?コード|wurde mit Code) ?["“]?(?<status2>${STATUS_VALUES})\b|\bExit Code: (?<status3>${STATUS_VALUES})\b`,
  ),
  requires: new RegExp(String.raw`(?:${STATUS_VALUES})\b`),
  errorType: (c) => statusOf(c).type,
  category: 'runtime',
  priority: 8,
  signal: true,
  summary: (c) => {
    const s = statusOf(c);
    return `The program crashed: its exit status ${c.status ?? c.status2 ?? c.status3} is ${s.hex} (${s.name}) - ${s.meaning}.`;
  },
  explanation: (c) => {
    const s = statusOf(c);
    return `A Windows program killed by an exception exits with the exception's NTSTATUS as its exit code, which consoles print as a decimal number: ${c.status ?? c.status2 ?? c.status3} is ${s.hex}, ${s.name}. The console (Dev-C++'s pauser, Visual Studio's debug console) only reports that the program ended this way; the program itself printed nothing because it was stopped by the system.`;
  },
  causes: (c) => statusOf(c).causes,
  fixes: (c) => [fix(`Find the cause of ${statusOf(c).hex}`, [statusOf(c).step], null)],
  references: [NTSTATUS, ref('Microsoft Learn: Debug a crash in Visual Studio', 'https://learn.microsoft.com/en-us/visualstudio/debugger/debugger-feature-tour')],
  samples: ['Process exited after 3.32 seconds with return value 3221225477\nPress any key to continue . . .', '(进程 35932)已退出，代码为 -1073741819'],
};

// ---------------------------------------------------------------- glibc

const mallocPrinterrFrame: ErrorPattern = {
  id: 'c.malloc-printerr-frame',
  language: 'c',
  // glibc reports every failed heap check through malloc_printerr: in a backtrace without the message (a
  // systemd-coredump record, gdb without glibc's debug info, glibc's own "======= Backtrace" lines) that frame is
  // the diagnosis. A message next to it ("double free detected", "invalid pointer") has patterns of its own.
  match: /(?:#\d{1,3} {1,2}(?:0x[0-9a-f]{1,16} (?:in )?)?|\blibc(?:-[\d.]{1,10})?\.so(?:\.6)?\()(?<frame>malloc_printerr)\b/,
  requires: /malloc_printerr/,
  errorType: 'heap corruption',
  category: 'memory',
  priority: 5,
  summary: 'glibc aborted the program because a heap check failed: malloc_printerr is in the crashed thread\'s stack.',
  explanation:
    'malloc, free and realloc check the bookkeeping around each heap block. When a check fails they call malloc_printerr, which prints a message such as "free(): invalid next size" or "corrupted double-linked list" to stderr and calls abort(). The message was not pasted, but the frame shows the abort was glibc finding its heap damaged: a write past a block\'s end, a double free or a use after free happened earlier, in the program\'s own code. The frames under _int_free/_int_malloc show only where it was detected.',
  causes: ['A buffer overrun on a malloc\'d block (an off-by-one, strcpy into a too small buffer)', 'A block freed twice, or used after free', 'free() on a pointer malloc did not return'],
  fixes: [fix('Find the write that damaged the heap', ['Read the message glibc printed just before the abort (the program\'s stderr or the journal), then rebuild with -fsanitize=address -g or run under valgrind: both stop at the first bad access instead of at the later free.'], 'gcc -g -fsanitize=address -fno-omit-frame-pointer app.c -o app && ./app\nvalgrind --track-origins=yes ./app')],
  references: [MALLOC_CHECKS, ASAN],
  samples: [
    'Stack trace of thread 552:\n#0  0x00007f95aaa89f25 raise (libc.so.6 + 0x3bf25)\n#1  0x00007f95aaa73897 abort (libc.so.6 + 0x25897)\n#2  0x00007f95aaacd258 __libc_message (libc.so.6 + 0x7f258)\n#3  0x00007f95aaad477a malloc_printerr (libc.so.6 + 0x8677a)\n#4  0x00007f95aaad614c _int_free (libc.so.6 + 0x8814c)',
  ],
};

// ---------------------------------------------------------------- AddressSanitizer

const asanUseAfterFreeBody: ErrorPattern = {
  id: 'c.asan-use-after-free-body',
  language: 'c',
  // The body of an AddressSanitizer heap-use-after-free report pasted without its "ERROR: AddressSanitizer:" line
  // (a CTest log's "714: " prefix, a cut paste): an access, then the block's "freed by thread T0 here:".
  match: /\b(?<access>READ|WRITE) of size (?<size>\d{1,12}) at 0x[0-9a-f]{1,16} thread T\d{1,6}\b[\s\S]{0,6000}?\bis located \d{1,12} bytes inside of \d{1,12}-byte region\b[\s\S]{0,600}?\bfreed by thread T\d{1,6}(?: \([^)\n]{1,100}\))? here:/,
  requires: /freed by thread T/,
  errorType: 'heap-use-after-free',
  category: 'memory',
  priority: 17,
  summary: (c) => `AddressSanitizer caught a ${c.access === 'WRITE' ? 'write' : 'read'} of ${c.size} bytes into heap memory that had already been freed (heap-use-after-free).`,
  explanation:
    'The report\'s first stack is the access, the one under "freed by thread … here:" is the free()/delete that released the block, and "previously allocated by" shows where it was allocated. The block was inside the freed region ("is located N bytes inside of M-byte region"), so a pointer or reference to it outlived it: the object was deleted (or a container reallocated) while someone still held its address.',
  causes: ['A pointer kept after free()/delete (a cache, a callback, another thread)', 'A reference or iterator into a std::vector or std::string that then grew or was destroyed', 'An object deleted by one owner while another still uses it'],
  fixes: [fix('Make the owner outlive every user of the block', ['Compare the free stack with the access stack: set the pointer to NULL after free, or give the object one owner (std::unique_ptr, std::shared_ptr for shared lifetime) and stop callbacks and threads before deleting it.'], null)],
  references: [ASAN, ref('AddressSanitizer: use after free example', 'https://github.com/google/sanitizers/wiki/AddressSanitizerExampleUseAfterFree')],
  samples: ['714: READ of size 4 at 0x6120000ce19c thread T0\n714:     #0 0x7f6ac2652903 in TThread_Kill /src/core/thread/src/TThread.c:597:8\n714: 0x6120000ce19c is located 92 bytes inside of 264-byte region [0x6120000ce140,0x6120000ce248)\n714: freed by thread T0 here:\n714:     #0 0x501778 in free'],
};

const uncaughtExceptionFrames: ErrorPattern = {
  id: 'cpp.uncaught-exception-frames',
  language: 'cpp',
  // A backtrace of the abort without libstdc++'s "terminate called after throwing" line: its terminate handler
  // (__gnu_cxx::__verbose_terminate_handler, std::terminate, mangled or not) above the __cxa_throw that raised it.
  match: /(?:__verbose_terminate_handler|\bstd::terminate\b|_ZSt9terminatev)[^\n]{0,300}\n(?:[^\n]{0,400}\n){0,6}?[^\n]{0,200}\b__cxa_(?<how>throw|rethrow)\b/,
  requires: /__cxa_(?:re)?throw/,
  errorType: 'uncaught exception',
  category: 'runtime',
  priority: 5,
  summary: (c) => `An exception was ${c.how === 'rethrow' ? 'rethrown' : 'thrown'} and never caught: the stack shows std::terminate's handler aborting right above __cxa_${c.how ?? 'throw'}.`,
  explanation:
    'In the crashed thread\'s stack, __cxa_throw (the C++ runtime\'s throw) called std::terminate, whose handler called abort(): no catch clause on the way up handled the exception, or it left a noexcept function or a destructor during unwinding. The frame just under __cxa_throw is the code that threw; the exception\'s type and what() message are printed by libstdc++ on stderr ("terminate called after throwing an instance of …"), which was not pasted.',
  causes: ['An exception from a library call (parsing, I/O, std::vector::at) with no try/catch around it', 'An exception escaping a thread function, a callback or a Qt slot', 'A throw inside a noexcept function or a destructor'],
  fixes: [fix('See what was thrown, then catch it', ['Look at the program\'s stderr for the exception\'s type and message, or break on the throw in gdb (catch throw) and print it; then catch it where it can be handled.'], '(gdb) catch throw\n(gdb) run\n(gdb) bt')],
  references: [cppref('std::terminate', 'cpp/error/terminate'), ref('GCC libstdc++ manual: verbose terminate handler', 'https://gcc.gnu.org/onlinedocs/libstdc++/manual/termination.html')],
  samples: [
    '#1  0xb6f0534e in abort () from /lib/i386-linux-gnu/libc.so.6\n#3  0xb71290b5 in __gnu_cxx::__verbose_terminate_handler() ()\n   from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#4  0xb7126fa5 in ?? () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#5  0xb7126fe2 in std::terminate() () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#6  0xb712714e in __cxa_throw () from /usr/lib/i386-linux-gnu/libstdc++.so.6\n#7  0x08054055 in Palette::Load(char const*) ()',
  ],
};

export const NATIVE_CATALOG12_PATTERNS: readonly ErrorPattern[] = [
  libcxxabiTerminating,
  libcxxabiUnknownException,
  pureVirtualCapitalised,
  terminateCapitalised,
  windowsExitStatusConsole,
  cppTwin(windowsExitStatusConsole, ['Process exited after 1.92 seconds with return value 3221225725\nmain.cpp was compiled with g++ -std=c++17']),
  uncaughtExceptionFrames,
  mallocPrinterrFrame,
  cppTwin(mallocPrinterrFrame, ['#3  0x00007f95aaad477a malloc_printerr (libc.so.6 + 0x8677a)\n#4  0x00007f95aaad614c _int_free (libc.so.6 + 0x8814c)\n#5  0x00005622a86ebccd _ZN6Parser5resetEv (parser + 0x3ccd)']),
  asanUseAfterFreeBody,
  cppTwin(asanUseAfterFreeBody, ['714: READ of size 4 at 0x6120000ce19c thread T0\n714:     #0 0x7f6ac2652903 in TThread::Kill() /src/core/thread/src/TThread.cxx:597:8\n714: 0x6120000ce19c is located 92 bytes inside of 264-byte region [0x6120000ce140,0x6120000ce248)\n714: freed by thread T0 here:\n714:     #0 0x501778 in operator delete(void*)']),
];
