/**
 * An eighth catalog pass over C and C++, on the language: real texts whose language the engine got wrong (C answered
 * as C++, C++ as C). MSVC's warnings on .c files and its C-only warning codes, clang's implicit declarations as
 * Xcode shows them, cc1's warning about C++-only options, -fno-exceptions and -fno-rtti in headers or pasted bare,
 * __gxx_personality_v0 missing from a link made with the C driver, gcc 4.4's double-quoted unknown option.
 * Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the C / C++ family's eighth catalog pass (C or C++)", () => {
  it.each([
    [
      "etlegacy\\src\\sys\\sys_main.c(478) : warning C4013: 'Sys_SetErrorText' undefined; assuming extern returning int\netlegacy\\src\\sys\\sys_main.c(479) : warning C4013: 'Sys_ShowConsole' undefined; assuming extern returning int",
      'c',
      'C4013',
    ],
    [
      "C:\\projects\\tcpdump\\tcpdump.c(1497): warning C4013: 'wsockinit' undefined; assuming extern returning int [C:\\projects\\tcpdump\\build\\tcpdump.vcxproj]",
      'c',
      'C4013',
    ],
    [
      "vc\\v_win.c(38647): warning C4024: 'atomic_compare_exchange_strong': different types for formal and actual parameter 3\nvc\\v_win.c(38668): warning C4047: 'function': 'intptr_t *' differs in levels of indirection from 'voidptr *'\nvc\\v_win.c(38668): warning C4024: 'atomic_compare_exchange_strong': different types for formal and actual parameter 1",
      'c',
      'C4024',
    ],
    [
      ".\\runkit_import.c(141) : warning C4024: 'zend_hash_apply_with_arguments' : different types for formal and actual parameter 3\n.\\runkit_import.c(141) : warning C4047: 'function' : 'int' differs in levels of indirection from 'zend_class_entry *'\n.\\runkit_import.c(182) : warning C4013: 'ZVAL_ADDREF' undefined; assuming extern returning int",
      'c',
      'C4024',
    ],
    [
      '4>D:\\git\\my\\fork\\HyperDbg\\hyperdbg\\hprdbghv\\Kd.c(553,90): warning C4047: “=”:“PVOID”与“UINT64”的间接级别不同\n4>D:\\git\\my\\fork\\HyperDbg\\hyperdbg\\hprdbghv\\Kd.c(583,32): warning C4100: “CurrentCore”: 未引用的形参',
      'c',
      'C4047',
    ],
    [
      "D:\\projects\\libmdbx\\src\\core.c(1572,78): warning C4047: 'function': 'const MDBX_atomic_uint64_t *' differs in levels of indirection from 'int' [D:\\projects\\libmdbx\\mdbx-static.vcxproj]\n  D:\\projects\\libmdbx\\src\\core.c(1572,61): warning C4024: 'atomic_load64': different types for formal and actual parameter 1 [D:\\projects\\libmdbx\\mdbx-static.vcxproj]",
      'c',
      'C4047',
    ],
    [
      "2>C:\\Users\\vinnie\\src\\boost\\libs\\container\\src\\dlmalloc_2_8_6.c(5602,5): warning C4057: 'function': 'volatile LONG *' differs in indirection to slightly different base types from 'int *'\n2>C:\\Users\\vinnie\\src\\boost\\libs\\container\\src\\dlmalloc_2_8_6.c(5622,10): warning C4057: 'function': 'volatile LONG *' differs in indirection to slightly different base types from 'int *'",
      'c',
      'C4057',
    ],
    [
      "D:\\a\\agentrt\\agentrt\\atoms\\corekern\\src\\task\\scheduler_core.c(197,33): warning C4047: ':': 'int' differs in levels of indirection from 'atomic_void_ptr_t' [D:\\a\\agentrt\\build\\atoms\\corekern\\airy_core.vcxproj]\nD:\\a\\agentrt\\agentrt\\atoms\\corekern\\src\\task\\scheduler_core.c(217,33): warning C4047: ':': 'int' differs in levels of indirection from 'atomic_void_ptr_t' [D:\\a\\agentrt\\build\\atoms\\corekern\\airy_core.vcxproj]",
      'c',
      'C4047',
    ],
    ["warning C4047: 'function': 'volatile long *' differs in levels of indirection from 'ULONG'", 'c', 'C4047'],
    [
      "C:\\Users\\juarezr\\mvtec\\OpENer\\source\\src\\cip\\ciptcpipinterface.c(678): warning C4113: 'EipStatus (__cdecl *)(CipInstance *restrict const ,CipMessageRouterRequest *const ,CipMessageRouterResponse *const ,const sockaddr *,const CipSessionHandle)' differs in parameter lists from 'const CipServiceFunction'\n[ 50%] Building C object src/cip/CMakeFiles/CIP.dir/cipepath.c.obj\ncipepath.c\nC:\\Users\\juarezr\\mvtec\\OpENer\\source\\src\\cip\\cipepath.c(645): warning C4047: 'function': 'ENIPMessage *const ' differs in levels of indirection from 'const CipOctet **'",
      'c',
      'C4113',
    ],
    [
      '4>\\3rdParty\\LightPcapNg\\LightPcapNg\\src\\light_io.c(91,56): warning C4133: “=”: 从“light_file”到“FILE *”的类型不兼容\n4>\\3rdParty\\LightPcapNg\\LightPcapNg\\src\\light_io.c(117,34): warning C4133: “函数”: 从“FILE *”到“light_file”的类型不兼容\n4>\\3rdParty\\LightPcapNg\\LightPcapNg\\src\\light_io.c(118,32): warning C4133: “函数”: 从“FILE *”到“light_file”的类型不兼容',
      'c',
      'C4133',
    ],
    [
      "C:\\Users\\vboxuser\\source\\repos\\untitledMigrationService\\vcpkg_installed\\vcpkg\\blds\\boost-container\\src\\ost-1.83.0-6dad5460b5.clean\\src\\dlmalloc_2_8_6.c(4152): warning C4133: 'function': incompatible types - from 'int *' to 'volatile LONG *'\nC:\\Users\\vboxuser\\source\\repos\\untitledMigrationService\\vcpkg_installed\\vcpkg\\blds\\boost-container\\src\\ost-1.83.0-6dad5460b5.clean\\src\\dlmalloc_2_8_6.c(4155): warning C4133: 'function': incompatible types - from 'int *' to 'volatile LONG *'",
      'c',
      'C4133',
    ],
    [
      "mixer.c(117,2): warning C4113: 'void (__cdecl *)(mixer_voice *restrict ,int32 *restrict ,int,int,int,int,int,int,int)' differs in parameter lists from 'const MIX_FP'\nmixer.c(120,2): warning C4113: 'void (__cdecl *)(mixer_voice *restrict ,int32 *restrict ,int,int,int,int,int,int,int)' differs in parameter lists from 'const MIX_FP'",
      'c',
      'C4113',
    ],
    ["`...\\ebrowser.c(1188) : warning C4133: 'function' : incompatible types - from 'DWORD *' to 'EXPLORER_BROWSER_OPTIONS *'`", 'c', 'C4133'],
    ["> nuklear.h(18433): warning C4133: incompatible types - from 'nk_uint *' to 'nk_collapse_states *'.", 'c', 'C4133'],
    ["Warning C4133: 'function' : incompatible types - from 'wchar_t *' to 'LPCSTR'.", 'c', 'C4133'],
    [
      "/../SevenZip.swift/Sources/CsevenZip/7zCrc.c:180:9 Call to undeclared function '__crc32b'; ISO C99 and later do not support implicit function declarations",
      'c',
      'implicit declaration of function',
    ],
    [
      'declaration of function ‘get_disk’; did you mean ‘put_disk’? [-Werror=implicit-function-declaration]\n   kobj = brd ? get_disk(brd->brd_disk) : NULL;',
      'c',
      'implicit declaration of function',
    ],
    [
      'cc1: warning: command-line option ‘-fdiagnostics-show-template-tree’ is valid for C++/ObjC++ but not for C\n[2/191 8.4/sec] Building C object src/third_party/CMakeFiles/libcue.dir/libcue/rem.c.o\ncc1: warning: command-line option ‘-fdiagnostics-show-template-tree’ is valid for C++/ObjC++ but not for C',
      'c',
      'is valid for C++/ObjC++ but not for C',
    ],
    ['cc1: warning: command line option ‘-std=c++11’ is valid for C++/ObjC++ but not for C', 'c', 'is valid for C++/ObjC++ but not for C'],
    [
      "CC(target) Release/obj.target/binding/src/libsass/cencode.o\ncc1: warning: command line option '-std=c++11' is valid for C++/ObjC++ but not for C [enabled by default]\ncc1: warning: command line option '-std=c++11' is valid for C++/ObjC++ but not for C [enabled by default]",
      'c',
      'is valid for C++/ObjC++ but not for C',
    ],
    [
      "cc1: warning: command line option '-std=c++17' is valid for C++/ObjC++ but not for C\ncc1: warning: command line option '-fvisibility-inlines-hidden' is valid for C++/ObjC++ but not for C\ncc1: warning: command line option '-std=c++17' is valid for C++/ObjC++ but not for C",
      'c',
      'is valid for C++/ObjC++ but not for C',
    ],
    ["warning: command line option '-std=gnu++11' is valid for C++/ObjC++ but not for C .", 'c', 'is valid for C++/ObjC++ but not for C'],
    [
      '"C:\\Users\\David\\Documents\\Arduino\\libraries\\ArduinoSTL\\extras\\uClibc++-OriginalFiles\\tests\\testframework.h:32:3: error: exception handling disabled, use -fexceptions to enable\n   catch (...) {\n   ^\nmake: *** [ArduinoSTL\\extras\\uClibc++-OriginalFiles\\tests/subdir.mk:98: ArduinoSTL\\extras\\uClibc++-OriginalFiles\\tests\\algotest.cpp.o] Error 1"',
      'cpp',
      'exception handling disabled',
    ],
    ["error: exception handling disabled, use '-fexceptions' to enable", 'cpp', 'exception handling disabled'],
    [
      '/Volumes/Data/UnrealProjects/DevelopmentUtil/Plugins/Poco/Source/Poco/Poco/include/Poco/Dynamic/VarHolder.h:2032:10: error: use of typeid requires -frtti\n                return typeid(bool);\n                       ^\n/Volumes/Data/UnrealProjects/DevelopmentUtil/Plugins/Poco/Source/Poco/Poco/include/Poco/Dynamic/VarHolder.h:2182:10: error: use of typeid requires -frtti\n                return typeid(float);\n                       ^',
      'cpp',
      'use of typeid requires -frtti',
    ],
    ['In file included from :1:\n:2:1: error: cannot use typeid with -fno-rtti', 'cpp', 'cannot use typeid with -fno-rtti'],
    [
      "C:\\Users\\XxX\\Desktop\\esp8266-intexsbh20-1.0.3.3\\esp8266-intexsbh20\\esp8266-intexsbh20.ino: In function 'void setup()':\nesp8266-intexsbh20:145:31: error: exception handling disabled, use -fexceptions to enable\n     catch (std::runtime_error re)\n                               ^\nesp8266-intexsbh20:147:22: error: 're' was not declared in this scope\n       Serial.println(re.what());\n                      ^\nexit status 1\nexception handling disabled, use -fexceptions to enable",
      'cpp',
      'exception handling disabled',
    ],
    ["'exception handling disabled, use -fexceptions to enable'", 'cpp', 'exception handling disabled'],
    [
      '/usr/bin/ld : mps_printer.o:(.data.rel.local.DW.ref.__gxx_personality_v0[DW.ref.__gxx_personality_v0]+0x0) : référence indéfinie vers « __gxx_personality_v0 »',
      'cpp',
      'undefined reference',
    ],
    [
      "/tmp/ccr1iTvq.o:(.eh_frame+0x2eb): undefined reference to `__gxx_personality_v0'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      'C:\\Program Files (x86)\\MSBuild\\Microsoft.Cpp\\v4.0\\V140\\Application Type\\Linux\\1.0\\Linux.Common.targets(245,5): warning : command line option "-fthreadsafe-statics" is valid for C++/ObjC++ but not for C\n\nC:\\Program Files (x86)\\MSBuild\\Microsoft.Cpp\\v4.0\\V140\\Application Type\\Linux\\1.0\\Linux.Common.targets(245,5): warning : command line option "-frtti" is valid for C++/ObjC++ but not for C',
      'c',
      'is valid for C++/ObjC++ but not for C',
    ],
    ['"cc1: warning: command line option ‘-fno-rtti’ is valid for C++/ObjC++\nbut not for C"', 'c', 'is valid for C++/ObjC++ but not for C'],
    ['cc1: warning: command-line option ‘-Wextra-semi’ is valid for C++/ObjC++ but not for C', 'c', 'is valid for C++/ObjC++ but not for C'],
    ["warning : command line option '-std=c11' is valid for C/ObjC but not for C++", 'cpp', 'is valid for C/ObjC but not for C++'],
    ['cc1plus: error: unrecognized command line option "-std=c++11"', 'cpp', 'unrecognized command-line option'],
    [
      '[  2%] Building CXX object CMakeFiles/fasttext-static.dir/src/args.cc.o\ncc1plus: error: unrecognized command line option "-std=c++11"\nmake[2]: *** [CMakeFiles/fasttext-static.dir/src/args.cc.o] Error 1\nmake[1]: *** [CMakeFiles/fasttext-static.dir/all] Error 2\nmake: *** [all] Error 2',
      'cpp',
      'unrecognized command-line option',
    ],
    [
      'cc1plus: error: unrecognized command line option "-std=c++11"\nmake[2]: **\\* [core/CMakeFiles/graphite_core.dir/util/Params.cpp.o] Error 1\nmake[1]: **\\* [core/CMakeFiles/graphite_core.dir/all] Error 2',
      'cpp',
      'unrecognized command-line option',
    ],
    ['cc1plus: error: unrecognized command line option "-std=gnu++0x"', 'cpp', 'unrecognized command-line option'],
    [
      '/usr/bin/make64 MAC=64\n[  8%] Building CXX object src/base/CMakeFiles/base.dir/utils.cpp.o\ncc1plus: error: unrecognized command line option "-std=c++11"\ncc1plus: error: unrecognized command line option "-std=c++11"\nmake64[2]: **\\* [src/base/CMakeFiles/base.dir/utils.cpp.o] Error 1',
      'cpp',
      'unrecognized command-line option',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ["CNodeBase.cpp(532): error C2065: 'g_crValue': undeclared identifier", 'cpp', 'C2065'],
    [
      "Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tC2143\tsyntax error: missing ';' before '*' (compiling source file Cheat\\Client.cpp)\tsmef_indigo\tC:\\Users\\Rohan\\Downloads\\smefs-Indigo-Remastered-master\\smefs-Indigo-Remastered-master\\INDIGO\\Engine\\Render.h\t61",
      'cpp',
      'C2143',
    ],
    ["1>..\\..\\src\\libpocketsphinx\\fsg_history.c(303): error C2143: syntax error : missing ';' before 'type'", 'c', 'C2143'],
    [
      "rec/pty.c:211:13: error: call to undeclared function 'forkpty'; ISO C99 and later do not support implicit function declarations [-Wimplicit-function-declaration]\n    switch (forkpty(&fd,0,0,(sx&&sy)?&ws:0))\n            ^\n1 error generated.\nmake[1]: *** [rec/pty.o] Error 1",
      'c',
      'implicit declaration of function',
    ],
    [
      '/usr/include/vmime/utility/parserInputStreamAdapter.hpp:87:10: error: exception handling disabled, use -fexceptions to enable',
      'cpp',
      'exception handling disabled',
    ],
    [
      "CMakeFiles/csgo_downloadfixer.dir/main.cpp.o:(.eh_frame+0x20b): undefined reference to `__gxx_personality_v0'\ncollect2: error: ld returned 1 exit status",
      'cpp',
      'undefined reference',
    ],
    [
      '[ERROR] (1).\\ProcessHacker\\srvprp.c (289,108): error C2220: the following warning is treated as an error [.\\ProcessHacker\\ProcessHacker.vcxproj]\n.\\ProcessHacker\\srvprp.c (289,108): warning C4133: function: incompatible types - "PPH_STRINGREF" to "PWSTR" [.\\ProcessHacker\\ProcessHacker.vcxproj]',
      'c',
      'C2220',
    ],
    [
      "Z:\\4coder\\4coder\\custom\\4coder_fleury\\4coder_fleury_lego.h(20): error C3646: 'string': unknown override specifier\nZ:\\4coder\\4coder\\custom\\4coder_fleury\\4coder_fleury_lego.h(20): error C4430: missing type specifier - int assumed. Note: C++ does not support default-int",
      'cpp',
      'C3646',
    ],
    [
      "src/eufind_main.c:106:21: error: implicit declaration of function 'getopt' is invalid in C99 [-Werror,-Wimplicit-function-declaration]\n  while ((optchar = getopt(argc, argv, OPTIONS)) != -1)\n                    ^",
      'c',
      'implicit declaration of function',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the eighth pass names what the message is about', () => {
  it('links with the C++ driver when __gxx_personality_v0 is missing', () => {
    expect(
      fixText("/tmp/ccr1iTvq.o:(.eh_frame+0x2eb): undefined reference to `__gxx_personality_v0'\ncollect2: error: ld returned 1 exit status"),
    ).toContain('g++');
  });

  it('restricts the C++-only option cc1 warned about to C++ sources', () => {
    expect(fixText('cc1: warning: command-line option ‘-Wextra-semi’ is valid for C++/ObjC++ but not for C')).toContain(
      '$<$<COMPILE_LANGUAGE:CXX>:-Wextra-semi>',
    );
  });
});
