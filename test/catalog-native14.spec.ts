/**
 * An eleventh-round (fourteenth) catalog pass over C and C++ as modern compilers and Apple/LLVM toolchains print it:
 * g++ and clang in templates, concepts ("constraints not satisfied", a static_assert on a concept, gcc's
 * -Wmissing-requires, MSVC's C7602), constexpr ("is not a constant expression", gcc's older "is not a
 * constant-expression", "is not usable in a constant expression", French), ranges (no member named 'ranges' or
 * 'find' in namespace 'std::ranges', MSVC's C2039 as its Error List copies it), coroutines (missing
 * std::coroutine_traits, MSVC's C7651 and C3773), modules (module 'std' not found, could not build module),
 * structured bindings, auto deduction (a deduced return type used before its definition, MSVC's C3779, an auto
 * variable without an initializer), "use of deleted function" in clang's words (call to implicitly-deleted copy
 * constructor, also inside a standard header and as an IDE's "In template:" line), -Wdefaulted-function-deleted,
 * -Wdeprecated-copy, incomplete types, ambiguous overloads (also gcc 2's), narrowing; Xcode's ld64 ("Undefined
 * symbols for architecture arm64", "library not found for -l", "framework not found", "file not found", "building for
 * iOS Simulator, but linking in object file built for iOS", also broken over lines), ld.lld and mold undefined symbols;
 * CMake ("Could NOT find Boost", "Could not find a package configuration file", "No CMAKE_CXX_COMPILER could be found",
 * C's before C++'s, target_link_libraries on a target not built by this project, wrapped or in VS Code's JSON),
 * vcpkg's BUILD_FAILED (a C++ library's port is C++'s) and Conan's missing prebuilt package. The last group are
 * nearby texts that were already right, as guards. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the C and C++ family's fourteenth catalog pass", () => {
  it.each([
    [
      'Undefined symbols for architecture arm64:\n  "gambatte::Memory::nontrivial_write(unsigned int, unsigned int, unsigned long)", referenced from:\n      gambatte::Memory::write(unsigned int, unsigned int, unsigned long) in interrupter.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'cpp',
      'undefined reference',
    ],
    [
      'Undefined symbols for architecture arm64:\n  "___muloti4", referenced from:\n      _reallocarray in cc-8da2a4.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)\nmake: *** [build/Pongo] Error 1',
      'c',
      'undefined reference',
    ],
    [
      'Undefined symbols for architecture arm64:\n\n  "_io_service_get_matching_services_bin", referenced from:\n      _exploit in exploit.o\n  "_io_service_open_extended", referenced from:\n      _leak_kernel_base in exploit.o\n      _insert_payload in exploit.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      '==> Linking tweak pccontrol (arm64)\nld: warning: directory not found for option \'-F/Applications/Xcode.app/Contents/Developer/Platforms/iPhoneOS.platform/Developer/SDKs/iPhoneOS14.5.sdk/System/Library/PrivateFrameworks\'\nUndefined symbols for architecture arm64:\n  "processTask(unsigned char*, __CFWriteStream*)", referenced from:\n      ____ZL10readStreamP14__CFReadStreammPv_block_invoke in SocketServer.xm.473b1163.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'cpp',
      'undefined reference',
    ],
    [
      'ld: warning: object file (/Users/Hellengo/vodka.ios/Frameworks/UMOnlineConfig/libUMOnlineConfig.a(OCUtil.o)) was built for newer iOS version (9.0) than being linked (8.0)\nld: warning: object file (/Users/Hellengo/vodka.ios/Frameworks/UMOnlineConfig/libUMOnlineConfig.a(UMOnlineConfig.o)) was built for newer iOS version (9.0) than being linked (8.0)\nUndefined symbols for architecture arm64:\n  "func_initGT()", referenced from:\n      -[AppDelegate application:didFinishLaunchingWithOptions:] in AppDelegate.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'cpp',
      'undefined reference',
    ],
    [
      '      _index_group_distribute in index.o\n      _index_group_list_perfect in index.o\nld: symbol(s) not found for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      "In libcurl-ios-dist/lib/libcurl.a(libcurl_la-file.o), building for iOS Simulator, but linking in object file built for iOS, file 'libcurl-ios-dist/lib/libcurl.a' for architecture arm64",
      'c',
      'attempting to link with file built for',
    ],
    [
      'ld: in /Users/pengliping/Desktop/PAPP/VKIntlProperty/Pods/YYKit/Vendor/WebP.framework/WebP(libwebpencode_la-config.o), building for iOS Simulator, but linking in object file built for iOS, for architecture arm64',
      'c',
      'attempting to link with file built for',
    ],
    [
      "In <path>/Pods/XbICalendar/libical/lib/libical.a(icalderivedproperty.c.o), building for iOS Simulator, but linking in object file built for iOS, file '<path>/Pods/XbICalendar/libical/lib/libical.a' for architecture arm64",
      'c',
      'attempting to link with file built for',
    ],
    [
      'ld: in .../DerivedData/Blockzilla-hauvbqqyspuygldguczstwphcbba/Build/Products/FocusDebug-iphonesimulator\n/MozillaRustComponents.framework/MozillaRustComponents(unix.o), building for iOS Simulator, but linking in\nobject file built for iOS, for architecture arm64',
      'c',
      'attempting to link with file built for',
    ],
    [
      "ld: in /Users/<redacted>/Documents/Projects/<redacted>/Pods/ACPAnalytics/libACPAnalytics_iOS.a(ACPAnalytics.o), building for iOS Simulator, but linking in object file built for iOS, file '/Users/<redacted>/Documents/Projects/<redacted>/Pods/ACPAnalytics/libACPAnalytics_iOS.a' for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)\n\n** BUILD FAILED **",
      'c',
      'attempting to link with file built for',
    ],
    [
      "ld: building for iOS Simulator, but linking in object file built for iOS, file '/Users/yxb/reactNativeCode/hfperson_app/trunk/ios/Pods/mob_sharesdk/ShareSDK/Support/PlatformConnector/CopyConnector.framework/CopyConnector' for architecture arm64\nclang: error: linker command failed with exit code 1 (use -v to see invocation)",
      'c',
      'attempting to link with file built for',
    ],
    [
      "/usr/bin/../lib64/gcc/x86_64-suse-linux/8/../../../../include/c++/8/optional:567:9: error: call to implicitly-deleted copy constructor of\n      'std::_Optional_payload<acid::Transform, true, false, false>'\n      : _Optional_payload(__engaged ?\n        ^                 ~~~~~~~~~~~\n/usr/bin/../lib64/gcc/x86_64-suse-linux/8/../../../../include/c++/8/optional:733:4: note: in instantiation of member function\n      'std::_Optional_payload<acid::Transform, true, false, false>::_Optional_payload' requested here\n        : _M_payload(__other._M_payload._M_engaged,\n          ^",
      'cpp',
      'use of deleted function',
    ],
    [
      "[ 74%] Building CXX object Rez/CMakeFiles/RezLib.dir/RezParser.generated.cc.o\nIn file included from /Users/XXXXXX/Documents/Classic_Computers/Mac_dev/Retro68/Retro68-build/build-host/Rez/RezParser.generated.cc:40:\nRezParser.yy:121:52: error: call to implicitly-deleted copy constructor of 'yy::RezParser::symbol_type'\n      (aka 'basic_symbol<yy::RezParser::by_type>')\n                RezSymbol(const yy::RezParser::symbol_type& x) : yy::RezParser::symbol_type(x) {}\n                                                                 ^                          ~\n/Users/XXXXXX/Documents/Classic_Computers/Mac_dev/Retro68/Retro68-build/build-host/Rez/RezParser.generated.hh:679:7: note: copy constructor is implicitly deleted because 'basic_symbol<yy::RezParser::by_type>' has a user-declared move constructor basic_symbol (YY_RVREF (basic_symbol) other);\n      ^\n1 error generated.\ngmake[2]: *** [Rez/CMakeFiles/RezLib.dir/build.make:79: Rez/CMakeFiles/RezLib.dir/RezParser.generated.cc.o] Error 1",
      'cpp',
      'use of deleted function',
    ],
    [
      "/exps/swift/swift/include/swift/Sema/TypeCheckRequestKinds.def:29:1: error: call to implicitly-deleted copy constructor of 'swift::TypeCheckRequest'\nTYPE_CHECK_REQUEST(QualifiedLookupInDeclContext, DeclContextLookup)\n^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n/exps/swift/swift/include/swift/Sema/TypeCheckRequest.h:154:10: note: expanded from macro 'TYPE_CHECK_REQUEST'\n  return TypeCheckRequest(TypeCheckRequest::Request, payload);                 \\\n         ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n/exps/swift/swift/include/swift/Sema/TypeCheckRequest.h:79:5: note: copy constructor of 'TypeCheckRequest' is implicitly deleted because field 'Payload' has a deleted copy constructor",
      'cpp',
      'use of deleted function',
    ],
    [
      "#26 146.5 In file included from /usr/bin/../lib/gcc/x86_64-linux-gnu/6.3.0/../../../../include/c++/6.3.0/bits/stl_tempbuf.h:60:\n#26 146.5 /usr/bin/../lib/gcc/x86_64-linux-gnu/6.3.0/../../../../include/c++/6.3.0/bits/stl_construct.h:75:38: error: call to implicitly-deleted copy constructor of 'std::pair<llvm::MachO::Architecture, tapi::internal::API>'\n#26 146.5     { ::new(static_cast<void*>(__p)) _T1(std::forward<_Args>(__args)...); }\n#26 146.5                                      ^   ~~~~~~~~~~~~~~~~~~~~~~~~~~~",
      'cpp',
      'use of deleted function',
    ],
    [
      "In template: call to implicitly-deleted copy constructor of 'zstr::ifstream' error occurred here \nin instantiation of member function 'csv::internals::StreamParser<zstr::ifstream>::StreamParser' requested here \nin instantiation of function template specialization 'csv::CSVReader::CSVReader<zstr::ifstream, 0>' requested here \ncopy constructor of 'ifstream' is implicitly deleted because base \nclass 'detail::strict_fstream_holder<strict_fstream::ifstream>' has a deleted copy constructor ",
      'cpp',
      'use of deleted function',
    ],
    [
      "aws-iot-device-sdk-cpp/cli/../include/mqtt/Subscribe.hpp:50:13: error: explicitly defaulted copy constructor is implicitly deleted\n      [-Werror,-Wdefaulted-function-deleted]\n            SubscribePacket(const SubscribePacket &) = default;\n            ^\naws-iot-device-sdk-cpp/cli/../include/mqtt/Subscribe.hpp:39:33: note: copy constructor of 'SubscribePacket' is implicitly deleted\n      because base class 'awsiotsdk::mqtt::Packet' has a deleted copy constructor",
      'cpp',
      'defaulted-function-deleted',
    ],
    [
      "/usr/local/mailio/include/mailio/dialog.hpp:213:5: warning: explicitly defaulted copy constructor is implicitly deleted [-Wdefaulted-function-deleted]\n    dialog_ssl(const dialog_ssl&) = default;\n    ^\n/usr/local/mailio/include/mailio/dialog.hpp:196:20: note: copy constructor of 'dialog_ssl' is implicitly deleted because base class 'mailio::dialog' has a deleted copy constructor\nclass dialog_ssl : public dialog\n                   ^",
      'cpp',
      'defaulted-function-deleted',
    ],
    [
      "In file included from <snip>/actionlib/include/actionlib/client/simple_action_client.h:47:\nIn file included from <snip>/actionlib/include/actionlib/client/action_client.h:38:\nIn file included from <snip>/actionlib/include/actionlib/client/client_helpers.h:47:\n/<snip>actionlib/include/actionlib/managed_list.h:130:14: error: definition of implicit copy constructor for 'Handle' is deprecated because it has a user-declared copy assignment operator [-Werror,-Wdeprecated-copy]\n    Handle & operator=(const Handle & rhs)\n             ^",
      'cpp',
      'is deprecated',
    ],
    [
      '../../evo/../tools/functions.h: In function ‘constexpr bool emp::toggle(bool&)’:\n../../evo/../tools/functions.h:37:79: error: expression ‘(in_bool = (! in_bool))’ is not a constant-expression\n   inline constexpr bool toggle(bool & in_bool) { return (in_bool = !in_bool); }',
      'cpp',
      'not a constant expression',
    ],
    [
      "Built object obj/blood/config.o \nsource/blood/src/controls.cpp: In function 'void ctrlGetInput()':\nsource/blood/src/controls.cpp:578:50: error: '(1.156e+3 / 6.0e+1)' is not a constant expression\n         CONSTEXPR double lookStepUp = 4.0*upAngle/60.0;\n                                       ~~~~~~~~~~~^~~~~\nsource/blood/src/controls.cpp:579:55: error: '(1.388e+3 / 6.0e+1)' is not a constant expression\n         CONSTEXPR double lookStepDown = -4.0*downAngle/60.0;\n                                         ~~~~~~~~~~~~~~^~~~~\nmake: *** [GNUmakefile:845: obj/blood/controls.o] Error 1",
      'cpp',
      'not a constant expression',
    ],
    [
      "mecacell/utilities/config.hpp:16:65: erreur: « (4.0e+1 / 1.0e+3) » n'est pas une expression constante\n   16 |  static constexpr num_t DEFAULT_CELL_MASS = DEFAULT_CELL_RADIUS / 1000.0;",
      'cpp',
      'not a constant expression',
    ],
    [
      '../include/parallel_hashmap/phmap.h: In function ‘size_t phmap::container_internal::CapacityToGrowth(size_t)’:\n/home/minit/nano-tools/include/parallel_hashmap/phmap_config.h:634:58: error: ‘capacity’ is not a constant expression\n     #define PHMAP_IF_CONSTEXPR(expr) if constexpr ((expr))\n                                                          \n../include/parallel_hashmap/phmap.h:499:5: note: in expansion of macro ‘PHMAP_IF_CONSTEXPR’\n     PHMAP_IF_CONSTEXPR (Group::kWidth == 8 && capacity == 7) {\n     ^~~~~~~~~~~~~~~~~~',
      'cpp',
      'not a constant expression',
    ],
    [
      'include/internal/data_type.h:224:9: error: the value of ‘csv::internals::CSV_INT8_MAX’ is not usable in a constant expression',
      'cpp',
      'not a constant expression',
    ],
    [
      'plot/color.hpp:69:21: error: constexpr function never produces a constant expression [-Winvalid-constexpr]\n    constexpr float distance(Color const& other) const {',
      'cpp',
      'never produces a constant expression',
    ],
    [
      '  Could not find a package configuration file provided by "CEF" with any of\n  the following names:\n\n    CEFConfig.cmake\n    cef-config.cmake\n  Add the installation prefix of "CEF" to CMAKE_PREFIX_PATH or set "CEF_DIR"\n  to a directory containing one of the above files.  If "CEF" provides a\n  separate development package or SDK, be sure it has been installed.',
      'cpp',
      'could not find package',
    ],
    [
      '-- Not using resources since mrc was not found\nCMake Error at CMakeLists.txt:106 (find_package):\n  By not providing "Findlibmcfp.cmake" in CMAKE_MODULE_PATH this project has\n  asked CMake to find a package configuration file provided by "libmcfp", but\n  CMake did not find one.\n\n  Could not find a package configuration file provided by "libmcfp" with any\n  of the following names:\n\n    libmcfpConfig.cmake\n    libmcfp-config.cmake',
      'cpp',
      'could not find package',
    ],
    [
      'ninja: build stopped: subcommand failed.\nCMake Error at cmake/GetPGM.cmake:39 (find_package):\n  Could not find a package configuration file provided by "PGM" with any of\n  the following names:\n\n    PGMConfig.cmake\n    pgm-config.cmake',
      'cpp',
      'could not find package',
    ],
    [
      'Could not find a package configuration file provided by "YCM" (requested\nversion 0.11.0) with any of the following names:\n\nYCMConfig.cmake\nycm-config.cmake\n\nAdd the installation prefix of "YCM" to CMAKE_PREFIX_PATH or set "YCM_DIR"\nto a directory containing one of the above files. If "YCM" provides a\nseparate development package or SDK, be sure it has been installed.\n\n-- Configuring incomplete, errors occurred!',
      'cpp',
      'could not find package',
    ],
    [
      'Could not find a package configuration file provided by "alpm_octopi_utils"\nwith any of the following names\n\n   alpm_octopi_utilsConfig.cmake\n   alpm_octopi_utils-config.cmake',
      'cpp',
      'could not find package',
    ],
    [
      '/home/jalospinoso/concepts/main.cpp: In function ‘int main()’:\n/home/jalospinoso/concepts/main.cpp:7:9: error: invalid reference to function concept ‘template<class T> concept bool origin::Ordered()’\n   foo(10);\n         ^\n/home/jalospinoso/concepts/main.cpp:7:9: error: cannot call function ‘void foo(auto:1) [with auto:1 = int]’\n/home/jalospinoso/concepts/main.cpp:3:6: note:   constraints not satisfied\n void foo(origin::Number x) { }\n      ^~~',
      'cpp',
      'invalid reference to function concept',
    ],
    [
      "1>------ Build started: Project: series_00, Configuration: Release x64 ------\n1>series_00.cpp\n1>D:\\Dev\\Astronomy\\obake\\test\\series_00.cpp(881,1): error C7602: 'obake::series': the associated constraints are not satisfied\n1>D:\\Dev\\Astronomy\\obake\\include\\obake/series.hpp(668): message : see declaration of 'obake::series'",
      'cpp',
      'C7602',
    ],
    [
      "<source>:14:5: error: no matching function for call to 'foo'\n    foo(42);\n    ^~~\n<source>:10:24: note: candidate template ignored: constraints not satisfied [with T = int]\ntemplate<class T> void foo(T t) requires (True<T> || Irrelevant<T>) && False<T> { }\n                       ^\n<source>:10:72: note: because 'int' does not satisfy 'False'\ntemplate<class T> void foo(T t) requires (True<T> || Irrelevant<T>) && False<T> { }\n                                                                       ^\n<source>:5:17: note: because 'false' evaluated to false\nconcept False = false;\n                ^",
      'cpp',
      'no matching function for call',
    ],
    [
      "<source>:19:1: error: static assertion failed\nstatic_assert(c<t>);\n^             ~~~~\n<source>:19:15: note: because 't' does not satisfy 'c'\nstatic_assert(c<t>);\n              ^\n<source>:16:14: note: because 't.b()' would be invalid: constraint variable 't' cannot be used in an evaluated context\n    requires t.b();\n             ^",
      'cpp',
      'static assertion failed',
    ],
    [
      '/seqan3/include/seqan3/utility/concept/exposition_only/core_language.hpp:59:5: error: testing if a concept-id is a valid expression; add ‘requires’ to check satisfaction [-Werror=missing-requires]\n   59 |     std::convertible_to<decltype(v1 <  v2), bool>;\n      |     ^\n      |     requires',
      'cpp',
      'testing if a concept-id is a valid expression',
    ],
    [
      "ld: warning: directory not found for option '-L/opt/X11/lib'\nld: warning: directory not found for option '-L/opt/local/lib'\nld: library not found for -lglut\nclang: error: linker command failed with exit code 1 (use -v to see invocation)",
      'c',
      'cannot find -l',
    ],
    ['ld: library not found for -llo\nclang: error: linker command failed with exit code 1 (use -v to see invocation)', 'c', 'cannot find -l'],
    [
      'ld: library not found for -lXnDDK\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'cannot find -l',
    ],
    ['ld: library not found for -lPods clang: error: linker command failed with exit code 1 (use -v to see invocation)', 'c', 'cannot find -l'],
    [
      'ld: library not found for -liPhone-lib\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'cannot find -l',
    ],
    [
      'ld: library not found for -lTBXML-iOS\nCommand /Developer/Platforms/iPhoneSimulator.platform/Developer/usr/bin/clang failed with exit code 1',
      'c',
      'cannot find -l',
    ],
    [
      'ld: library not found for -lPods-SBShazamScrobbler\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'cannot find -l',
    ],
    [
      'ld: framework not found Reveal\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'framework not found',
    ],
    [
      'ld: file not found: /Users/yo/Library/Developer/Xcode/DerivedData/FreeTamilEbook-apujhcbxqtkxjegtbslsegiusyvz/Build/Products/Debug-iphonesimulator/FreeTamilEbook.app/FreeTamilEbook\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'file not found',
    ],
    ['ld.lld: error: undefined symbol: ex\n>>> referenced by a.c\n>>>               /tmp/a-0e7dc8.o:(p)', 'c', 'undefined reference'],
    [
      '[15/479] Linking CXX executable bin/rr\n...\nld.lld: error: undefined symbol: rr::Command::print_help_all(_IO_FILE*)\n>>> referenced by main.cc\n>>>               CMakeFiles/rr.dir/src/main.cc.o:(rr::print_usage(_IO_FILE*))\n>>> referenced by main.cc\n>>>               CMakeFiles/rr.dir/src/main.cc.o:(rr::list_commands(_IO_FILE*))',
      'cpp',
      'undefined reference',
    ],
    [
      'ld.lld: error: undefined symbol: errx\n>>> referenced by font.c\n>>>               a-font.o:(load_font) in archive ./libi3.a\n>>> referenced by font.c\n>>>               a-font.o:(load_font) in archive ./libi3.a\n>>> referenced 1 more times',
      'c',
      'undefined reference',
    ],
    [
      'myadmin@DESKTOP-D2TJPRF:~/mikanos/kernel$ ld.lld --entry KernelMain -z norelro --image-base 0x100000 --static -o kernel.elf main.o\nld.lld: error: undefined symbol: vsprintf\n>>> referenced by main.cpp:48\n>>>               main.o:(printk(char const*, ...))\n\nld.lld: error: undefined symbol: console\n>>> referenced by main.cpp:51\n>>>               main.o:(printk(char const*, ...))',
      'cpp',
      'undefined reference',
    ],
    [
      '$ clang hello.o -static -fuse-ld=lld\nld.lld: error: undefined symbol: puts\n>>> referenced by hello.o:(.text+0xC)\n>>> did you mean: fputs\n>>> defined in: /lib/x86_64-linux-gnu/libc.a(iofputs.o)\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      'ld.lld: error: undefined symbol: Eigen::Matrix<double, 2, 1, 0, 2, 1>::Matrix()\n>>> referenced by foo.cpp\n>>>               foo.pic.o\n>>> did you mean: Eigen::Matrix<double, 2, 1, 0, 2, 1>::Matrix()\n>>> defined in: bar.a',
      'cpp',
      'undefined reference',
    ],
    [
      'ld.lld: error: /lib/x86_64-linux-gnu/libunwind-ptrace.so: undefined reference to lzma_stream_buffer_decode [--no-allow-shlib-undefined]\nld.lld: error: /lib/x86_64-linux-gnu/libunwind-ptrace.so: undefined reference to lzma_index_uncompressed_size [--no-allow-shlib-undefined]\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'c',
      'undefined reference',
    ],
    [
      "ld.lld: error: version script assignment of 'UUID_2.40' to symbol 'uuid_time64' failed: symbol not defined\nclang: error: linker command failed with exit code 1 (use -v to see invocation)\nmake[2]: *** [Makefile:8264: libuuid.la] Error 1\nmake[2]: *** Waiting for unfinished jobs....",
      'c',
      'version script assignment failed',
    ],
    [
      'mold: undefined symbol: src/CMakeFiles/mudlet.dir/ctelnet.cpp.o: std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >::~basic_string()\nmold: undefined symbol: src/CMakeFiles/mudlet.dir/dlgComposer.cpp.o: operator new(unsigned long)\nmold: undefined symbol: 3rdparty/communi/libcommuni.a(ircconnection.cpp.o): operator delete(void*)',
      'cpp',
      'undefined reference',
    ],
    [
      'mold: error: undefined symbol: src/amd/vulkan/libvulkan_radeon.so.p/radv_llvm_helper.cpp.o: _TLS_MODULE_BASE_',
      'cpp',
      'undefined reference',
    ],
    [
      'mold: error: undefined symbol: mold::MappedFile<mold::elf::Context<mold::elf::X86_64> >* mold::elf::open_library<mold::elf::X86_64>(mold::elf::Context<mold::elf::X86_64>&, std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >)\n>>> referenced by linker-script.cc.X86_64.cc\n>>>               /tmp/lto-llvm-d8ec7e.o:(mold::MappedFile<mold::elf::Context<mold::elf::X86_64> >* mold::elf::resolve_path<mold::elf::X86_64>(mold::elf::Context<mold::elf::X86_64>&, std::basic_string_view<char, std::char_traits<char> >))',
      'cpp',
      'undefined reference',
    ],
    [
      '$ g++ main.cpp -fuse-ld=mold\nmold: error: undefined symbol: ns::versionv\n>>> referenced by main.cpp\n>>>               /tmp/ccdckvbd.o:(main)\ncollect2: error: ld returned 1 exit status',
      'cpp',
      'undefined reference',
    ],
    [
      'mold: error: undefined symbol: xmlLastError\n>>> referenced by globals.c\n>>>               path/to/libxml2/globals.pic.o:(__xmlLastError)\ncollect2: error: ld returned 1 exit status',
      'c',
      'undefined reference',
    ],
    [' 0:02.44 mold: undefined symbol: Unified_c_external_nspr_pr1.o: environ', 'c', 'undefined reference'],
    ["error: coroutines require a traits template; cannot find 'std::coroutine_traits'", 'cpp', 'coroutines require a traits template'],
    [
      "FAILED: examples/basics/CMakeFiles/await-sync-string.dir/await-sync-string.cpp.o \nIn file included from /usr/ports/pobj/qcoro-0.9.0/qcoro-0.9.0/examples/basics/await-sync-string.cpp:5:\n/usr/ports/pobj/qcoro-0.9.0/qcoro-0.9.0/qcoro/coroutine.h:97:1: error: std::coroutine_traits isn't a class template\nusing coroutine_traits = std::experimental::coroutine_traits<R, ArgTypes ...>;\n^",
      'cpp',
      "isn't a class template",
    ],
    [
      "buildtrees\\coroutine\\src\\1.5.0-36192178c9.clean\\modules\\portable\\frame.cpp(136): error C7651: __builtin_coro_resume cannot be used with /await. Use '/std:c++latest' or later for standard coroutine support\nbuildtrees\\coroutine\\src\\1.5.0-36192178c9.clean\\modules\\portable\\frame.cpp(144): error C7651: __builtin_coro_destroy cannot be used with /await. Use '/std:c++latest' or later for standard coroutine support",
      'cpp',
      'C7651',
    ],
    [
      "Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tC3773\tUse of 'co_await' in this context is a non-conforming extension in C++20\tthreads\tC:\\vcpkg\\installed\\x64-windows\\include\\cppcoro\\task.hpp\t412\t",
      'cpp',
      'C3773',
    ],
    [
      '/media/portable/Projects/src/lafarren-image-completer/src/priority-bp/impl/Mask.cpp:138: error: invalid use of incomplete type ‘struct PriorityBp::MaskInternal’\n/media/portable/Projects/src/lafarren-image-completer/src/priority-bp/impl/Mask.h:128: error: forward declaration of ‘struct PriorityBp::MaskInternal’',
      'cpp',
      'incomplete type',
    ],
    [
      ' In file included from src/common/test.h:11:0,\n                 from src/common/test.cpp:8:\nHElib/src/Ctxt.h: In member function ‘void Ctxt::addConstantCKKS(double)’:\nHElib/src/Ctxt.h:385:69: error: invalid use of incomplete type ‘const class FHEcontext’\n     addConstantCKKS(rationalApprox(x, /*denomBound=*/1<<getContext().alMod.getR()));\n                                                                     ^\nHElib/src/DoubleCRT.h:23:7: note: forward declaration of ‘class FHEcontext’\n class FHEcontext;\n       ^',
      'cpp',
      'incomplete type',
    ],
    [
      '/gpfs/bbp.cscs.ch/home/kumbhar/tmp/nrn/src/nrniv/../parallel/bbsdirectmpi.cpp: In constructor ‘BBSDirect::BBSDirect()’:\n/gpfs/bbp.cscs.ch/home/kumbhar/tmp/nrn/src/nrniv/../parallel/bbsdirectmpi.cpp:48:27: error: invalid use of incomplete type ‘class KeepArgs’\n   48 |  keepargs_ = new KeepArgs();\n      |                           ^\n/gpfs/bbp.cscs.ch/home/kumbhar/tmp/nrn/src/nrniv/../parallel/bbsdirectmpi.cpp:35:7: note: forward declaration of ‘class KeepArgs’\n   35 | class KeepArgs : public map<int, bbsmpibuf*, ltint>{};\n      |       ^~~~~~~~',
      'cpp',
      'incomplete type',
    ],
    [
      'ControlPointProxy.h:19:11: error: forward declaration of ‘class OpenHome::Net::CpProxyAvOpenhomeOrgReceiver1’\n     class CpProxyAvOpenhomeOrgReceiver1;\n           ^\nControlPointProxy.cpp:497:27: error: invalid use of incomplete type ‘class OpenHome::Net::CpProxyAvOpenhomeOrgReceiver1’\n             iReceiverProxy->SyncStop();\n                           ^',
      'cpp',
      'incomplete type',
    ],
    [
      "/Users/spaceim/.conan2/p/b/iphre314b3c0cfc600/b/src/src/phreeqcpp/global_structures.h:383:20: note: forward declaration of 'inv_isotope'\n        std::vector<class inv_isotope> isotopes;\n                          ^\nIn file included from /Users/spaceim/.conan2/p/b/iphre314b3c0cfc600/b/src/src/phreeqcpp/cl1.cpp:5:\n/Applications/Xcode.app/Contents/Developer/Platforms/MacOSX.platform/Developer/SDKs/MacOSX.sdk/usr/include/c++/v1/vector:607:52: error: arithmetic on a pointer to an incomplete type 'inv_isotope'\n        {return static_cast<size_type>(__end_cap() - this->__begin_);}\n                                       ~~~~~~~~~~~ ^",
      'cpp',
      'incomplete type',
    ],
    [
      "box.cc:4155:15: error: no member named 'ranges' in namespace 'std'\nbox.cc:4156:17: error: no member named 'ranges' in namespace 'std'\nbox.cc:4166:14: error: no member named 'ranges' in namespace 'std'",
      'cpp',
      'has no member named',
    ],
    [
      'fatal error: ranges: No such file or directory\n    9 | #include <ranges>\n      |          ^~~~~~~~\ncompilation terminated.',
      'cpp',
      'missing header',
    ],
    [
      "[  1%] Building CXX object airdcpp-core/CMakeFiles/airdcpp.dir/airdcpp/ActivityManager.cpp.o\nIn file included from /root/airdcpp-webclient/airdcpp-core/airdcpp/ActivityManager.cpp:21:\nIn file included from /root/airdcpp-webclient/airdcpp-core/airdcpp/ActivityManager.h:27:\n/root/airdcpp-webclient/airdcpp-core/airdcpp/Speaker.h:53:6: error: no member named 'find' in namespace 'std::ranges'; did you mean simply 'find'?\n                if(ranges::find(listeners, aListener) == listeners.end())\n                   ^~~~~~~~~~~~",
      'cpp',
      'has no member named',
    ],
    [
      '....../Cpp-High-Performance-Second-Edition-master/Chapter09/example_projections.cpp:65:16: error: ‘sort’ is not a member of ‘std::ranges’; did you mean ‘std::sort’?\n   65 |   std::ranges::sort(players, std::less{}, [](const Player& p) {\n      |                ^~~~',
      'cpp',
      'is not a member of',
    ],
    ["C2039'lower_bound': is not a member of 'std::ranges' (compiling source file Hacks\\SkinChanger.cpp)", 'cpp', 'C2039'],
    [
      'multi_inherit_funcs.cpp: In function ‘int main()’:\nmulti_inherit_funcs.cpp:77:19: error: request for member ‘operator()’ is ambiguous\n   ovldr(udt_i<0>{});\n                   ^\nmulti_inherit_funcs.cpp:48:8: note: candidates are: void forwarder<Functor>::operator()(const arg_t&) const',
      'cpp',
      'is ambiguous',
    ],
    [
      "/boot/home/Desktop/BeMines/GameStyle.cpp: In method `bool GameStyle::SetStyle(const char * = 0)':\n/boot/home/Desktop/BeMines/GameStyle.cpp:128: ambiguous overload for `StyleData *& ? BString & : const char[8]'\n/boot/home/Desktop/BeMines/GameStyle.cpp:128: candidates are: operator ?:(bool, BString, BString) <builtin>\n/boot/home/Desktop/BeMines/GameStyle.cpp:128: operator ?:(bool, const char *, const char *) <builtin>\nmake: *** [objects.x86-gcc2-release/GameStyle.o] Error 1",
      'cpp',
      'is ambiguous',
    ],
    ["call of overloaded 'drawPixel(int&, int, int)' is ambiguous", 'cpp', 'is ambiguous'],
    ['call of overloaded ‘sqrt(int)’ is ambiguous', 'cpp', 'is ambiguous'],
    [
      '-- Building x86-windows-dbg\nCMake Error at scripts/cmake/vcpkg_execute_build_process.cmake:155 (message):\n    Command failed: "D:/Program Files/CMake/bin/cmake.exe" --build . --config Debug --target install -- -v -j17\n    Working Directory: D:/vc_tools/vcpkg/buildtrees/zlib/x86-windows-dbg\n    See logs for more information:\n      D:\\vc_tools\\vcpkg\\buildtrees\\zlib\\install-x86-windows-dbg-out.log\n      D:\\vc_tools\\vcpkg\\buildtrees\\zlib\\install-x86-windows-dbg-err.log\n\nCall Stack (most recent call first):\n  scripts/cmake/vcpkg_build_cmake.cmake:104 (vcpkg_execute_build_process)\n  scripts/cmake/vcpkg_install_cmake.cmake:44 (vcpkg_build_cmake)\n  ports/zlib/portfile.cmake:33 (vcpkg_install_cmake)\n  scripts/ports.cmake:140 (include)\n\nError: Building package zlib:x86-windows failed with: BUILD_FAILED',
      'c',
      'BUILD_FAILED',
    ],
    ['Error: Building package zlib:x86-windows failed with: BUILD_FAILED', 'c', 'BUILD_FAILED'],
    ['Error: Building package boost-parameter:x64-windows failed with: BUILD_FAILED', 'cpp', 'BUILD_FAILED'],
    [
      'CMake Error at scripts/cmake/vcpkg_execute_build_process.cmake:158 (message):\n    Command failed: "D:/Arquivos de Programas/vcpkg/downloads/tools/msys2/7e05e7aa09f1709f/usr/bin/make.exe" -j 9 --trace -f Makefile all\n    Working Directory: D:/Arquivos de Programas/vcpkg/buildtrees/libiconv/x64-windows-dbg/\n    See logs for more information:\n      D:\\Arquivos de Programas\\vcpkg\\buildtrees\\libiconv\\build-x64-windows-dbg-out.log\n      D:\\Arquivos de Programas\\vcpkg\\buildtrees\\libiconv\\build-x64-windows-dbg-err.log\n\nCall Stack (most recent call first):\n  scripts/cmake/vcpkg_build_make.cmake:202 (vcpkg_execute_build_process)\n  scripts/cmake/vcpkg_install_make.cmake:26 (vcpkg_build_make)\n  ports/libiconv/portfile.cmake:38 (vcpkg_install_make)\n  scripts/ports.cmake:145 (include)\n\nError: Building package libiconv:x64-windows failed with: BUILD_FAILED\nPlease ensure you\'re using the latest portfiles with `git pull` and `.\\vcpkg update`.',
      'c',
      'BUILD_FAILED',
    ],
    [
      "zlib/1.3.1#cac0f6daea041b0ccf42934163defb20:6a456e47cd0310dc62ef47a1ed29f82754fdf4d5\nzstd/1.5.7#b68ca8e3de04ba5957761751d1d661f4:1a59b1599b523ae90d222854205ae6e9a926962f\n\nERROR: Missing prebuilt package for 'qt/6.8.3'. You can try:\n    - List all available packages using 'conan list \"qt/6.8.3:*\" -r=remote'\n    - Explain missing binaries: replace 'conan install ...' with 'conan graph explain ...'\n    - Try to build locally from sources using the '--build=qt/6.8.3' argument",
      'cpp',
      'Missing prebuilt package',
    ],
    [
      'CMake Error at /usr/share/cmake-3.22/Modules/FindPackageHandleStandardArgs.cmake:230 (message):\n  Could NOT find Boost (missing: Boost_INCLUDE_DIR filesystem system)\nCall Stack (most recent call first):\n  /usr/share/cmake-3.22/Modules/FindPackageHandleStandardArgs.cmake:594 (_FPHSA_FAILURE_MESSAGE)\n  /usr/share/cmake-3.22/Modules/FindBoost.cmake:2360 (find_package_handle_standard_args)\n  CMakeLists.txt:76 (find_package)',
      'cpp',
      'could not find package',
    ],
    [
      'CMake Error at /usr/share/cmake-3.27/Modules/FindPackageHandleStandardArgs.cmake:230 (message): Could NOT find Boost (missing: Boost_INCLUDE_DIR) Call Stack (most recent call first): /usr/share/cmake-3.27/Modules/FindPackageHandleStandardArgs.cmake:600 (_FPHSA_FAILURE_MESSAGE) /usr/share/cmake-3.27/Modules/FindBoost.cmake:2378 (find_package_handle_standard_args) runtime/CMakeLists.txt:45 (find_package)',
      'cpp',
      'could not find package',
    ],
    [
      'CMake Error at /usr/share/cmake-3.16/Modules/FindPackageHandleStandardArgs.cmake:146 (message):\n  Could NOT find Boost (missing: system program_options filesystem date_time)\n  (found suitable version "1.73.0", minimum required is "1.67")',
      'cpp',
      'could not find package',
    ],
    [
      'CMake Error at /usr/share/cmake/Modules/FindBoost.cmake:1128 (message):\n  Unable to find the requested Boost libraries.\n\n  Boost version: 1.46.0\n\n  Boost include path: /usr/include\n\n  The following Boost libraries could not be found:\n\n      boost_program_options\n\n  No Boost libraries were found.  You may need to set BOOST_LIBRARYDIR to the\n  directory containing Boost libraries or BOOST_ROOT to the location of\n  Boost.',
      'cpp',
      'could not find package',
    ],
    [
      'CMake Error at CMakeLists.txt:10 (find_package):\n  Could not find a package configuration file provided by "boost_headers"\n  (requested version 1.71) with any of the following names:\n\n    boost_headersConfig.cmake\n    boost_headers-config.cmake',
      'cpp',
      'could not find package',
    ],
    [
      '[{\n\t"resource": "/home/z002m76a/Repos/gencmpclient/CMakeLists.txt",\n\t"owner": "cmake-configure-diags",\n\t"severity": 8,\n\t"message": "CMake Error at CMakeLists.txt:138 (target_link_libraries):Cannot specify link libraries for target \\"gencmp\\" which is not built by\\nthis project.",\n\t"source": "CMake (target_link_libraries)",\n\t"startLineNumber": 138,\n\t"startColumn": 1,\n\t"endLineNumber": 138,\n\t"endColumn": 10000,\n\t"origin": "extHost3"\n}]',
      'cpp',
      'is not built by this project',
    ],
    [
      'CMake Error at CMakeLists.txt:8 (target_link_libraries): Cannot specify link libraries for target "A18" which is not built by this project.',
      'cpp',
      'is not built by this project',
    ],
    [
      'CMake Error at feature.cmake:20 (target_link_libraries):\n  Cannot specify link libraries for target "lexbor-core" which is not built\n  by this project.\nCall Stack (most recent call first):\n  source/lexbor/core/config.cmake:7 (FEATURE_TRY_FUNCTION_EXISTS)\n  config.cmake:172 (include)\n  CMakeLists.txt:288 (INCLUDE_MODULE_CONFIG)',
      'cpp',
      'is not built by this project',
    ],
    [
      'CMake Error at CMakeLists.txt:20 (target_include_directories):\n  Cannot specify include directories for target "libdocker_inte" which is not\n  built by this project.\nCMake Error at CMakeLists.txt:26 (target_link_libraries):\n  Cannot specify link libraries for target "libdocker_inte" which is not\n  built by this project.',
      'cpp',
      'is not built by this project',
    ],
    [
      '(sdk) -bash-5.1# cmake ..\n-- The C compiler identification is GNU 8.5.0\n-- The CXX compiler identification is GNU 10.3.1\n-- Check for working CXX compiler: /usr/bin/c++ - skipped\n-- Detecting CXX compile features\n-- Detecting CXX compile features - done\nCMake Error at CMakeLists.txt:114 (target_link_libraries):\n  Cannot specify link libraries for target "gmssl" which is not built by this\n  project.\n\n-- Configuring incomplete, errors occurred!',
      'cpp',
      'is not built by this project',
    ],
    [
      'Severity\tCode\tDescription\tFile\tLine\tSuppression State\nError\t\tCMake Error at C:\\Users\\ASD\\Project\\cplusplus\\projet\\Consulat Proj\\CMakeLists.txt:9 (target_link_libraries):\n  Cannot specify link libraries for target "main" which is not built by this\n  project.\tC:\\Users\\ASD\\Project\\cplusplus\\projet\\Consulat Proj\\CMakeLists.txt\t9\t',
      'cpp',
      'is not built by this project',
    ],
    [
      'src/burn/drv/neogeo/d_neogeo.cpp:6089:1: error: narrowing conversion of ‘2231435264u’ from ‘unsigned int’ to ‘INT32 {aka int}’ inside { } [-Wnarrowing]\n };\n ^\nsrc/burn/drv/neogeo/d_neogeo.cpp:6194:1: error: narrowing conversion of ‘2231435336u’ from ‘unsigned int’ to ‘INT32 {aka int}’ inside { } [-Wnarrowing]\n };\n ^',
      'cpp',
      'narrowing conversion',
    ],
    [
      "src/cbang/net/Base64.cpp:64:1: error: narrowing conversion of '-1' from 'int' to 'char' inside { } [-Wnarrowing]\nsrc/cbang/net/Base64.cpp:64:1: error: narrowing conversion of '-1' from 'int' to 'char' inside { } [-Wnarrowing]",
      'cpp',
      'narrowing conversion',
    ],
    [
      '/home/pi/bullet3/examples/ThirdPartyLibs/Gwen/Renderers/FontData.h:265:1: error:                                                                                                                                                       narrowing conversion of ‘-96’ from ‘int’ to ‘char’ inside { } [-Wnarrowing]\n/home/pi/bullet3/examples/ThirdPartyLibs/Gwen/Renderers/FontData.h:265:1: error:                                                                                                                                                       narrowing conversion of ‘-64’ from ‘int’ to ‘char’ inside { } [-Wnarrowing]',
      'cpp',
      'narrowing conversion',
    ],
    ["1>FileName.cpp(1,8): fatal  error : module 'std' not found", 'cpp', 'module not found'],
    [
      "> xmake\n[ 50%]: cache compiling.release test.cpp\nerror: test.cpp:2:8: fatal error: module 'std' not found\n    2 | import std;\n      | ~~~~~~~^~~\n1 error generated.\n  > in test.cpp",
      'cpp',
      'module not found',
    ],
    [
      "C:/Programs/llvm-mingw/include/c++/v1/wchar.h:141:39: note: previous definition is here\n  141 | inline _LIBCPP_HIDE_FROM_ABI wchar_t* __libcpp_wcschr(const wchar_t* __s, wch...\n      |                                       ^\nWhile building module 'std' imported from hello.cc:2:\nIn file included from <module-includes>:1:\n......\nhello.cc:2:8: fatal error: could not build module 'std'\n    2 | import std;\n      | ~~~~~~~^~~\n39 errors generated.",
      'cpp',
      'could not build module',
    ],
    [
      'test.cpp:4:8: error: only 2 names provided for structured binding\ntest.cpp:4:8: note: while ‘std::tuple<const char*, int, char>’ decomposes into 3 elements',
      'cpp',
      'only names provided for structured binding',
    ],
    [
      '$ cmake .. -GNinja\n\nCMake Error at CMakeLists.txt:3 (project):\n  No CMAKE_CXX_COMPILER could be found.\n\n  Tell CMake where to find the compiler by setting either the environment\n  variable "CXX" or the CMake cache entry CMAKE_CXX_COMPILER to the full path\n  to the compiler, or to the compiler name if it is in the PATH.\n\n\n-- Configuring incomplete, errors occurred!',
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    [
      '-- The C compiler identification is unknown\n-- The CXX compiler identification is unknown\nCMake Error at CMakeLists.txt:23 (project):\n  No CMAKE_C_COMPILER could be found.\n\n  Tell CMake where to find the compiler by setting either the environment\n  variable "CC" or the CMake cache entry CMAKE_C_COMPILER to the full path to\n  the compiler, or to the compiler name if it is in the PATH.\n\n\nCMake Error at CMakeLists.txt:23 (project):\n  No CMAKE_CXX_COMPILER could be found.',
      'c',
      'CMAKE_C_COMPILER not found',
    ],
    [
      'No CMAKE_CXX_COMPILER could be found.\n\n  Tell CMake where to find the compiler by setting either the environment\n  variable "CXX" or the CMake cache entry CMAKE_CXX_COMPILER to the full path\n  to the compiler, or to the compiler name if it is in the PATH.',
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    [
      '-- The C compiler identification is GNU 5.4.0\n-- The CXX compiler identification is unknown\n-- Check for working C compiler: /usr/bin/cc\n-- Check for working C compiler: /usr/bin/cc -- works\n-- Detecting C compiler ABI info\n-- Detecting C compiler ABI info - done\n-- Detecting C compile features\n-- Detecting C compile features - done\nCMake Error at CMakeLists.txt:2 (project):\n  No CMAKE_CXX_COMPILER could be found.',
      'cpp',
      'CMAKE_CXX_COMPILER not found',
    ],
    [
      'Robs-MacBook-Pro:Build rob$ cmake -G "Xcode" ..\n-- The C compiler identification is AppleClang 6.1.0.6020053\n-- The CXX compiler identification is AppleClang 6.1.0.6020053\nCMake Error at CMakeLists.txt:2 (project):\n  No CMAKE_C_COMPILER could be found.\n\n\n\nCMake Error at CMakeLists.txt:2 (project):\n  No CMAKE_CXX_COMPILER could be found.',
      'c',
      'CMAKE_C_COMPILER not found',
    ],
    [
      "error C3779: 'AIToolbox::IndexMapIterator<IdsIterator,Container>::operator *': a function that returns 'auto' cannot be used before it is defined",
      'cpp',
      'C3779',
    ],
    [
      "Severity\tCode\tDescription\tProject\tFile\tLine\tSuppression State\nError\tC3779\t'cpplinq::detail::where_range<TRange,TPredicate>::operator >>': a function that returns 'auto' cannot be used before it is defined\tUnrealEngine4\tD:\\SDK_GEN\\Engine\\Main.cpp\t106\t",
      'cpp',
      'C3779',
    ],
    [
      "In file included from /home/ahuszagh/source/repos/idiv/subproject/example/empty_example.cpp:1:\nIn file included from /home/ahuszagh/source/repos/idiv/include/idiv/idiv.h:22:\n/home/ahuszagh/source/repos/idiv/include/idiv/xi_zeta_region.h:205:33: error: function 'boundary_line_pairs' with deduced return type cannot be used before it is defined\n                                boundary_line_pairs()[turning_point_idx - 1]\n                                ^\n/home/ahuszagh/source/repos/idiv/include/idiv/xi_zeta_region.h:250:29: note: 'boundary_line_pairs' declared here\n                auto const& boundary_line_pairs() const noexcept { return boundary_line_pairs_; }\n                            ^",
      'cpp',
      'use before deduction of auto',
    ],
    [
      "x.cpp2:1:13: error: declaration of variable 'y' with deduced type 'auto' requires an initializer\nextern auto y;\n            ^\n1 error generated.",
      'cpp',
      'has no initializer',
    ],
    [
      "1.cpp:100:11: error: call to function 'operator*' that is neither visible in the template definition nor found by argument-dependent lookup\n ans = ans*now;\n          ^\n1.cpp:200:58: note: in instantiation of member function 'Matrix<Modint<M9982>, void>::pow' requested here\nMatrix<Modint<M9982>> const ans = Matrix<Modint<M9982>>::pow((&mat), n)*ini;\n                                                         ^",
      'cpp',
      'was not declared in this scope',
    ],
  ])('recognises %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it.each([
    ["main.c:10:5: error: 'gets' is deprecated [-Werror,-Wdeprecated-declarations]", 'c', 'is deprecated'],
    ['foo.c:3:1: error: static assertion failed: "int must be 4 bytes"', 'c', 'static assertion failed'],
    [
      "main.cpp:15:23: error: use of deleted function 'std::unique_ptr<int>::unique_ptr(const std::unique_ptr<int>&)'",
      'cpp',
      'use of deleted function',
    ],
    [
      'main.cpp:7:15: error: ambiguous overload for ‘operator<<’ (operand types are ‘std::ostream’ {aka ‘std::basic_ostream<char>’} and ‘Foo’)',
      'cpp',
      'is ambiguous',
    ],
    ['mold: error: undefined symbol: xmlLastError\n>>> referenced by globals.c', 'c', 'undefined reference'],
    ['CMake Error at CMakeLists.txt:3 (project):\n  No CMAKE_CXX_COMPILER could be found.', 'cpp', 'CMAKE_CXX_COMPILER not found'],
    ['Error: Building package zlib:x64-windows failed with: BUILD_FAILED', 'c', 'BUILD_FAILED'],
    ["src/a.cpp:6:1: error: narrowing conversion of '-1' from 'int' to 'char' [-Wnarrowing]", 'cpp', 'narrowing conversion'],
    [
      'ld: warning: ignoring file /usr/local/lib/libpng.dylib, building for macOS-arm64 but attempting to link with file built for macOS-x86_64',
      'c',
      'attempting to link with file built for',
    ],
    [
      'CMake Error at CMakeLists.txt:8 (target_link_libraries): Cannot specify link libraries for target "A18" which is not built by this project.',
      'cpp',
      'is not built by this project',
    ],
    ["main.cpp:5:20: error: 'x' is not a constant expression", 'cpp', 'not a constant expression'],
    ["main.cpp:3:10: error: no member named 'foo' in 'Bar'", 'cpp', 'has no member named'],
    ["main.cpp(12): error C2039: 'ranges': is not a member of 'std'", 'cpp', 'C2039'],
    ['ld: library not found for -lssl\nclang: error: linker command failed with exit code 1 (use -v to see invocation)', 'c', 'cannot find -l'],
  ])('keeps %j', (text, language, errorType) => {
    expectRecognised(text, language, errorType);
  });

  it('repeats the names the error gave in its fixes', () => {
    expect(
      fixText(
        "Subscribe.hpp:50:13: error: explicitly defaulted copy constructor is implicitly deleted [-Werror,-Wdefaulted-function-deleted]\nSubscribe.hpp:39:33: note: copy constructor of 'SubscribePacket' is implicitly deleted because base class 'Packet' has a deleted copy constructor",
      ),
    ).toContain('SubscribePacket');
    expect(
      fixText(
        "managed_list.h:130:14: error: definition of implicit copy constructor for 'Handle' is deprecated because it has a user-declared copy assignment operator [-Werror,-Wdeprecated-copy]",
      ),
    ).toContain('Handle');
    expect(fixText("data_type.h:224:9: error: the value of 'csv::internals::CSV_INT8_MAX' is not usable in a constant expression")).toContain(
      'CSV_INT8_MAX',
    );
    expect(
      fixText("xi_zeta_region.h:205:33: error: function 'boundary_line_pairs' with deduced return type cannot be used before it is defined"),
    ).toContain('boundary_line_pairs');
    expect(
      fixText(
        "1.cpp:100:11: error: call to function 'operator*' that is neither visible in the template definition nor found by argument-dependent lookup",
      ),
    ).toContain('operator*');
    expect(
      fixText("vector:607:52: error: arithmetic on a pointer to an incomplete type 'inv_isotope'\nIn file included from cl1.cpp:5:"),
    ).toContain('inv_isotope');
    expect(
      fixText(
        'ld: file not found: /Users/dev/Build/Products/Debug-iphonesimulator/Ebook.app/Ebook\nclang: error: linker command failed with exit code 1 (use -v to see invocation)',
      ),
    ).toContain('Ebook');
    expect(fixText(' 0:02.44 mold: undefined symbol: Unified_c_external_nspr_pr1.o: environ')).toContain('environ');
    expect(
      fixText(
        'CMake Error at feature.cmake:20 (target_link_libraries):\n  Cannot specify link libraries for target "lexbor-core" which is not built\n  by this project.',
      ),
    ).toContain('lexbor-core');
    expect(fixText('Error: Building package boost-parameter:x64-windows failed with: BUILD_FAILED')).toContain('boost-parameter');
  });
});
