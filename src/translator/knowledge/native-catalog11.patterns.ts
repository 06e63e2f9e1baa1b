import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { CPP_EVIDENCE, cppTwin } from './native.patterns';

/*
 * C / C++ eleventh pass: runtime and link output as it is pasted from test runners, debuggers, Windows and CI logs,
 * where the earlier patterns miss it. CTest's other crash statuses (a test that aborted, "Child aborted***Exception",
 * the summary's "(Subprocess aborted)", "(SEGFAULT)"); WinDbg's and the heap manager's "Critical error detected
 * c0000374"; the STATUS_DLL_NOT_FOUND exit status (0xC0000135, -1073741515) as a test runner or CI step reports it;
 * the MSVC runtime's R6025 dialog; Event Viewer's crash record with its code on a line of its own; a program's own
 * dlopen() failure ("Error:libfoo.so: cannot open shared object file"); OpenCV 4's cv::Exception message; Qt's
 * platform plugin abort; an entry of Apple ld's undefined symbols pasted without its header.
 *
 * Conventions of native.patterns.ts: the type is the runtime's phrase without the names around it; a crash's
 * status is C's unless the text shows C++ (cppTwin), as the shell's segfault and abort are.
 */

const CTEST = ref('CTest: ctest(1)', 'https://cmake.org/cmake/help/latest/manual/ctest.1.html');
const NTSTATUS = ref('Microsoft: NTSTATUS values', 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-erref/596a1078-e883-4972-9bbc-49e60bebca55');
const DLOPEN = ref('dlopen(3) - Linux manual page', 'https://man7.org/linux/man-pages/man3/dlopen.3.html');

// ---------------------------------------------------------------- CTest

const CTEST_KIND: Record<string, string> = {
  subprocessaborted: 'aborted',
  childaborted: 'aborted',
  segfault: 'segmentation fault',
  illegal: 'illegal instruction',
  numerical: 'floating point exception',
  buserror: 'bus error',
  bus_error: 'bus error',
};

const ctestCrashStatus: ErrorPattern = {
  id: 'c.ctest-crash-status',
  language: 'c',
  // A test line ("3/5 Test #5: BlockTests ....Child aborted***Exception:   0.01 sec", "***Exception: Illegal") or the
  // summary's "53 - name (Subprocess aborted)" / "3 - test_config (SEGFAULT)": the signal the test died of.
  match:
    /(?:\bTest +#\d{1,6}: (?<test>\S{1,300}) \.*(?:(?<k1>Subprocess aborted|Child aborted)\*{3}Exception:|\*{3}Exception: (?<k2>Illegal|Numerical|BusError|Bus error)\b)|(?:^|\n)[ \t]{0,12}(?:\S[^\n]{0,300}:\d{1,6}[ \t]+)?\d{1,6} - (?<test2>\S{1,300}) \((?<k3>Subprocess aborted|Child aborted|SEGFAULT|ILLEGAL|NUMERICAL|BUS_ERROR)\))/,
  requires: /aborted\*\*\*Exception|\*\*\*Exception: (?:Illegal|Numerical|Bus)| \((?:Subprocess aborted|Child aborted|SEGFAULT|ILLEGAL|NUMERICAL|BUS_ERROR)\)/,
  errorType: (c) => CTEST_KIND[(c.k1 ?? c.k2 ?? c.k3 ?? '').toLowerCase().replace(/ /g, '')] ?? 'aborted',
  category: 'runtime',
  priority: 4,
  signal: true,
  summary: (c) => `The test ${c.test ?? c.test2 ?? ''} crashed: CTest reports that its process died of a signal (${c.k1 ?? c.k2 ?? c.k3 ?? 'abort'}) instead of exiting.`,
  explanation: (c) =>
    `CTest runs each test as a process and reports how it ended. "${c.k1 ?? c.k2 ?? c.k3 ?? 'Subprocess aborted'}" means the test did not fail an assertion of its framework and exit with a status: it was killed by a signal — SIGABRT for "aborted" (abort(), a failed assert(), an uncaught C++ exception, glibc detecting heap corruption), SIGSEGV for SEGFAULT, SIGILL for Illegal, SIGFPE for Numerical. The reason is printed by the test itself, above CTest's line, when it is run with --output-on-failure.`,
  causes: ['A failed assert() or an uncaught exception in the test (aborted)', 'glibc aborting on heap corruption or a double free', 'A null or dangling pointer (SEGFAULT)', 'An integer division by zero (Numerical) or code built for a newer CPU (Illegal)'],
  fixes: (c) => [
    fix('See what the test printed before it died', ['Rerun the failing test alone with its output, then run it under gdb (or with AddressSanitizer) to get the backtrace of the signal.'], `ctest --output-on-failure -R ${c.test ?? c.test2 ?? '<test>'}\ngdb -batch -ex run -ex bt --args ./path/to/test`),
  ],
  references: [CTEST],
  samples: [
    '    Start 5: BlockTests\n3/5 Test #5: BlockTests .......................Child aborted***Exception:   0.01 sec',
    'The following tests FAILED:\n53 - metacall-node-python-deadlock-test (Subprocess aborted)\nErrors while running CTest',
  ],
};

// ---------------------------------------------------------------- Windows

const windowsHeapCorruptionDebugger: ErrorPattern = {
  id: 'c.windows-heap-corruption-debugger',
  language: 'c',
  // ntdll's RtlReportCriticalFailure as a debugger prints it ("Critical error detected c0000374") and WinDbg's
  // "Unknown exception - code c0000374 (!!! second chance !!!)".
  match: /\bCritical error (?:detected|at) c0000374\b|\bUnknown exception - code c0000374\b/,
  requires: /c0000374/,
  errorType: 'heap corruption',
  category: 'memory',
  priority: 12,
  summary: 'Windows\' heap manager found its heap corrupted (0xC0000374, STATUS_HEAP_CORRUPTION) and stopped the process.',
  explanation:
    'ntdll checks a block\'s header when it is freed or reallocated. A header overwritten by a buffer overrun, a block freed twice or freed to the wrong heap (memory from one DLL\'s C runtime released by another\'s) makes it report "Critical error detected c0000374" and raise STATUS_HEAP_CORRUPTION. The damage was done earlier than the call that detects it.',
  causes: ['A write past the end (or before the start) of a heap block', 'A double free or a use after free', 'Memory allocated by one module\'s CRT and freed by another\'s (mixed Debug/Release or static CRTs)'],
  fixes: [
    fix('Find the write that corrupts the heap', ['Enable full page heap for the program with gflags so the overrun faults at the faulting write, or build with AddressSanitizer (/fsanitize=address); make each DLL free what it allocated.'], 'gflags /p /enable app.exe /full'),
  ],
  references: [NTSTATUS, ref('Microsoft: GFlags and PageHeap', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/debugger/gflags-and-pageheap')],
  samples: ['Critical error detected c0000374\n(bac.4f40): Break instruction exception - code 80000003 (first chance)\nntdll!RtlReportCriticalFailure+0x56:'],
};

const dllNotFoundStatus: ErrorPattern = {
  id: 'c.windows-dll-not-found-status',
  language: 'c',
  // The exit status a test runner, CI step or IDE prints for a program Windows could not start: 0xC0000135
  // (STATUS_DLL_NOT_FOUND), -1073741515 signed, 3221225781 unsigned. Cargo's "process didn't exit successfully" is Rust's.
  match:
    /(?<!process didn't exit successfully: [^\n]{0,400})(?:\b(?:exit(?:ed)?(?: with)? (?:code|status)|return(?:ed)? (?:code|value)|abnormal code|failed(?: with)?)[:=]? ?[`'"(]?(?:-1073741515\b|3221225781\b|0x[cC]0000135\b)|\bSTATUS_DLL_NOT_FOUND\b|\bfailed: -1073741515\b)/,
  requires: /-1073741515|3221225781|[cC]0000135|STATUS_DLL_NOT_FOUND/,
  errorType: 'DLL not found',
  category: 'dependency',
  priority: 11,
  summary: 'Windows could not start the program: a DLL it depends on was not found (0xC0000135, STATUS_DLL_NOT_FOUND).',
  explanation:
    'Before main() runs, the Windows loader maps every DLL in the executable\'s import table. When one of them is not in the program\'s folder, the system folders or on PATH, the process ends at once with STATUS_DLL_NOT_FOUND; a console or CI step shows only the exit status (-1073741515), where a desktop start shows "The code execution cannot proceed because x.dll was not found".',
  causes: ['The program\'s own DLLs (built to another folder, or not installed) missing from PATH in the test step', 'The Visual C++ runtime (VCRUNTIME140.dll, MSVCP140.dll) or its debug version not installed', 'A third-party library\'s DLL (from vcpkg, conda, an SDK) not copied next to the executable'],
  fixes: [
    fix('Find the missing DLL and put it on the search path', ['List the imports with dumpbin (or the Dependencies tool) and add the folders holding them to PATH for the run, or copy the DLLs next to the executable (CMake: $<TARGET_RUNTIME_DLLS:app>); install the VC++ redistributable where the runtime is missing.'], 'dumpbin /dependents app.exe\nset PATH=C:\\path\\to\\dlls;%PATH%'),
  ],
  references: [NTSTATUS, ref('Microsoft: Dynamic-link library search order', 'https://learn.microsoft.com/en-us/windows/win32/dlls/dynamic-link-library-search-order')],
  samples: ['cd C:\\projects\\cpp-ethereum\\build\\test\\webthree\\test\\Debug\ntestweb3.exe\nCommand exited with code -1073741515', '~~Dr.M~~ WARNING: application exited with abnormal code 0xc0000135'],
};

const msvcR6025: ErrorPattern = {
  id: 'cpp.msvc-r6025-pure-virtual',
  language: 'cpp',
  // The Visual C++ runtime's dialog "Runtime Error! … R6025 - pure virtual function call", or its code alone.
  match: /\bR6025\b(?:\s{0,10}-\s{0,4}pure virtual function call)?/,
  requires: /R6025/,
  errorType: 'pure virtual method called',
  category: 'runtime',
  priority: 15,
  summary: 'The Visual C++ runtime stopped the program: a pure virtual function was called (R6025).',
  explanation:
    'A call went through the virtual table of an object whose derived part does not exist: the object is still being constructed or already being destroyed (a virtual call from a base constructor or destructor), or it was deleted and the pointer is dangling. The slot holds _purecall, which shows the R6025 dialog and ends the program.',
  causes: ['A virtual function called (directly or indirectly) from a base class constructor or destructor', 'A call through a pointer to an object that was already deleted (often from another thread, at shutdown)'],
  fixes: [fix('Break on _purecall and read the stack', ['Set a breakpoint on _purecall in the debugger; the stack shows the call and the object. Do not call virtual functions while constructing or destroying, and stop worker threads before the objects they use are destroyed.'], 'bp msvcrt!_purecall')],
  references: [ref('Microsoft: C Runtime Error R6025', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/c-runtime-error-r6025')],
  samples: ['Microsoft Visual C++ Runtime Library\n\nRuntime Error!\n\nProgram: C:\\Program Files (x86)\\Aseprite\\Aseprite.exe\n\nR6025\n- pure virtual function call'],
};

const EVENT_CODE: Record<string, string> = { c0000005: 'access violation', c0000374: 'heap corruption', c00000fd: 'stack overflow' };

const eventViewerCodeOnItsLine: ErrorPattern = {
  id: 'cpp.event-viewer-crash-code-line',
  language: 'cpp',
  // Event Viewer's Application Error record copied from its details pane, each field's value on the next line:
  // "Faulting application: x.exe\nException code:\n0xc0000005".
  match: /\bFaulting application(?: name)?:[\s\S]{0,800}?\bException code:\s{0,4}\n\s{0,4}0x(?<code>[cC]0000005|[cC]0000374|[cC]00000[fF][dD])\b/,
  requires: /Faulting application/,
  errorType: (c) => EVENT_CODE[(c.code ?? '').toLowerCase()] ?? 'access violation',
  category: 'memory',
  priority: 13,
  summary: (c) => `Windows recorded the crash of an application: exception 0x${c.code ?? 'c0000005'} (${EVENT_CODE[(c.code ?? '').toLowerCase()] ?? 'access violation'}).`,
  explanation:
    'The Application Error event (ID 1000) is written when a process dies of an unhandled exception. Its exception code says what kind: 0xc0000005 an access violation (a null, dangling or wild pointer read or written), 0xc0000374 heap corruption detected by ntdll, 0xc00000fd a stack overflow. The fault offset is the address inside the faulting module; with the module\'s PDB it maps to a line.',
  causes: ['A null or dangling pointer dereferenced (0xc0000005)', 'A buffer overrun or double free corrupting the heap (0xc0000374)', 'Unbounded recursion or a huge local array (0xc00000fd)'],
  fixes: [fix('Get a crash dump and open it with symbols', ['Let Windows Error Reporting keep a full dump (LocalDumps registry key) or run the program under the Visual Studio or WinDbg debugger; !analyze -v names the faulting instruction and the stack.'], 'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows\\Windows Error Reporting\\LocalDumps" /v DumpType /t REG_DWORD /d 2')],
  references: [NTSTATUS, ref('Microsoft: Collecting user-mode dumps', 'https://learn.microsoft.com/en-us/windows/win32/wer/collecting-user-mode-dumps')],
  samples: ['Faulting application: suika3-win64.exe\nException code:\n0xc0000005\nFault offset:\n0x0000000000019790'],
};

// ---------------------------------------------------------------- Loaders and libraries

const dlopenMessage: ErrorPattern = {
  id: 'c.dlopen-cannot-open-shared-object',
  language: 'c',
  // dlerror()'s message printed by a program's own plugin loader: "Failed to load library:rml_enkf.so
  // Error:rml_enkf.so: cannot open shared object file". Python's, Java's, Node's and Ruby's wrappers have their own patterns.
  match:
    /(?<![\s\S])(?![\s\S]*?(?:Traceback \(most recent call last\)|\b(?:ImportError|OSError|ModuleNotFoundError|UnsatisfiedLinkError|LoadError|RuntimeError|DLOPEN_FAILED|ERR_DLOPEN_FAILED|python\d?(?:\.\d{1,2})?\b|\.py\b|\.node\b|\.rb\b|java\.|at [\w$.]+\(|node_modules)))[\s\S]*?(?:\b(?:[Ee]rror|ERROR|[Ff]ailed to load(?: library)?|[Cc]ould not load|[Cc]annot load|dlopen(?:\(\))?(?: failed)?)\s?[:=]?\s?['"]?(?<lib>[\w.+\-/]{1,300}\.so(?:\.[\d.]{1,20})?)['"]?: cannot open shared object file: No such file or directory)/,
  requires: /cannot open shared object file/,
  errorType: 'cannot open shared object file',
  category: 'dependency',
  priority: 8,
  summary: (c) => `The program tried to load ${c.lib} at run time (dlopen) and the loader could not find it.`,
  explanation: (c) =>
    `The message is dlerror()'s, printed by the program's own module or plugin loader: ${c.lib} is not in any directory the loader searches (the program's RUNPATH, LD_LIBRARY_PATH, the ld.so.cache from /etc/ld.so.conf, /lib and /usr/lib), or the name the program asks for is bare and the library was installed under another prefix.`,
  causes: ['The plugin or library not installed, or installed under a prefix the loader does not search', 'LD_LIBRARY_PATH not set for the environment the program runs in', 'A bare library name the program expects on the search path'],
  fixes: (c) => [
    fix('Put the library on the loader\'s search path', ['Find where the library is, then add its directory to LD_LIBRARY_PATH (or to /etc/ld.so.conf.d and run ldconfig), or give the program the full path.'], `find / -name '${(c.lib ?? 'libfoo.so').split('/').pop()}*' 2>/dev/null\nexport LD_LIBRARY_PATH=/path/to/dir:$LD_LIBRARY_PATH`),
  ],
  references: [DLOPEN],
  samples: ['Failed to load library:rml_enkf.so Error:rml_enkf.so: cannot open shared object file: No such file or directory \n** Warning: failed to load module from rml_enkf.so.'],
};

const opencv4Exception: ErrorPattern = {
  id: 'cpp.opencv4-exception',
  language: 'cpp',
  // cv::Exception's what() since OpenCV 3.4/4: "OpenCV(4.0.0) /io/opencv/modules/imgproc/src/color.cpp:181: error:
  // (-215:Assertion failed) !_src.empty() in function 'cvtColor'". Python's cv2.error and Java's CvException carry the
  // same text and are theirs.
  match:
    /(?<![\s\S])(?![\s\S]*?(?:\bcv2\.error\b|\bCvException\b|Traceback \(most recent call last\)|opencv-python|site-packages))[\s\S]*?\bOpenCV\(\d[\w.-]{0,20}\) (?<file>[^\n]{1,400}?):(?<line>\d{1,7}): error: \((?<code>-?\d{1,4}):(?<what>[^)\n]{1,80})\) ?(?<condition>[^\n]{0,300}?) in function '(?<func>[^'\n]{1,200})'/,
  requires: /\bOpenCV\(\d/,
  errorType: 'cv::Exception',
  category: 'runtime',
  priority: 10,
  summary: (c) => `OpenCV raised cv::Exception: ${c.what ?? 'an error'} (${(c.condition ?? '').trim()}) in ${c.func ?? 'a function'}.`,
  explanation: (c) =>
    `An OpenCV function checked its input and threw cv::Exception with code ${c.code ?? ''} (${c.what ?? ''}): ${c.func ?? 'it'} requires ${(c.condition ?? '').trim() || 'a condition'} (${c.file ?? 'OpenCV'} line ${c.line ?? '?'}). "!_src.empty()" means the image passed in is empty — usually imread() could not read the file or VideoCapture returned no frame.`,
  causes: ['An empty cv::Mat: imread() of a wrong path, or a camera or video that returned no frame', 'An image of the wrong type, depth or number of channels for the function', 'Sizes or ROIs that do not fit the image'],
  fixes: [fix('Check the input before calling the function', ['Test the Mat for empty() after imread() or a capture read and report the path; convert type and channels (cvtColor, convertTo) to what the function needs.'], 'cv::Mat img = cv::imread(path);\nif (img.empty()) { std::cerr << "cannot read " << path << "\\n"; return 1; }')],
  references: [ref('OpenCV: cv::Exception', 'https://docs.opencv.org/4.x/d1/dee/classcv_1_1Exception.html')],
  samples: ["error: OpenCV(4.0.0) /io/opencv/modules/imgproc/src/color.cpp:181: error: (-215:Assertion failed) !_src.empty() in function 'cvtColor'"],
};

const qtPlatformPlugin: ErrorPattern = {
  id: 'cpp.qt-platform-plugin',
  language: 'cpp',
  // Qt's fatal start-up error: Qt 5.12+ "qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it
  // was found. This application failed to start because no Qt platform plugin could be initialized." and the older
  // "could not find or load the Qt platform plugin "xcb"".
  match: /(?:\b[Cc]ould not (?:find or )?load the Qt platform plugin "(?<plugin>[^"\n]{1,60})"|\bno Qt platform plugin could be initialized\b)/,
  requires: /Qt platform plugin/,
  errorType: 'could not load the Qt platform plugin',
  category: 'dependency',
  priority: 12,
  summary: (c) => `Qt could not load its platform plugin${c.plugin ? ` "${c.plugin}"` : ''}, so the application aborted at start.`,
  explanation: (c) =>
    `A Qt GUI application needs a platform plugin (xcb on X11, wayland, windows, cocoa) to talk to the display. Qt looks for it in the plugins/platforms folder${c.plugin ? ` and found ${c.plugin} there or not at all` : ''}; "even though it was found" means the plugin's own libraries failed to load (since Qt 6.5 xcb needs libxcb-cursor0), otherwise the folder is missing, QT_QPA_PLATFORM_PLUGIN_PATH points elsewhere, or no display is available (a server, SSH without X forwarding, a container).`,
  causes: ['A library the xcb plugin needs not installed (libxcb-cursor0, libxcb-xinerama0, libxkbcommon-x11-0)', 'No display: a headless server, a container or an SSH session without X forwarding', 'Two Qt installations mixed (a pip PyQt/OpenCV wheel and the system Qt) or QT_QPA_PLATFORM_PLUGIN_PATH pointing at the wrong one'],
  fixes: [
    fix('Let Qt say why the plugin failed, then install what it needs', ['Run with QT_DEBUG_PLUGINS=1 to see the missing library, install it, or choose the offscreen platform where there is no display.'], 'QT_DEBUG_PLUGINS=1 ./app\nsudo apt-get install libxcb-cursor0 libxcb-xinerama0 libxkbcommon-x11-0\nQT_QPA_PLATFORM=offscreen ./app'),
  ],
  references: [ref('Qt: Qt for Linux/X11 requirements', 'https://doc.qt.io/qt-6/linux-requirements.html'), ref('Qt: Qt Platform Abstraction', 'https://doc.qt.io/qt-6/qpa.html')],
  samples: ['This application failed to start because it could not find or load the Qt platform plugin "xcb"\nin "".\n\nReinstalling the application may fix this problem.\nAborted (core dumped)'],
};

const appleLdEntryWithoutHeader: ErrorPattern = {
  id: 'c.apple-ld-undefined-entry',
  language: 'c',
  // An entry of Apple ld's "Undefined symbols for architecture x86_64:" list pasted without that header:
  // '  "vtable for CapstoneError", referenced from:' or '  "_foo", referenced from:\n      _main in main.o'.
  match: /(?:^|\n)[ \t]{0,8}"(?<symbol>[^"\n]{1,400})", referenced from:[ \t]*\n[ \t]{2,}\S/,
  requires: /", referenced from:/,
  errorType: 'undefined reference',
  category: 'build',
  priority: 9,
  summary: (c) => `The linker found no definition of ${c.symbol}, which the objects listed under it use.`,
  explanation: (c) =>
    `Apple's ld lists each undefined symbol and the objects that reference it. ${c.symbol} is declared and used but no object file or library on the link line defines it${/^(?:vtable|typeinfo|VTT) for /.test(c.symbol ?? '') ? ': a missing vtable means the first non-inline virtual member function of the class has no definition, or the C++ runtime (libc++) is not linked because the C driver did the link' : ''}.`,
  causes: ['The source file or library that defines the symbol not on the link line', 'A virtual function declared but not defined (a missing vtable)', 'C++ objects linked with clang instead of clang++ (the C++ runtime missing)'],
  fixes: (c) => [fix(`Link what defines ${c.symbol ?? 'the symbol'}`, ['Add the defining source or library to the target, define the missing virtual functions, and link C++ with clang++ (or -lc++).'], `nm -gC libfoo.a | grep '${c.symbol ?? 'symbol'}'\nclang++ main.o foo.o -o app`)],
  references: [ref('Apple: ld(1)', 'https://keith.github.io/xcode-man-pages/ld.1.html')],
  samples: ['  "_curl_easy_init", referenced from:\n      _main in main.o'],
};

// ---------------------------------------------------------------- MSVC's linker on C sources

const msvcLinkerCSources: ErrorPattern = {
  id: 'c.msvc-linker-c-sources',
  language: 'c',
  // Any LNKxxxx error in a Visual Studio or cl log whose compile lines are C files ("106>  coqos_man.c") and which shows
  // no C++ (decorated names, .cpp sources, a .vcxproj): C's, where c.msvc-linker-error only knows LNK2019 and LNK2001.
  match: new RegExp(
    String.raw`(?<![\s\S])(?=[\s\S]*?(?:^|\n)(?:\d{1,4}>)?[ \t]{0,8}[\w.-]{1,200}\.c[ \t\r]*(?:\n|$))(?![\s\S]*?(?:${CPP_EVIDENCE}|\?\?|(?<!\?invoke_w?(?:main|WinMain))@@|__thiscall|"(?:public|private|protected): |\.vcxproj\b))[\s\S]*?\b(?:fatal )?error (?<code>LNK\d{4})\s?:\s?(?<message>[^\n]{0,1500})`,
  ),
  requires: /\berror LNK\d{4}/,
  errorType: (c) => c.code ?? 'LNK1181',
  category: 'build',
  priority: 15,
  summary: (c) => `The MSVC linker stopped with ${c.code}: ${(c.message ?? '').trim()}`,
  explanation: (c) =>
    `link.exe reported ${c.code} while linking a C program (the log compiles .c files). ${c.code === 'LNK1181' || c.code === 'LNK1104' ? 'It could not open a file on its command line: an import library or object that was not built (an earlier project of the solution failed), or a path or name in Additional Dependencies / Additional Library Directories that does not exist for this configuration and platform.' : 'Look up the code in Microsoft\'s linker error reference; the message names the symbol or file concerned.'}`,
  causes: ['A library project of the solution that failed to build earlier in the log', 'A wrong path or a Debug/Release or Win32/x64 mismatch in the library settings', 'A library name in Additional Dependencies that is not installed'],
  fixes: (c) => [fix(`Fix the first failing project, then ${c.code}`, ['Scroll up to the first error of the build (the project that produces the missing file), fix it and rebuild; otherwise correct the library path and name for this configuration.'], null)],
  references: [ref('Microsoft Learn: Linker Tools Error LNK1181', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/linker-tools-error-lnk1181')],
  samples: ["102>LINK : fatal error LNK1181: cannot open input file 'C:\\Users\\LAZNA\\Desktop\\open-plc-utils-master\\VisualStudioNET\\Release\\lib_tools.lib'\n106>  coqos_man.c\n105>  coqos_info.c"],
};

export const NATIVE_CATALOG11_PATTERNS: readonly ErrorPattern[] = [
  ctestCrashStatus,
  cppTwin(ctestCrashStatus, ['1/1 Test #1: tb_after ......Child aborted***Exception:   0.01 sec\n  FF1<FF2<FF3> > ... [ ok ]\nstd::vector<int> v;']),
  windowsHeapCorruptionDebugger,
  cppTwin(windowsHeapCorruptionDebugger, ['Critical error detected c0000374\n 05 ntdll!RtlFreeHeap+0x51\n 06 app!Widget::~Widget+0x20']),
  dllNotFoundStatus,
  cppTwin(dllNotFoundStatus, ['ERROR: Could not list test cases of executable \'Tests.exe\': executing process failed with return code -1073741515\nCommand executed: \'Tests.exe --gtest_list_tests\'']),
  msvcR6025,
  eventViewerCodeOnItsLine,
  dlopenMessage,
  opencv4Exception,
  qtPlatformPlugin,
  appleLdEntryWithoutHeader,
  msvcLinkerCSources,
  cppTwin(appleLdEntryWithoutHeader, ['  NOTE: a missing vtable usually means the first non-inline virtual member function has no definition.\n  "vtable for __cxxabiv1::__si_class_type_info", referenced from:\n      typeinfo for CapstoneError in cciyUCsm.o']),
];
