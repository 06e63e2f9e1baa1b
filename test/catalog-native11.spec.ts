/**
 * An eleventh catalog pass over C and C++ runtime and link output as it is pasted: CTest's other crash statuses
 * (aborted tests, the summary's "(Subprocess aborted)" and "(SEGFAULT)"), WinDbg's and ntdll's "Critical error detected
 * c0000374", the STATUS_DLL_NOT_FOUND exit status in test runners and CI steps, the MSVC runtime's R6025, Event Viewer's
 * record with its code on its own line, a program's own dlopen() failure, OpenCV 4's cv::Exception text, Qt's platform
 * plugin abort, an Apple ld undefined-symbol entry without its header and MSVC's linker on C sources. The last group are
 * nearby texts that were already right, as guards. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe("the C and C++ family's eleventh catalog pass", () => {
  it.each([
    [
      'The following tests FAILED:\n53 - metacall-node-python-deadlock-test (Subprocess aborted)\n73 - metacall-python-port-import-test (Subprocess aborted)\n74 - metacall-python-callback-test (Subprocess aborted)\nErrors while running CTest',
      'c',
      'aborted',
    ],
    [
      '/home/buildozer/aports/main/cmake/src/cmake-3.19.4/Source/CTest/cmCTestTestHandler.cxx:651 \t  5 - testkeys (Subprocess aborted)\n\n/home/buildozer/aports/main/cmake/src/cmake-3.19.4/Source/CTest/cmCTestTestHandler.cxx:651 \t  6 - testgroupmodel (Subprocess aborted)',
      'cpp',
      'aborted',
    ],
    [
      'Start 5: BlockTests\n3/5 Test #5: BlockTests .......................Child aborted***Exception:   0.01 sec\n4/5 Test #2: imageTestsReport .................   Passed    0.03 sec',
      'c',
      'aborted',
    ],
    [
      'Start  58: SomeIpSdTest.ClientStopScenario\n 58/152 Test  #58: SomeIpSdTest.ClientStopScenario ....................Child aborted***Exception:   0.99 sec\n        Start  59: SomeIpSdTest.ServerStopScenario',
      'c',
      'aborted',
    ],
    [
      'Start  1: test_parse\n 1/29 Test  #1: test_parse .......................Child aborted***Exception:   0.15 sec\n      Start  2: test_run\n 2/29 Test  #2: test_run .........................Child aborted***Exception:   0.14 sec',
      'c',
      'aborted',
    ],
    ['The following tests FAILED:\n\t  3 - test_config (SEGFAULT)\nErrors while running CTest', 'c', 'segmentation fault'],
    [
      '(38ac.4ea0): Unknown exception - code c0000374 (!!! second chance !!!)\n*** ERROR: Symbol file could not be found.  Defaulted to export symbols for C:\\WINDOWS\\SYSTEM32\\ntdll.dll -',
      'c',
      'heap corruption',
    ],
    [
      'Critical error detected c0000374\n(bac.4f40): Break instruction exception - code 80000003 (first chance)\nntdll!RtlReportCriticalFailure+0x56:\n00007ff9`45f6f222 cc              int     3',
      'c',
      'heap corruption',
    ],
    ['HEAP[SimpleWall.exe]: !(CheckedFlags & ~HEAP_CREATE_VALID_MASK)Critical error detected c0000374', 'c', 'heap corruption'],
    [
      'Microsoft Visual C++ Runtime Library\n\nRuntime Error!\n\nProgram: C:\\Program Files (x86...\n\nR6025\n- pure virtual function call',
      'cpp',
      'pure virtual method called',
    ],
    [
      'Runtime Error!\n\nProgram: D:\\Winlinux\\Minsys\\temp\\pcsx2\\pcsx2buildok_vs11\\pcsx2.exe\n\nR6025\n- pure virtual function call',
      'cpp',
      'pure virtual method called',
    ],
    ['Sometimes I recieve Error R6025 (= call to a pure virtual function) from MS VC++ Runtime Library', 'cpp', 'pure virtual method called'],
    [
      'cd C:\\projects\\cpp-ethereum\\build\\test\\webthree\\test\\Debug\ntestweb3.exe\nCommand exited with code -1073741515',
      'c',
      'DLL not found',
    ],
    [
      "ERROR: Could not list test cases of executable 'E:\\Dev\\Insight\\Insight1\\x64\\Debug\\Tests.exe': executing process failed with return code -1073741515\nCommand executed: 'E:\\Dev\\Insight\\Insight1\\x64\\Debug\\Tests.exe --gtest_list_tests', working directory: 'E:\\Dev\\Insight\\Insight1\\x64\\Debug'\nCommand produced no output",
      'cpp',
      'DLL not found',
    ],
    [
      'Many tests fail on Windows with exit code `0xc0000135`, which means the\nprocess could not start because a required DLL was not found on `PATH`.',
      'c',
      'DLL not found',
    ],
    [
      'Run tools/pktfuzz.ps1 -Minutes 10 -Workers 8 -Config Release -Arch x64 -Verbose\nVERBOSE: C:\\vss-agent\\2.313.0\\_work\\xdp-for-windows\\xdp-for-windows\\artifacts\\bin\\x64_Release\\pktfuzz.exe \n-max_total_time=600 -jobs=8 -workers=8\nC:\\vss-agent\\2.313.0\\_work\\xdp-for-windows\\xdp-for-windows\\tools\\pktfuzz.ps1 : pktfuzz.exe failed: -1073741515',
      'c',
      'DLL not found',
    ],
    ['~~Dr.M~~ WARNING: application exited with abnormal code 0xc0000135', 'c', 'DLL not found'],
    ['Faulting application: suika3-win64.exe\nException code:\n0xc0000005\nFault offset:\n0x0000000000019790', 'cpp', 'access violation'],
    [
      'Failed to load library:rml_enkf.so Error:rml_enkf.so: cannot open shared object file: No such file or directory \n** Warning: failed to load module from rml_enkf.so.',
      'c',
      'cannot open shared object file',
    ],
    [
      "error: OpenCV(4.0.0) /io/opencv/modules/imgproc/src/color.cpp:181: error: (-215:Assertion failed) !_src.empty() in function 'cvtColor'",
      'cpp',
      'Exception',
    ],
    [
      'This application failed to start because it could not find or load the Qt platform plugin "xcb"\nin "".\n\nReinstalling the application may fix this problem.\nAborted (core dumped)',
      'cpp',
      'could not load the Qt platform plugin',
    ],
    [
      'This application failed to start because it could not find or load the Qt platform plugin "xcb".\n\nReinstalling the application may fix this problem.\n./start-gui.sh: line 7: 18490 Aborted                 (core dumped) "$SCRIPT_DIR"/stellite-wallet-gui',
      'cpp',
      'could not load the Qt platform plugin',
    ],
    [
      'qt.qpa.plugin: Could not load the Qt platform plugin "xcb" in "" even though it was found.\nThis application failed to start because no Qt platform plugin could be initialized. Reinstalling the application may fix this problem.\n\nAvailable platform plugins are: eglfs, linuxfb, minimal, minimalegl, offscreen, vnc, wayland-egl, wayland, wayland-xcomposite-egl, wayland-xcomposite-glx, webgl, xcb.\n\nAborted (core dumped)',
      'cpp',
      'could not load the Qt platform plugin',
    ],
    [
      'NOTE: a missing vtable usually means the first non-inline virtual member function has no definition.\n  "vtable for __cxxabiv1::__si_class_type_info", referenced from:\n      typeinfo for CapstoneError in cciyUCsm.o\n      typeinfo for KeystoneError in cc9dMmwR.o',
      'cpp',
      'undefined reference',
    ],
    [
      "102>LINK : fatal error LNK1181: cannot open input file 'C:\\Users\\LAZNA\\Desktop\\open-plc-utils-master\\VisualStudioNET\\Release\\lib_tools.lib'\n105>------ Build started: Project: coqos_info, Configuration: Release Win32 ------\n106>------ Build started: Project: coqos_man, Configuration: Release Win32 ------\n106>  coqos_man.c\n105>  coqos_info.c",
      'c',
      'LNK1181',
    ],
  ])('recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    [
      '1/13 Test #1935: Msi2isis.Msi2isisTestGblIngestDefault ..........***Exception: SegFault  0.21 sec\n      Start 1936: Msi2isis.Msi2isisTestGblIngestNoTrim\n 2/13 Test #1936: Msi2isis.Msi2isisTestGblIngestNoTrim ...........***Exception: SegFault  0.17 sec',
      'c',
      'segmentation fault',
    ],
    [
      'Run ./Tests --verbosity high --success\n/home/runner/work/_temp/940daf06-485f-4ee4-b6ee-b6610228a62d.sh: line 1:  3452 Segmentation fault      (core dumped) ./Tests --verbosity high --success\nError: Process completed with exit code 139.',
      'cpp',
      'segmentation fault',
    ],
    [
      './test: error while loading shared libraries: libtest.so: cannot open shared object file: No such file or directory',
      'c',
      'cannot open shared object file',
    ],
    [
      'dyld: Library not loaded: /usr/lib/abc.dylib\n  Referenced from: /var/containers/Bundle/Application/8BBEFF4A-6511-46C5-B9EE-18A2E0249A9E/test.app/test\n  Reason: image not found',
      'c',
      'Library not loaded',
    ],
    [
      '"The code execution cannot proceed because VCRUNTIME140.dll was not found. Reinstalling the program may fix this problem."',
      'c',
      'DLL not found',
    ],
    [
      'Unhandled exception at 0x00007FFB9698880B (ntdll.dll) in ProcessHacker.exe: 0xC0000374: A heap has been corrupted (parameters: 0x00007FFB969EC6E0).',
      'c',
      'heap corruption',
    ],
    [
      '~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\npure virtual method called\nterminate called recursively',
      'cpp',
      'pure virtual method called',
    ],
    [
      'The thread 8800 has exited with code 3221225477 (0xc0000005).\nThe thread 6580 has exited with code 3221225477 (0xc0000005).',
      'c',
      'access violation',
    ],
    [
      'Time     : 2026-04-08 16:44:07\n  Exception: 0xC0000005  (EXCEPTION_ACCESS_VIOLATION)\n  Address  : 0x00007FF83EF32F58\n  Thread   : 6824\n  Process  : 8248\n\n  AV Type  : READ at 0x0000000000000000',
      'c',
      'EXCEPTION_ACCESS_VIOLATION',
    ],
    [
      '[libprotobuf FATAL /root/.conan/data/protobuf/3.17.1/_/_/package/a2e7e27b83790d9ff87da11c9eb4e3f1f6bcf6cb/include/google/protobuf/map.h:811] CHECK failed: find(node->kv.first) == end():',
      'cpp',
      'Check failed',
    ],
    [
      "[libprotobuf FATAL google/protobuf/generated_message_util.cc:812] CHECK failed: (scc->visit_status.load(std::memory_order_relaxed)) == (SCCInfoBase::kRunning): \nterminate called after throwing an instance of 'google::protobuf::FatalException'\n  what():  CHECK failed: (scc->visit_status.load(std::memory_order_relaxed)) == (SCCInfoBase::kRunning): \nAborted (core dumped)",
      'cpp',
      'FatalException',
    ],
    [
      'sweetjams.club\nterminate called after throwing an instance of \'std::runtime_error\'\n  what():  "type mismatch! call is<type>() before get<type>()" && is<object>()\nAborted',
      'cpp',
      'runtime_error',
    ],
    [
      'changen4125@host:~/Documents/apex_dma/build$ ./apex_dma\nSearching for apex process...\nSearching for client process...\n**free(): double free detected in tcache 2**\nAborted (core dumped)',
      'c',
      'double free',
    ],
    [
      "98>LINK : fatal error LNK1181: cannot open input file '..\\..\\assimp\\lib\\assimp-vc142-mt.lib'\n97>LINK : fatal error LNK1181: cannot open input file '..\\..\\assimp\\lib\\assimp-vc142-mt.lib'\n97>Done building project \"GeneralizedICP.vcxproj\" -- FAILED.",
      'cpp',
      'LNK1181',
    ],
    [
      'error LNK2019: unresolved external symbol "public: __thiscall JSBSim::FGTemplateFunc::FGTemplateFunc(class JSBSim::FGFDMExec *,class JSBSim::Element *)" (??0FGTemplateFunc@JSBSim@@QAE@PAVFGFDMExec@1@PAVElement@1@@Z) referenced in function "public: void __thiscall JSBSim::FGFDMExec::AddTemplateFunc(class std::basic_string<char,struct std::char_traits<char>,class std::allocator<char> > const &,class JSBSim::Element *)" (?AddTemplateFunc@FGFDMExec@JSBSim@@QAEXABV?$basic_string@DU?$char_traits@D@std@@V?$allocator@D@2@@std@@PAVElement@2@@Z)',
      'cpp',
      'LNK2019',
    ],
    ['ImportError: libGL.so.1: cannot open shared object file: No such file or directory', 'python', 'ImportError'],
    [
      'tools/cgreen-runner tests/libconstraint_messages.so FailureMessage:increments_exception_count_when_throwing\n\nit gives\n\n    Running "libconstraint_messages" (1 tests)...\n    terminate called without an active exception\n    Avbruten (SIGABRT) (minnesutskrift skapad)',
      'cpp',
      'std::terminate',
    ],
    [
      "$ docker run --rm example:latest\n/example_binary: /usr/lib/x86_64-linux-gnu/libstdc++.so.6: version `GLIBCXX_3.4.32' not found (required by /example_binary)",
      'cpp',
      'version not found',
    ],
  ])('still recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });
});
