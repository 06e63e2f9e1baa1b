import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { cppTwin } from './native.patterns';

/*
 * C / C++ fifth pass: crashes and link errors as they are pasted from the issue threads of C projects (Vim, the
 * Linux kernel, FFmpeg users) and C++ ones (Bitcoin Core on MinGW, libtorch and PCL under a Chinese Visual Studio,
 * Qt programs): Vim's own "Caught deadly signal" report, the MinGW/MSVCRT assertion dialog in its console form,
 * Visual Studio's "Microsoft C++ exception" line in Chinese, musl's assert(), __cxa_pure_virtual as a backtrace's frame, glog's and protobuf's failed CHECKs, Unreal Engine's check(), libc++abi's
 * report with its logcat tag stripped, a kernel Oops on a NULL pointer, and GNU ld's undefined
 * reference with the space before the symbol's quote lost in the paste.
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it; patterns are filed
 * under C with a C++ twin (cppTwin) where the same text comes from either, under C++ where only C++ prints it.
 */

const SIGNALS = ref('signal(7) - overview of signals', 'https://man7.org/linux/man-pages/man7/signal.7.html');
const LD_REF = ref('GNU ld manual: Options', 'https://sourceware.org/binutils/docs/ld/Options.html');

// ---------------------------------------------------------------- Vim

/** Vim's signal name, as the phrase of the same signal reported by a shell. */
const VIM_SIGNAL: Record<string, string> = {
  SEGV: 'segmentation fault',
  ABRT: 'aborted',
  BUS: 'bus error',
  FPE: 'floating point exception',
};
const vimSignal = (c: Captures): string => VIM_SIGNAL[c.signal ?? 'SEGV'] ?? 'segmentation fault';

const vimDeadlySignal: ErrorPattern = {
  id: 'c.vim-deadly-signal',
  language: 'c',
  // Vim's handler prints the signal by its short name before it preserves the swap files and exits.
  match: /\b(?<program>[Vv]im|VIM|[Nn]vim|gvim): Caught deadly signal (?<signal>SEGV|ABRT|BUS|FPE)\b/,
  requires: /Caught deadly signal/,
  errorType: vimSignal,
  category: 'memory',
  priority: 8,
  signal: true,
  summary: (c) => `${c.program} crashed: it caught the deadly signal SIG${c.signal} (${vimSignal(c)}) and exited.`,
  explanation: (c) =>
    `Vim installs a handler for fatal signals: it prints "Caught deadly signal ${c.signal}", tries to preserve the swap files of the buffers being edited, and exits. ${c.signal === 'ABRT' ? 'SIGABRT comes from abort(): a failed internal check, or the C library detecting heap corruption.' : 'The crash is a bug in Vim itself, in the interpreter of a language it embeds (Python, Ruby, Lua), or in a plugin that drives one of them.'} A plugin usually triggers it: if "vim --clean" does not crash, disable plugins one by one.`,
  causes: ['A plugin calling into Vim or its embedded Python/Ruby/Lua in a way that triggers a Vim bug', 'A known bug of this Vim version (fixed in a later patch)', 'A terminal that reports a size or feature Vim does not handle'],
  fixes: (c) => [
    fix('Find what triggers it', ['Start Vim without configuration and plugins; if it no longer crashes, bisect the plugins. Update Vim to the latest patch level.'], 'vim --clean file.txt\nvim -u NONE -N file.txt'),
    fix('Get a backtrace for the bug report', ['Run Vim under gdb (or open the core dump) and attach the backtrace to the report to Vim or to the plugin.'], `gdb --args ${(c.program ?? 'vim').toLowerCase()} --clean\n(gdb) run\n(gdb) bt`),
  ],
  references: [SIGNALS, ref('Vim: debugging Vim (:help debug-gcc)', 'https://vimhelp.org/debug.txt.html')],
  samples: ['Vim: Caught deadly signal SEGV\nVim: Finished.\nSegmentation fault: 11', 'Vim: Caught deadly signal ABRT\n\nVim: Finished.\n[1]    73564 abort      vim ~/.'],
};

// ---------------------------------------------------------------- runtime

const crtAssertDialog: ErrorPattern = {
  id: 'c.crt-assert-dialog',
  language: 'c',
  // MSVCRT's assert() (MinGW programs, and the release CRT's message box) copied from its console form:
  // "Assertion failed!\n\nProgram: …\nFile: x.c, Line 3\n\nExpression: …".
  match: /\bAssertion failed!\s{0,8}\n(?:[^\n]{0,200}\n){0,3}?\s{0,8}Program: (?<program>[^\n]{1,400})\n\s{0,8}File: (?<file>[^\n,]{1,400}), Line (?<line>\d{1,7})\s{0,8}\n(?:\s{0,8}\n){0,2}\s{0,8}Expression: ?(?<expr>[^\n]{1,400})/,
  requires: /Assertion failed!/,
  errorType: 'assertion failed',
  category: 'runtime',
  priority: 12,
  summary: (c) => `The assertion ${c.expr?.trim()} failed (${c.file}, line ${c.line}).`,
  explanation: (c) =>
    `assert(${c.expr?.trim()}) evaluated to false at ${c.file}:${c.line}, so the C runtime showed its "Assertion failed!" message (a dialog with Abort/Retry/Ignore, or the same text on the console) and aborted the program. The assertion encodes an assumption of the code; something earlier produced a state that violates it.`,
  causes: ['Invalid input or state reaching the function', 'A bug earlier in the program', 'An assumption that no longer holds after a change (another library version, other data)'],
  fixes: (c) => [fix(`Find why ${c.expr?.trim()} is false`, [`Press Retry (or run the program under gdb / the Visual Studio debugger): it stops at the assertion; read the call stack down to the first frame of your own code and print the variables of ${c.expr?.trim()}.`, 'Validate inputs with real error handling: assert is compiled out with -DNDEBUG.'], 'gdb --args program.exe\n(gdb) run\n(gdb) bt')],
  references: [ref('Microsoft Learn: assert macro', 'https://learn.microsoft.com/en-us/cpp/c-runtime-library/reference/assert-macro-assert-wassert')],
  samples: ['Assertion failed!\n\nProgram: C:\\tools\\bin\\app.exe\nFile: src/buffer.c, Line 42\n\nExpression: len < cap'],
};

const msvcExceptionChinese: ErrorPattern = {
  id: 'cpp.msvc-exception-zh',
  language: 'cpp',
  // Visual Studio's Output window in Chinese: "0x… 处(位于 app.exe 中)引发的异常: Microsoft C++ 异常: std::bad_alloc，位于内存位置 0x… 处。"
  match: /(?:(?<unhandled>未经处理)的异常: ?)?Microsoft C\+\+ 异常:\s?(?<exception>[A-Za-z_][\w:]{0,200}(?:<[^>\n]{0,200}>)?)\s?[，,]\s?位于内存位置 (?<address>0x[0-9A-Fa-f]{1,16})/,
  requires: /Microsoft C\+\+ 异常/,
  errorType: (c) => c.exception ?? 'exception',
  category: 'runtime',
  priority: 10,
  summary: (c) => `The program threw a C++ exception of type ${c.exception}${c.unhandled ? ' that nothing caught' : ''}.`,
  explanation: (c) =>
    `Visual Studio's debugger reports every C++ exception thrown (引发的异常, "exception thrown") and, when no catch block handles it, again as 有未经处理的异常 ("unhandled exception"). ${/bad_alloc/.test(c.exception ?? '') ? 'std::bad_alloc means an allocation failed: the process ran out of memory (a 32-bit program has only 2 GB), or a corrupted or uninitialised size asked for a huge block.' : `${c.exception} was thrown by the code or a library it calls; its message (what()) says why.`} A first-chance "引发的异常" line alone is not a crash when the exception is caught; the unhandled one ends the program.`,
  causes: (c) =>
    /bad_alloc/.test(c.exception ?? '')
      ? ['The process ran out of memory (32-bit builds are limited to 2 GB)', 'A size read from a file or computed wrongly asked for a huge block', 'A Debug program linked with Release libraries (or the other way round), whose objects do not match']
      : [`A library call failed and threw ${c.exception}`, 'Invalid arguments or input passed to the library', 'A Debug program linked with Release libraries (or the other way round)'],
  fixes: (c) => [fix(`Catch ${c.exception} where it is thrown`, ['Enable breaking on C++ exceptions (Debug > Windows > Exception Settings) and read the call stack at the throw; wrap the call in try/catch and print e.what().', 'Link Debug builds with the Debug variants of every library (and Release with Release).'], `try {\n    // the call that throws\n} catch (const std::exception& e) {\n    std::cerr << e.what() << '\\n';\n}`)],
  references: [ref('Microsoft Learn: Manage exceptions with the debugger', 'https://learn.microsoft.com/en-us/visualstudio/debugger/managing-exceptions-with-the-debugger')],
  samples: ['0x00007FFF9026A839 处(位于 ConsoleApplication1.exe 中)有未经处理的异常: Microsoft C++ 异常: c10::Error，位于内存位置 0x0000002C2A9AF7F0 处。'],
};

const muslAssert: ErrorPattern = {
  id: 'c.assertion-failed-musl',
  language: 'c',
  // musl's and uClibc's assert() (Alpine, OpenWrt, static builds): "Assertion failed: expr (file: func: line)".
  match: /Assertion failed: (?<expr>[^\n]{1,400}?) \((?<file>[^\s:()]{1,400}): (?<func>[\w$.~:<>]{1,300}): (?<line>\d{1,7})\)/,
  requires: /Assertion failed: /,
  errorType: 'assertion failed',
  category: 'runtime',
  priority: 12,
  summary: (c) => `The assertion '${c.expr}' failed in ${c.func} (${c.file}:${c.line}).`,
  explanation: (c) =>
    `assert(${c.expr}) evaluated to false in ${c.func} at ${c.file}:${c.line}, so the C library (musl or uClibc, which word the message this way) printed it and called abort(). The assertion encodes an assumption of that code; something earlier produced a state that violates it${/^src\/(?:unix|win)\/|uv[_-]/.test(c.file ?? '') ? ': in libuv, typically a handle or file descriptor used after it was closed, or used from two threads' : ''}.`,
  causes: ['Invalid input or state reaching the function', 'A bug earlier in the program (a handle or descriptor used after it was closed)', 'An assumption that no longer holds after a change'],
  fixes: (c) => [fix(`Find why ${c.expr} is false in ${c.func}`, [`Run under gdb (it stops at the abort), go up to ${c.func} and print the variables of the condition; then look for the caller that broke it.`, 'Validate inputs with real error handling: assert is compiled out with -DNDEBUG.'], 'gdb -batch -ex run -ex bt --args ./app')],
  references: [ref('cppreference: assert', 'https://en.cppreference.com/w/c/error/assert')],
  samples: ['Assertion failed: loop->watchers[w->fd] == w (src/unix/core.c: uv__io_stop: 881)\nAborted (core dumped)'],
};

const pureVirtualFrame: ErrorPattern = {
  id: 'cpp.pure-virtual-call-frame',
  language: 'cpp',
  // The C++ runtime's __cxa_pure_virtual as a frame of a crash's backtrace (gdb, an Android tombstone, an IDE's stack
  // view) when the "pure virtual method called" line itself was not pasted.
  match: /(?:\(|\bin (?:__cxxabiv1::)?|^[ \t]{0,12}(?:#\d{1,4}[ \t]{1,4})?)__cxa_pure_virtual(?: ?\(\)|\+(?:0x[0-9a-f]{1,8}|\d{1,6})\)| 0x[0-9a-f]{4,16}\b| \+ \d{1,6}\b)/m,
  requires: /__cxa_pure_virtual/,
  errorType: 'pure virtual method called',
  category: 'runtime',
  priority: 14,
  summary: 'A pure virtual function was called: the C++ runtime called std::terminate (from __cxa_pure_virtual).',
  explanation:
    "The vtable slot of a pure virtual function points to __cxa_pure_virtual, which aborts the program. It runs when a virtual function is called on an object whose most derived part does not exist (yet or any more): from a base class's constructor or destructor, on an object already destroyed (a dangling pointer, a callback or thread still running while its owner is torn down), or through memory that was freed and reused. The frame just below __cxa_pure_virtual is the call.",
  causes: ['A virtual function called from a base class constructor or destructor', 'An object used after it was destroyed (callbacks, threads or timers outliving their owner)', 'Static objects destroyed in the wrong order at exit'],
  fixes: [fix('Find the call below __cxa_pure_virtual', ['Read the frame below __cxa_pure_virtual: it names the object and the call; make sure the object is alive (stop threads and unregister callbacks before destroying it) and do not call virtual functions from constructors or destructors.'], 'gdb -batch -ex run -ex bt ./app')],
  references: [ref('cppreference: virtual function specifier (during construction and destruction)', 'https://en.cppreference.com/w/cpp/language/virtual#During_construction_and_destruction')],
  samples: ['#6  0xb3c91c3e in std::terminate () at eh_terminate.cc:58\n#7  0xb3c9254a in __cxxabiv1::__cxa_pure_virtual () at pure.cc:50\n#8  0xac18aab0 in Plugin::SystemModeImplementation::QueryInterface'],
};

// ---------------------------------------------------------------- C++ runtimes and libraries

/** glog's CHECK and protobuf's GOOGLE_CHECK: the file and line of the check, the condition and its values. */
const googleCheck: ErrorPattern = {
  id: 'cpp.check-failed',
  language: 'cpp',
  // glog's fatal line ("F0612 12:24:45.417707  7096 routing.cc:1462] Check failed: pickup < size (49 vs. 5)") and
  // protobuf's ("[libprotobuf FATAL google/protobuf/map.h:811] CHECK failed: …"); an uncaught FatalException
  // after protobuf's line is that exception's report.
  match: /(?:^[ \t]{0,8}F\d{4} \d{2}:\d{2}:\d{2}\.\d{6}\s{1,4}\d{1,10} (?<file>[^\s:\]]{1,300}):(?<line>\d{1,7})\] |\[libprotobuf FATAL (?<file2>[^\s:\]]{1,400}):(?<line2>\d{1,7})\] )(?:Check|CHECK) failed: ?(?<expr>[^\n]{0,400})/m,
  requires: /(?:Check|CHECK) failed/,
  errorType: 'Check failed',
  category: 'runtime',
  priority: 9,
  summary: (c) => `A ${c.file2 ? "protobuf GOOGLE_CHECK" : 'glog CHECK'} failed${c.expr?.trim() ? `: ${c.expr.trim().replace(/:$/, '')}` : ''} (${c.file ?? c.file2}:${c.line ?? c.line2}).`,
  explanation: (c) =>
    `${c.file2 ? 'protobuf checks its invariants with GOOGLE_CHECK; a failed check logs "[libprotobuf FATAL …] CHECK failed" and throws google::protobuf::FatalException (or aborts).' : "glog's CHECK(cond) and CHECK_EQ/CHECK_LT… log a FATAL line with the condition (and both values for the comparisons) and abort the program with \"*** Check failure stack trace: ***\"."} The condition was false at ${c.file ?? c.file2}:${c.line ?? c.line2}: the caller passed a value the code does not accept${c.file2 && /generated_message_util|descriptor\.cc/.test(c.file2) ? ', or — for the descriptor and generated-code checks at start-up — the program links two copies of protobuf, or generated .pb.cc files of another protobuf version than the library' : ''}.`,
  causes: (c) =>
    c.file2
      ? ['Two copies of libprotobuf in the process (static and shared, or from two libraries), registering the same .proto twice', 'Generated .pb.cc/.pb.h files from another protoc version than the linked library', 'An index or key outside a repeated field or map']
      : ['A value outside what the function accepts (the two numbers in "(a vs. b)" are the values compared)', 'Inconsistent input or configuration', 'A bug earlier in the program'],
  fixes: (c) => [
    fix(`Find why the check at ${c.file ?? c.file2}:${c.line ?? c.line2} fails`, ['Read the condition and the values it printed, then go down the stack trace (glog prints it after "*** Check failure stack trace: ***") to the first frame of your own code and check what it passed.', c.file2 ? 'For start-up checks, make sure one protobuf library is linked and protoc has the same version as it (protoc --version).' : 'Validate the input before the call; CHECKs are meant to stop on bugs, not on bad input.'], c.file2 ? 'protoc --version\nldd ./app | grep protobuf' : 'gdb -batch -ex run -ex bt --args ./app'),
  ],
  references: [ref('glog: CHECK macros', 'https://google.github.io/glog/stable/logging/#runtime-checks'), ref('Protocol Buffers: C++ installation', 'https://github.com/protocolbuffers/protobuf/blob/main/src/README.md')],
  samples: ['F0612 12:24:45.417707  7096 routing.cc:1462] Check failed: pickup < size (49 vs. 5) \n*** Check failure stack trace: ***\nAborted (core dumped)', '[libprotobuf FATAL google/protobuf/map.h:811] CHECK failed: find(node->kv.first) == end():'],
};

const unrealAssertion: ErrorPattern = {
  id: 'cpp.unreal-assertion-failed',
  language: 'cpp',
  // Unreal Engine's check()/ensure() report in its crash reporter and log: "Assertion failed: IsValid() [File:…\SharedPointer.h] [Line: 1109]".
  match: /Assertion failed: (?<expr>[^\n]{1,400}?) \[File:(?<file>[^\]\n]{1,400})\](?: \[Line: (?<line>\d{1,7})\])?/,
  requires: /Assertion failed: /,
  errorType: 'assertion failed',
  category: 'runtime',
  priority: 12,
  summary: (c) => `Unreal Engine's check(${c.expr}) failed (${(c.file ?? '').split(/[\\/]/).pop()}${c.line ? `, line ${c.line}` : ''}).`,
  explanation: (c) =>
    `check() and its variants assert invariants in the engine and in plugins; a failed check stops the editor or game with this message and a call stack. The file is where the check is (often an engine header such as SharedPointer.h or Array.h), not where the mistake is: the first frame of a game module or plugin in the call stack is the caller that broke it.${/SharedPointer/.test(c.file ?? '') ? ' IsValid() on a shared pointer means a null TSharedPtr/TSharedRef was dereferenced.' : /Array\.h/.test(c.file ?? '') ? ' In Array.h it is an index outside the array.' : ''}`,
  causes: ['A null TSharedPtr, UObject or component used', 'An index outside a TArray, or a key missing from a TMap', 'A plugin built for another engine version, or called at the wrong time (wrong thread, during shutdown)'],
  fixes: [fix('Read the call stack below the assertion', ['Find the first frame of your own module or of a plugin (UnrealEditor_<Module>!Class::Function) and check the pointer, index or key it used; with the editor symbols installed the stack shows file and line.', 'If the frame is a plugin, update it to a version built for this engine version, or disable it.'])],
  references: [ref('Unreal Engine: Asserts', 'https://dev.epicgames.com/documentation/en-us/unreal-engine/asserts-in-unreal-engine')],
  samples: ['Assertion failed: IsValid() [File:D:\\build\\++UE5\\Sync\\Engine\\Source\\Runtime\\Core\\Public\\Templates\\SharedPointer.h] [Line: 1063]'],
};

const libcxxabiTerminating: ErrorPattern = {
  id: 'cpp.libcxxabi-uncaught-line',
  language: 'cpp',
  // libc++abi's report with its logcat tag stripped ("E/libc++abi: terminating with uncaught exception of type X: …"):
  // the line starts with "terminating".
  match: /^[ \t]{0,8}terminating (?:due to|with) uncaught exception of type (?<exception>[\w<>]{1,200}(?:::[\w<>]{1,200}){0,10})(?:: (?<what>[^\n]{0,500}))?/m,
  requires: /uncaught exception of type/,
  errorType: (c) => c.exception ?? 'uncaught exception',
  category: 'runtime',
  priority: 10,
  summary: (c) => `An uncaught ${c.exception} exception terminated the program${c.what?.trim() ? `: ${c.what.trim()}` : ''}.`,
  explanation: (c) =>
    `An exception of type ${c.exception} propagated out of main(), a thread function or a noexcept function without being caught, so libc++'s runtime called std::terminate and the program aborted (on Android: "Fatal signal 6 (SIGABRT)").${/protobuf::FatalException/.test(c.exception ?? '') ? ' protobuf throws FatalException when one of its GOOGLE_CHECKs fails; at start-up "generated_database_->Add" means the same .proto was registered twice: two copies of libprotobuf, or two libraries that compiled in the same generated file.' : ''}`,
  causes: (c) => (/protobuf/.test(c.exception ?? '') ? ['Two copies of libprotobuf in the process', 'The same generated .pb.cc compiled into two libraries', 'A GOOGLE_CHECK failing on bad input'] : ['No try/catch around code that throws', 'An exception thrown inside a thread function', 'An exception thrown from a destructor or noexcept function']),
  fixes: (c) => [fix(`Catch ${c.exception} or remove its cause`, ['Wrap the entry points (main, thread functions, JNI calls) in try/catch and log e.what(); the message after the type says what failed.'], 'try {\n    run();\n} catch (const std::exception& e) {\n    __android_log_print(ANDROID_LOG_ERROR, "app", "%s", e.what());\n}')],
  references: [ref('cppreference: std::terminate', 'https://en.cppreference.com/w/cpp/error/terminate')],
  samples: ['E/libc++abi: terminating with uncaught exception of type std::runtime_error: boom'],
};

// ---------------------------------------------------------------- Linux kernel

const kernelNullDeref: ErrorPattern = {
  id: 'c.kernel-null-pointer-dereference',
  language: 'c',
  // The kernel's Oops on a NULL pointer: "BUG: unable to handle kernel NULL pointer dereference at (null)" (before 4.17),
  // "BUG: kernel NULL pointer dereference, address: …" (x86 since), "Unable to handle kernel NULL pointer dereference at
  // virtual address …" (ARM), then the faulting function ("IP: [<…>] f+0x19/0x240 [module]", "RIP: 0010:f+0x…", "PC is at f+0x…").
  match: /(?:\bBUG: (?:unable to handle )?kernel NULL pointer dereference|\bUnable to handle kernel NULL pointer dereference)(?:,? (?:at|address:)(?: virtual address)? {0,12}(?<address>\(null\)|[0-9a-fx]{1,18}))?(?:[\s\S]{0,1500}?\b(?:IP: \[<[0-9a-f]{1,16}>\] |RIP: [0-9a-f]{4}:|PC is at |pc : \[<[0-9a-f]{1,16}>\] )(?<func>[\w.]{1,120})\+0x[0-9a-f]{1,8}\/0x[0-9a-f]{1,8}(?: \[(?<module>[\w-]{1,60})\])?)?/,
  requires: /kernel NULL pointer dereference/,
  errorType: 'kernel NULL pointer dereference',
  category: 'memory',
  priority: 10,
  summary: (c) => `Kernel Oops: code in the kernel${c.module ? ` (module ${c.module})` : ''} dereferenced a NULL pointer${c.func ? ` in ${c.func}` : ''}.`,
  explanation: (c) =>
    `The kernel itself (not a user program) read or wrote through a NULL pointer${c.address && c.address !== '(null)' ? `, at the small address ${c.address}: a member of a NULL structure` : ''}${c.func ? `, in ${c.func}` : ''}. The kernel prints an Oops with the registers and the call trace, kills the task that was running and marks itself tainted; with panic_on_oops set, or in an interrupt, the whole system stops. ${c.module ? `The function belongs to the module ${c.module}: a bug in that driver or module (often out-of-tree, marked (O) in "Modules linked in"), or a module built for another kernel version.` : 'The function named after IP/RIP/PC and the Call Trace say which driver or subsystem did it.'}`,
  causes: (c) => [c.module ? `A bug in the module ${c.module} (an out-of-tree driver, or one built for another kernel version)` : 'A bug in a driver or kernel subsystem', 'A device or resource that went away (unplugged, failed probe) while still in use', 'A race between teardown and use of an object'],
  fixes: (c) => [
    fix(c.module ? `Update or unload ${c.module}` : 'Update the kernel and the driver', [c.module ? `Update ${c.module} to a version built for this kernel (or remove it and check the problem goes away), then report the Oops with its full Call Trace to its authors.` : 'Update to the latest kernel of the series; search the function name of the Oops in the kernel\'s bug trackers and report it with the full dmesg.'], c.module ? `modinfo ${c.module}\nsudo modprobe -r ${c.module}\ndmesg | grep -A40 'NULL pointer'` : "uname -r\ndmesg | grep -A40 'NULL pointer'"),
    fix('Decode the call trace', ['With the kernel\'s debug symbols, scripts/decode_stacktrace.sh (or gdb on the module\'s .ko) turns f+0x19/0x240 into a source line.'], c.func ? `./scripts/decode_stacktrace.sh vmlinux < oops.txt\ngdb vmlinux -ex 'list *(${c.func}+0x0)'` : './scripts/decode_stacktrace.sh vmlinux < oops.txt'),
  ],
  references: [ref('Linux kernel: Bug hunting', 'https://docs.kernel.org/admin-guide/bug-hunting.html'), ref('Linux kernel: Tainted kernels', 'https://docs.kernel.org/admin-guide/tainted-kernels.html')],
  samples: ['[ 5797.598826] BUG: unable to handle kernel NULL pointer dereference at 000000000000000a\n[ 5797.607974] IP: [<ffffffffc0841d99>] octf_trace_push+0x19/0x240 [iotrace]\n[ 5797.616049] PGD 0 \n[ 5797.619308] Oops: 0000 [#1] SMP'],
};

// ---------------------------------------------------------------- linker

const undefinedNoSpace: ErrorPattern = {
  id: 'c.undefined-reference-no-space',
  language: 'c',
  // GNU ld's "undefined reference to `sym'" with the space before the backquote lost in the paste ("to`swr_init'").
  match: /(?:(?<![^\s])(?<file>[^\s:]{1,400}):(?<line>\d{1,7}): )?undefined reference to`(?<symbol>[^'’`\n]{1,400})['’]/,
  requires: /undefined reference to`/,
  errorType: 'undefined reference',
  category: 'build',
  priority: 9,
  summary: (c) => `The linker found no definition of ${c.symbol}${c.file ? ` (used at ${c.file}:${c.line})` : ''}.`,
  explanation: (c) =>
    `The code was compiled against a declaration of ${c.symbol}, but no object file or library on the link line defines it. The usual causes are a library missing from the link (or listed before the objects or libraries that use it, since GNU ld resolves left to right), a static library that needs further libraries of its own (libavcodec.a needs libswresample, libx264…; pkg-config --static --libs lists them), or a library version without this function.`,
  causes: ['The library defining the symbol is not linked', 'Libraries in the wrong order (a library must come after what uses it)', "A static library's own dependencies missing from the link", 'A library of another version that does not define the symbol'],
  fixes: (c) => [fix(`Link the library that defines ${c.symbol}`, ['Find the library with nm -A, add it to the link after the objects and libraries that use it; for static libraries take the full list from pkg-config --static.'], `nm -A /usr/lib/*.a 2>/dev/null | grep ' T ${c.symbol}$'\npkg-config --static --libs libavcodec`)],
  references: [LD_REF],
  samples: ["/usr/local/lib/libavcodec.a(opusdec.o): In function `opus_decode_frame':\n/home/sd/ffmpeg-2.3/libavcodec/opusdec.c:222: undefined reference to`swr_is_initialized'"],
};

export const NATIVE_CATALOG5_PATTERNS: readonly ErrorPattern[] = [
  vimDeadlySignal,
  crtAssertDialog,
  cppTwin(crtAssertDialog, ['**MinGW Runtime Assertion**\nAssertion failed!\nProgram: D:\\Bitcoin Core (64-bit)\\bitcoin-qt.exe\nFile: script/interpreter.cpp, Line 1573\nExpression:(flags & SCRIPT_VERIFY_P2SH) != 0']),
  msvcExceptionChinese,
  muslAssert,
  cppTwin(muslAssert, ['Assertion failed: !empty() (src/queue.cpp: pop: 42)\nAborted']),
  pureVirtualFrame,
  googleCheck,
  unrealAssertion,
  libcxxabiTerminating,
  kernelNullDeref,
  undefinedNoSpace,
  cppTwin(undefinedNoSpace, ["Linking CXX executable seg_tree_sample\n/usr/local/lib/libavcodec.a(opusdec.o): In function `opus_decode_subpacket':\n/home/sd/ffmpeg-2.3/libavcodec/opusdec.c:376: undefined reference to`swr_is_initialized'"]),
];
