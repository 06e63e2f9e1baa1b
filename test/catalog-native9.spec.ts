/**
 * A ninth catalog pass over C and C++ build tools and the dynamic loader: ld.so's "wrong ELF class" and text-relocation
 * refusals, GLIBC version lines with a quote lost, dlsym's "undefined symbol" printed by a program's module loader,
 * autoconf's and automake's own errors, configure's compiler check with its line number, Ninja's duplicate outputs and
 * dependency cycles, Meson's older unquoted dependency error, pkg-config's "virtual:world" line cut short, CMake's
 * add_subdirectory error wrapped over two lines and Conan 1's "Unable to find … in remotes". Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the C / C++ family's ninth catalog pass", () => {
  it.each([
    [
      'OS_GenericSymbolLookup_Impl():114:Error: SBN_UDP_Ops: ./core-cpu1: undefined symbol: SBN_UDP_Ops\nOS_GenericSymbolLookup_Impl():114:Error: SBN_UDP_Ops: ./cf/sbn.so: undefined symbol: SBN_UDP_Ops',
      'c',
      'undefined symbol',
    ],
    [
      "configure:3835: error: in `/home/chris/vbox/link-grammar':\nconfigure:3837: error: C compiler cannot create executables",
      'c',
      'C compiler cannot create executables',
    ],
    [
      'checking for gcc... gcc\nchecking whether the C compiler (gcc  ) works... no\nconfigure: error: installation or configuration problem: C compiler cannot create executables.',
      'c',
      'C compiler cannot create executables',
    ],
    [
      'CMake Error at CMakeLists.txt:16 (add_subdirectory):\n    add_subdirectory given source "./llama.cpp" which is not an existing\n    directory.',
      'cpp',
      'does not contain CMakeLists.txt',
    ],
    [
      'CMake Error at tools/CMakeLists.txt:17 (add_subdirectory):\n  add_subdirectory given source "test_performance" which is not an existing\n  directory.',
      'cpp',
      'does not contain CMakeLists.txt',
    ],
    [
      'CMake Error at CMakeLists.txt:42 (ADD_SUBDIRECTORY):\n   add_subdirectory given source "g2o/trunk" which is not an existing\n   directory.',
      'cpp',
      'does not contain CMakeLists.txt',
    ],
    ["Fedroa 27 / linux and gtk+-3.0 error.\nPackage 'gtk+-3.0', required by 'virtual:world'", 'c', 'could not find package'],
    [
      'Found pkg-config: /usr/bin/pkg-config (0.29.1)\nFound CMake: NO\nDependency foo found: NO (tried pkgconfig)\n\nmeson.build:4:0: ERROR:  Dependency foo not found: CMake not found.',
      'c',
      'could not find package',
    ],
    [
      'autoreconf: running: /usr/bin/autoconf\n configure.ac:46: error: possibly undefined macro: AC_MSG_ERROR\n       If this token and others are legitimate, please use m4_pattern_allow.\n       See the Autoconf documentation.\n autoreconf: /usr/bin/autoconf failed with exit status: 1',
      'c',
      'possibly undefined macro',
    ],
    [
      'configure.ac:97: error: possibly undefined macro: AC_DEFINE\nconfigure.ac:173: error: possibly undefined macro: AC_MSG_ERROR',
      'c',
      'possibly undefined macro',
    ],
    [
      '+ autoreconf -i\nconfigure.ac:48: error: possibly undefined macro: AS_IF\n      If this token and others are legitimate, please use m4_pattern_allow.\n      See the Autoconf documentation.\nconfigure.ac:54: error: possibly undefined macro: AC_MSG_ERROR\nautoreconf: /usr/bin/autoconf failed with exit status: 1',
      'c',
      'possibly undefined macro',
    ],
    [
      'configure.ac:28: error: possibly undefined macro: AC_DEFINE\n      If this token and others are legitimate, please use m4_pattern_allow.\n      See the Autoconf documentation.\nconfigure.ac:31: error: possibly undefined macro: AC_CHECK_HEADERS\nautoreconf: /usr/bin/autoconf failed with exit status: 1',
      'c',
      'possibly undefined macro',
    ],
    [
      'root@ubuntu1404:/SRC/xrdp# ./configure --prefix=/opt/XRDP\nconfigure: error: cannot find install-sh, install.sh, or shtool in "." "./.." "./../.."',
      'c',
      'cannot find install-sh',
    ],
    ['./goverlay: /lib/x86_64-linux-gnu/libc.so.6: version GLIBC_2.34 not found (required by ./goverlay)', 'c', 'version not found'],
    ["version 'GLIBC_2.34 not found (required by ./libdevbnd.so)", 'c', 'version not found'],
    ['ninja: error: build.ninja:8107: multiple rules generate lib/cmark.lib [-w dupbuild=err]', 'c', 'multiple rules generate'],
    [
      "ninja: Entering directory `out/Release'\nninja: error: obj.host/tools/v8_gypfiles/run_torque.ninja:511: multiple rules generate gen/torque-output-root/torque-generated/bit-fields-tq.h",
      'c',
      'multiple rules generate',
    ],
    [
      "CMake Error:\n  Running\n\n   '/usr/bin/ninja' '-C' '/home/user/projects/xbmc/Buildninja' '-t' 'recompact'\n\n  failed with:\n\n   ninja: error: build.ninja:831: multiple rules generate build/Release/gen_skin.timestamp",
      'c',
      'multiple rules generate',
    ],
    [
      'ninja: warning: multiple rules generate src/asl/arith.h. builds involving this target will not be correct; continuing anyway',
      'c',
      'multiple rules generate',
    ],
    ['ninja: build stopped: multiple rules generate src/ptests/testing_utils.mod.', 'c', 'multiple rules generate'],
    [
      "ninja: Entering directory `out_cxx/Release/'\nninja: warning: multiple rules generate chrome. builds involving this target will not be correct; continuing anyway\nninja: error: dependency cycle: chrome -> obj/chrome/chrome.actions_depends.stamp -> chrome",
      'c',
      'dependency cycle',
    ],
    [
      "ginkgo/1.4.0: Not found in local cache, looking in remotes...\nginkgo/1.4.0: Trying with 'conancenter'...\nERROR: Unable to find 'ginkgo/1.4.0' in remotes",
      'cpp',
      'not resolved',
    ],
    ['hack/dfhack-run: error while loading shared libraries: libz.so.1: wrong ELF class: ELFCLASS64', 'c', 'wrong ELF class'],
    ['./ga-server-event-driven: error while loading shared libraries: libga.so: wrong ELF class: ELFCLASS64', 'c', 'wrong ELF class'],
    [
      "Couldn't load /usr/lib/sdrpp/plugins/radiosonde_decoder_x64.so: /usr/lib/sdrpp/plugins/radiosonde_decoder_x64.so: wrong ELF class: ELFCLASS64",
      'c',
      'wrong ELF class',
    ],
    [
      "ERROR: ld.so: object '/test/lib/libproxychains4.so' from LD_PRELOAD cannot be preloaded (wrong ELF class: ELFCLASS64): ignored.",
      'c',
      'wrong ELF class',
    ],
    ['error while loading shared libraries: libnl-genl-3.so.200: wrong ELF class: ELFCLASS64', 'c', 'wrong ELF class'],
    ['./hl2_linux: error while loading shared libraries: libtcmalloc_minimal.so.4: wrong ELF class: ELFCLASS64', 'c', 'wrong ELF class'],
    [
      "configure.ac:18: installing `config/compile'\nconfigure.ac:9: installing `config/install-sh'\nconfigure.ac:9: installing `config/missing'\nMakefile.am:35: Libtool library used but `LIBTOOL' is undefined\nMakefile.am:35:   The usual way to define `LIBTOOL' is to add `LT_INIT'\nMakefile.am:35:   to `configure.ac' and run `aclocal' and `autoconf' again.\nMakefile.am:35:   If `LT_INIT' is in `configure.ac', make sure\nMakefile.am:35:   its definition is in aclocal's search path.\nMakefile.am: installing `config/depcomp'\nconfigure.ac: installing `config/ylwrap'\nautoreconf: automake failed with exit status: 1",
      'c',
      'LIBTOOL is undefined',
    ],
    [
      "$ autoreconf -i\nconfigure.ac: installing `./install-sh'\nconfigure.ac: installing`./missing'\nconfigure.ac:38: installing `./config.guess'\nconfigure.ac:38: installing`./config.sub'\nMakefile.am:5: Libtool library used but `LIBTOOL' is undefined\nMakefile.am:5:\nMakefile.am:5: The usual way to define`LIBTOOL' is to add `AC_PROG_LIBTOOL'\nMakefile.am:5: to`configure.ac' and run `aclocal' and`autoconf' again.\nMakefile.am: C objects in subdir but `AM_PROG_CC_C_O' not in`configure.ac'\nMakefile.am: installing `./compile'\nMakefile.am: installing`./depcomp'\nautoreconf: automake failed with exit status: 1",
      'c',
      'LIBTOOL is undefined',
    ],
    [
      "$ ./autogen.sh \nRunning autoreconf -if...\nMakefile.am:34: error: Libtool library used but 'LIBTOOL' is undefined\nMakefile.am:34:   The usual way to define 'LIBTOOL' is to add 'LT_INIT'\nMakefile.am:34:   to 'configure.ac' and run 'aclocal' and 'autoconf' again.\nMakefile.am:34:   If 'LT_INIT' is in 'configure.ac', make sure\nMakefile.am:34:   its definition is in aclocal's search path.\nautoreconf: error: automake failed with exit status: 1",
      'c',
      'LIBTOOL is undefined',
    ],
    [
      "rdl/Makefile.am:30: error: Libtool library used but 'LIBTOOL' is undefined\nrdl/Makefile.am:30:   The usual way to define 'LIBTOOL' is to add 'LT_INIT'\nrdl/Makefile.am:30:   to 'configure.ac' and run 'aclocal' and 'autoconf' again.",
      'c',
      'LIBTOOL is undefined',
    ],
    [
      "➜  oniguruma-6.9.5_rev1 ./autogen.sh                   \nGenerating autotools files.\nsrc/Makefile.am:19: error: Libtool library used but 'LIBTOOL' is undefined\nsrc/Makefile.am:19:   The usual way to define 'LIBTOOL' is to add 'LT_INIT'\nsrc/Makefile.am:19:   to 'configure.ac' and run 'aclocal' and 'autoconf' again.\nsrc/Makefile.am:19:   If 'LT_INIT' is in 'configure.ac', make sure\nsrc/Makefile.am:19:   its definition is in aclocal's search path.\nautoreconf: automake failed with exit status: 1",
      'c',
      'LIBTOOL is undefined',
    ],
    [
      "UNAME_MACHINE = ppc64le\nUNAME_RELEASE = 4.14.0-115.21.2.1chaos.ch6a.ppc64le\nUNAME_SYSTEM  = Linux\nUNAME_VERSION = #1 SMP Fri May 22 11:01:06 PDT 2020\nconfigure: error: cannot guess build type; you must specify one\nmake[1]: *** [Makefile:15: all] Error 1\nmake[1]: Leaving directory '/../Montage/lib/src'\nmake: *** [Makefile:4: all] Error 2",
      'c',
      'cannot guess build type',
    ],
    ['./configure --build=???\nconfigure: error: cannot guess build type; you must specify one', 'c', 'cannot guess build type'],
    [
      'creating cache ./config.cache\nchecking host system type... configure: error: can not guess host type; you must specify one',
      'c',
      'cannot guess build type',
    ],
    [
      ">> 1205    configure: error: cannot guess build type; you must specify one\n  >> 1206    makefile:860: recipe for target '/tmp/ubuntu/spack-stage/spack-stage-wgrib2-3.1.1-thj45gmvjtdxawbpmyr3e522bx6tlqws/spack-\n             src/lib/libjasper.a' failed",
      'c',
      'cannot guess build type',
    ],
    [
      '/home/centos/buildbot/slave/package_tarball32/build/usr/bin/julia: error while loading shared libraries: /home/centos/buildbot/slave/package_tarball32/build/usr/bin/../lib/libjulia.so: cannot restore segment prot after reloc: Permission denied\nmake[3]: *** [/home/centos/buildbot/slave/package_tarball32/build/usr/lib/julia/inference0.o] Error 127',
      'c',
      'cannot restore segment prot after reloc',
    ],
    [
      '/usr/bin/pulseaudio: error while loading shared libraries: cannot make segment writable for relocation: Permission denied',
      'c',
      'cannot make segment writable for relocation',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['ImportError: /usr/lib/python3/dist-packages/foo/_foo.so: undefined symbol: PyFPE_jbuf', 'python', 'ImportError'],
    [
      'Traceback (most recent call last):\n  File "main.py", line 1, in <module>\n    import torch\nImportError: /home/u/.local/lib/python3.8/site-packages/torch/lib/libtorch_cuda.so: undefined symbol: cudaGraphDebugDotPrint',
      'python',
      'ImportError',
    ],
    ["./app: /lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by ./app)", 'c', 'version not found'],
    ['[4/5] Linking C executable app\nFAILED: app\nninja: build stopped: subcommand failed.', 'c', 'subcommand failed'],
    ['meson.build:103:15: ERROR: Dependency "cpptrace" not found, tried pkgconfig and framework', 'c', 'could not find package'],
    [
      'CMake Error at src/CMakeLists.txt:10 (add_subdirectory):\n  add_subdirectory given source "MyApp1" which is not an existing directory.',
      'cpp',
      'does not contain CMakeLists.txt',
    ],
    ["ERROR: Package 'libcurl/8.11.1' not resolved: Unable to find 'libcurl/8.11.1' in remotes.", 'cpp', 'not resolved'],
    ["configure: error: C compiler cannot create executables\nSee `config.log' for more details", 'c', 'C compiler cannot create executables'],
    ['./server: symbol lookup error: ./server: undefined symbol: grpc_init', 'c', 'undefined symbol'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the ninth pass names what the message is about', () => {
  it('compares the program with the library of the other word size', () => {
    expect(fixText('./ga-server-event-driven: error while loading shared libraries: libga.so: wrong ELF class: ELFCLASS64')).toContain(
      'file ./program libga.so',
    );
  });

  it('searches build.ninja for the output two rules generate', () => {
    expect(fixText('ninja: error: build.ninja:8107: multiple rules generate lib/cmark.lib [-w dupbuild=err]')).toContain(
      'grep -n "build lib/cmark.lib" build.ninja',
    );
  });

  it('searches the remotes for the recipe Conan 1 could not find', () => {
    expect(fixText("ERROR: Unable to find 'ginkgo/1.4.0' in remotes")).toContain('conan search "ginkgo*" -r all');
  });
});
