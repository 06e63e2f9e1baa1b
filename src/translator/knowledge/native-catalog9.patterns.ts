import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/*
 * C / C++ ninth pass: build tools and the dynamic loader as people paste them, where the earlier patterns miss them.
 * The loader's "wrong ELF class" and text-relocation refusals, a GLIBC version line whose quotes were lost, dlsym's
 * "undefined symbol" printed by a program's own loader; autoconf's and automake's own errors (possibly undefined
 * macro, LIBTOOL undefined, config.guess failing, install-sh missing, configure's compiler check with its line
 * number); Ninja's duplicate outputs and dependency cycles; Meson's older unquoted "Dependency x not found",
 * pkg-config's "required by 'virtual:world'" line cut short; CMake's add_subdirectory error wrapped over two lines;
 * Conan 1's "Unable to find … in remotes".
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it; the loader's,
 * autotools', Meson's and Ninja's messages are filed under C like make, CMake's and Conan's under C++ like their
 * existing patterns.
 */

const LD_SO = ref('ld.so(8) - dynamic linker/loader', 'https://man7.org/linux/man-pages/man8/ld.so.8.html');
const AUTOCONF = ref('GNU Autoconf manual', 'https://www.gnu.org/software/autoconf/manual/autoconf.html');
const AUTOMAKE_LIBTOOL = ref('GNU Automake manual: Building a shared library (Libtool)', 'https://www.gnu.org/software/automake/manual/html_node/A-Shared-Library.html');
const NINJA_MANUAL = ref('Ninja manual', 'https://ninja-build.org/manual.html');
const MESON_DEPS = ref('Meson: Dependencies', 'https://mesonbuild.com/Dependencies.html');

// ---------------------------------------------------------------- the dynamic loader

const wrongElfClass: ErrorPattern = {
  id: 'c.loader-wrong-elf-class',
  language: 'c',
  // ld.so's "error while loading shared libraries: libz.so.1: wrong ELF class: ELFCLASS64", dlopen()'s message quoted by
  // a plugin loader, and LD_PRELOAD's "cannot be preloaded (wrong ELF class: ELFCLASS64): ignored."
  match:
    /(?=wrong ELF class: ELFCLASS)(?<=(?:error while loading shared libraries: (?<lib>[^\s:]{1,300}): |(?<lib2>[^\s:'"]{1,300}\.so[\w.]{0,20}): |object '(?<lib3>[^'\n]{1,300})' from LD_PRELOAD cannot be preloaded \()?)wrong ELF class: ELFCLASS(?<bits>32|64)/,
  requires: /wrong ELF class/,
  errorType: 'wrong ELF class',
  category: 'dependency',
  priority: 13,
  summary: (c) => {
    const lib = c.lib ?? c.lib2 ?? c.lib3;
    return `${lib ? `${lib} is` : 'A shared library is'} a ${c.bits}-bit library, and the program loading it is ${c.bits === '64' ? '32' : '64'}-bit.`;
  },
  explanation: (c) =>
    `A process can only load libraries of its own word size. The loader found ${c.lib ?? c.lib2 ?? c.lib3 ?? 'the library'} on its search path, but it is built for ELFCLASS${c.bits} (${c.bits}-bit) while the program is not: a 32-bit program picked up a 64-bit library (or the other way round) from LD_LIBRARY_PATH, a symlink into the system's library folder, or a plugin folder built for the other architecture.`,
  causes: ['A 32-bit program (a game, an old tool) finding the 64-bit copy of a library first', 'LD_LIBRARY_PATH or a symlink pointing at the other architecture\'s library folder', 'A plugin or preload library built for the other word size'],
  fixes: (c) => [
    fix(
      'Give the program a library of its own word size',
      ['Compare the program and the library with file(1); install the library for the program\'s architecture (the :i386 package for a 32-bit program on Debian/Ubuntu) or rebuild the library with the same -m32/-m64, and remove the path to the wrong one from LD_LIBRARY_PATH.'],
      `file ./program ${c.lib ?? c.lib2 ?? c.lib3 ?? 'libfoo.so'}\nsudo dpkg --add-architecture i386 && sudo apt-get install <package>:i386`,
    ),
  ],
  references: [LD_SO],
  samples: ['./ga-server-event-driven: error while loading shared libraries: libga.so: wrong ELF class: ELFCLASS64', "ERROR: ld.so: object '/test/lib/libproxychains4.so' from LD_PRELOAD cannot be preloaded (wrong ELF class: ELFCLASS64): ignored."],
};

const textRelocation: ErrorPattern = {
  id: 'c.loader-text-relocation-denied',
  language: 'c',
  // SELinux or PaX refusing to make a library's code writable for its text relocations.
  match: /(?:error while loading shared libraries: (?:(?<lib>[^\s:]{1,300}): )?)?(?<what>cannot restore segment prot after reloc|cannot make segment writable for relocation): Permission denied/,
  requires: /segment (?:prot after reloc|writable for relocation)/,
  errorType: (c) => c.what ?? 'cannot restore segment prot after reloc',
  category: 'permission',
  priority: 13,
  summary: (c) => `The loader was not allowed to patch the code of ${c.lib ?? 'a shared library'} (text relocations) and stopped.`,
  explanation:
    'The library has text relocations: code that was not compiled as position-independent, so the loader has to write into its code pages when loading it and make them executable again afterwards. SELinux (execmod), PaX or a hardened kernel forbid writable-then-executable memory, so the mprotect() call fails with "Permission denied".',
  causes: ['A shared library (or objects in it, often assembly) built without -fPIC', 'SELinux enforcing on a library without the texrel_shlib_t label', 'A PaX/grsecurity kernel with MPROTECT on the program'],
  fixes: [
    fix('Rebuild the library position-independent', ['Build every object of the library with -fPIC (assembly included); check with scanelf -qT or readelf -d (TEXTREL) that no text relocations are left. As a stop-gap on SELinux, label the library texrel_shlib_t.'], 'readelf -d libfoo.so | grep TEXTREL\nchcon -t texrel_shlib_t /path/to/libfoo.so'),
  ],
  references: [LD_SO, ref('Ulrich Drepper: Text relocations', 'https://www.akkadia.org/drepper/textrelocs.html')],
  samples: ['./julia: error while loading shared libraries: /build/usr/lib/libjulia.so: cannot restore segment prot after reloc: Permission denied'],
};

const glibcVersionLoose: ErrorPattern = {
  id: 'c.glibc-version-not-found-loose',
  language: 'c',
  // c.glibc-version-not-found with a quote lost on the way: "version GLIBC_2.34 not found (required by ./goverlay)",
  // "version 'GLIBC_2.34 not found".
  match: /\bversion [`'‘]?(?<version>GLIBC(?:XX)?_[\d.]{1,12}|CXXABI_[\d.]{1,12})['’]? not found(?: \(required by (?<object>[^)\n]{1,300})\))?/,
  requires: / not found/,
  errorType: 'version not found',
  category: 'dependency',
  priority: 11,
  summary: (c) => `${c.object ?? 'The program'} needs ${c.version}, which this system's C/C++ runtime does not provide.`,
  explanation: (c) =>
    `The binary was built on a system with a newer ${/GLIBCXX|CXXABI/.test(c.version ?? '') ? 'libstdc++' : 'glibc'} than the one it runs on now. Symbol versions are only backward compatible: a program built against ${c.version} cannot run with an older library.`,
  causes: ['Binary built on a newer distribution than the one it runs on (CI image vs server, prebuilt binaries)', 'Conda/venv mixing its own libstdc++ with the system one'],
  fixes: (c) => [fix(`Run where ${c.version} exists, or build on an older base`, ['Build on the oldest distribution you must support (or in an older container), link statically where the toolchain allows it, or upgrade the target system.'], 'strings /lib/x86_64-linux-gnu/libc.so.6 | grep GLIBC_\nldd --version')],
  references: [ref('GNU C Library: ABI compatibility', 'https://sourceware.org/glibc/wiki/ABIList')],
  samples: ['./goverlay: /lib/x86_64-linux-gnu/libc.so.6: version GLIBC_2.34 not found (required by ./goverlay)'],
};

const dlsymUndefinedSymbol: ErrorPattern = {
  id: 'c.dlsym-undefined-symbol',
  language: 'c',
  // dlerror()'s text printed by a program's own module loader: "OS_GenericSymbolLookup_Impl():114:Error: SBN_UDP_Ops:
  // ./core-cpu1: undefined symbol: SBN_UDP_Ops". Not a line that starts with a language's error class (Python's
  // ImportError, Node.js's Error): those are the program's.
  match: /(?:^|\n)(?![ \t]{0,20}[\w.$]{0,100}(?:Error|Exception)\b:)[^\n]{0,400}?[\s:](?<object>\.{0,2}\/[^\s:]{1,300}): undefined symbol: (?<symbol>[\w$.@]{1,300})/,
  requires: /: undefined symbol: /,
  errorType: 'undefined symbol',
  category: 'dependency',
  priority: 2,
  summary: (c) => `Looking up ${c.symbol} in ${c.object} failed: the module does not define it.`,
  explanation: (c) =>
    `dlsym() (or the loader, resolving a module's references) looked for ${c.symbol} in ${c.object} and did not find it. For a plugin lookup this means the module does not export that name (a different version, a C++ name that is mangled, a symbol hidden by -fvisibility=hidden); for a library it means it was built against another version of a library than the one loaded.`,
  causes: ['A plugin or module built from another version of the code', 'A C++ function looked up by its plain name without extern "C"', 'The symbol hidden (-fvisibility=hidden, a version script) or never linked into the module'],
  fixes: (c) => [fix(`Check what ${c.object} exports`, [`List the dynamic symbols of ${c.object}; export ${c.symbol} (extern "C", default visibility) or rebuild the module against the same version as the program.`], `nm -D --defined-only ${c.object} | grep ${c.symbol}`)],
  references: [ref('dlsym(3) - obtain address of a symbol', 'https://man7.org/linux/man-pages/man3/dlsym.3.html')],
  samples: ['OS_GenericSymbolLookup_Impl():114:Error: SBN_UDP_Ops: ./cf/sbn.so: undefined symbol: SBN_UDP_Ops'],
};

// ---------------------------------------------------------------- autotools

const configureCompilerCheck: ErrorPattern = {
  id: 'c.configure-no-compiler-variants',
  language: 'c',
  // config.log's "configure:3837: error: C compiler cannot create executables" and the older autoconf's
  // "configure: error: installation or configuration problem: C compiler cannot create executables."
  match: /configure:(?<line>\d{1,7}): error: (?<lang>C|C\+\+) compiler cannot create executables|configure: error: installation or configuration problem: (?<lang2>C|C\+\+) compiler cannot create executables/,
  requires: /compiler cannot create executables/,
  errorType: 'C compiler cannot create executables',
  category: 'configuration',
  priority: 13,
  summary: (c) => `configure could not build and run a trivial ${c.lang ?? c.lang2} program with the compiler it found.`,
  explanation:
    'Before anything else, configure compiles and links an empty main() with $CC and the CFLAGS/LDFLAGS it was given. That failed: no compiler is installed, the C library headers (libc6-dev, glibc-devel) are missing, CFLAGS or LDFLAGS contain something invalid, or a cross compiler or -m32 lacks its libraries. config.log shows the exact command and its error just above this line.',
  causes: ['No compiler or no C library development files installed', 'Invalid CFLAGS/LDFLAGS passed to configure (a missing dash, a library in CFLAGS)', '-m32 or a cross compiler without its runtime libraries'],
  fixes: [
    fix('Read the failed test in config.log', ['Search config.log for the first "error" above this line: it shows the compiler command and why it failed. Install the build tools (build-essential, gcc and glibc-devel) or fix the flags, then run configure again.'], 'grep -n -B20 "cannot create executables" config.log | head -60\nsudo apt-get install build-essential'),
  ],
  references: [AUTOCONF],
  samples: ["configure:3835: error: in `/home/chris/vbox/link-grammar':\nconfigure:3837: error: C compiler cannot create executables"],
};

const autoconfUndefinedMacro: ErrorPattern = {
  id: 'c.autoconf-possibly-undefined-macro',
  language: 'c',
  match: /(?<file>configure\.(?:ac|in)):(?<line>\d{1,7}): error: possibly undefined macro: (?<macro>\w{1,100})/,
  requires: /possibly undefined macro/,
  errorType: 'possibly undefined macro',
  category: 'configuration',
  priority: 12,
  summary: (c) => `autoconf left the macro ${c.macro} unexpanded in ${c.file} line ${c.line}.`,
  explanation: (c) =>
    `After expanding configure.ac, autoconf still found the name ${c.macro} in the output, so some macro was not defined when it ran. Almost always a macro from another package is missing (PKG_CHECK_MODULES from pkg-config's pkg.m4, AM_* from automake, LT_INIT from libtool, AX_* from autoconf-archive): the macro that should have contained ${c.macro} was not expanded, so its arguments ended up in configure as they are.`,
  causes: ['pkg-config, libtool or autoconf-archive not installed, so their .m4 macros are missing (PKG_CHECK_MODULES, LT_INIT, AX_…)', 'aclocal not run, or run without -I m4 for the project\'s own macros', 'A macro name misspelt or quoted so that it is not expanded'],
  fixes: [
    fix('Install the package that provides the macro and regenerate', ['Find the macro the failing line calls; install pkg-config (pkg.m4), libtool or autoconf-archive, then run autoreconf again so aclocal picks up their macros.'], 'sudo apt-get install pkg-config libtool autoconf-archive\nautoreconf -fi'),
  ],
  references: [AUTOCONF],
  samples: ['configure.ac:46: error: possibly undefined macro: AC_MSG_ERROR\n      If this token and others are legitimate, please use m4_pattern_allow.\n      See the Autoconf documentation.'],
};

const automakeLibtoolUndefined: ErrorPattern = {
  id: 'c.automake-libtool-undefined',
  language: 'c',
  match: /(?=Libtool library used but )(?<=(?<file>[^\s:]{0,300}Makefile\.am):(?<line>\d{1,7}): (?:error: )?)Libtool library used but [`'‘]LIBTOOL['’] is undefined/,
  requires: /Libtool library used but/,
  errorType: 'LIBTOOL is undefined',
  category: 'configuration',
  priority: 12,
  summary: (c) => `${c.file} builds a libtool library (.la), but configure.ac does not set libtool up.`,
  explanation:
    'automake found an lib_LTLIBRARIES (or _la_) target, which needs the $(LIBTOOL) variable that LT_INIT (AC_PROG_LIBTOOL in old projects) defines. Either configure.ac lacks LT_INIT, or, far more often, libtool is not installed so aclocal could not find its libtool.m4 and the macro was never expanded.',
  causes: ['libtool not installed (the libtool package; libtool-bin and libltdl-dev on some distributions)', 'LT_INIT missing from configure.ac', 'macOS: GNU libtool installed as glibtool/glibtoolize, which autoreconf did not run'],
  fixes: [
    fix('Install GNU libtool and regenerate', ['Install libtool, then run autoreconf again (it runs libtoolize and aclocal); on macOS install libtool from Homebrew so glibtoolize is found.'], 'sudo apt-get install libtool libtool-bin\nautoreconf -fi'),
  ],
  references: [AUTOMAKE_LIBTOOL],
  samples: ["Makefile.am:34: error: Libtool library used but 'LIBTOOL' is undefined\nMakefile.am:34:   The usual way to define 'LIBTOOL' is to add 'LT_INIT'"],
};

const configureCannotGuess: ErrorPattern = {
  id: 'c.configure-cannot-guess-build-type',
  language: 'c',
  // "configure: error: cannot guess build type; you must specify one" (config.guess too old for aarch64, ppc64le,
  // riscv64, MSYS2) and autoconf 2.13's "can not guess host type".
  match: /configure: error: can(?:not| not) guess (?<kind>build|host) type/,
  requires: /guess (?:build|host) type/,
  errorType: 'cannot guess build type',
  category: 'configuration',
  priority: 12,
  summary: 'configure\'s config.guess did not recognise this machine, so it does not know what system it builds on.',
  explanation:
    'configure runs the config.guess script shipped in the source tarball to name the build system (x86_64-pc-linux-gnu…). The script in this package is older than the machine\'s architecture or environment (aarch64, ppc64le, riscv64, a new MSYS2), so it printed "unable to guess system type" and configure stopped.',
  causes: ['A source tarball with a config.guess/config.sub older than the CPU architecture', 'A new platform (RISC-V, Apple Silicon, MSYS2) not known to the old script'],
  fixes: [
    fix('Update config.guess and config.sub, or name the system', ['Copy current config.guess and config.sub (from /usr/share/misc, automake\'s folder, or GNU config) over the package\'s copies, or regenerate with autoreconf -fi; or pass --build explicitly.'], 'cp /usr/share/misc/config.guess /usr/share/misc/config.sub .\n./configure --build=$(uname -m)-unknown-linux-gnu'),
  ],
  references: [AUTOCONF, ref('GNU config (config.guess, config.sub)', 'https://www.gnu.org/software/config/')],
  samples: ['UNAME_MACHINE = ppc64le\nconfigure: error: cannot guess build type; you must specify one'],
};

const configureNoInstallSh: ErrorPattern = {
  id: 'c.configure-cannot-find-install-sh',
  language: 'c',
  match: /configure: error: cannot find install-sh,? (?:install\.sh,? )?or shtool in (?<dirs>[^\n]{1,300})/,
  requires: /cannot find install-sh/,
  errorType: 'cannot find install-sh',
  category: 'configuration',
  priority: 12,
  summary: 'configure cannot find its helper scripts (install-sh): the build system was not fully generated.',
  explanation:
    'install-sh, missing, config.guess and the other auxiliary scripts are copied into the source tree by automake --add-missing (autoreconf -i). In a git checkout they are not committed, so configure finds none of them when that step was skipped or failed (often after an autoreconf error higher up), or when AC_CONFIG_AUX_DIR names a folder that does not exist.',
  causes: ['autoreconf -i (or the project\'s autogen.sh / bootstrap) not run, or it failed', 'AC_CONFIG_AUX_DIR pointing at a missing folder', 'automake not installed'],
  fixes: [fix('Generate the build system first', ['Run the project\'s autogen.sh or bootstrap (or autoreconf -fi) and make sure it finishes without errors, then run configure.'], 'sudo apt-get install autoconf automake libtool\nautoreconf -fi && ./configure')],
  references: [AUTOCONF],
  samples: ['configure: error: cannot find install-sh, install.sh, or shtool in "." "./.." "./../.."'],
};

// ---------------------------------------------------------------- Ninja

const ninjaMultipleRules: ErrorPattern = {
  id: 'c.ninja-multiple-rules',
  language: 'c',
  // "ninja: error: build.ninja:8107: multiple rules generate lib/cmark.lib [-w dupbuild=err]", its older warning, and
  // "ninja: build stopped: multiple rules generate x." (also quoted by CMake when it runs ninja -t recompact).
  match: /\bninja: (?:error|warning|build stopped): (?:(?<manifest>[^\s:]{1,300}):(?<line>\d{1,9}): )?multiple rules generate (?<target>[^\s[]{1,400}?)\.?(?=\s|$)/,
  requires: /multiple rules generate/,
  errorType: 'multiple rules generate',
  category: 'build',
  priority: 12,
  summary: (c) => `Two build statements in ${c.manifest ?? 'build.ninja'} produce the same output ${(c.target ?? '').replace(/\.$/, '')}.`,
  explanation: (c) =>
    `Each file may be the output of one build statement only; ninja cannot tell which of the two rules should make ${(c.target ?? 'the file').replace(/\.$/, '')}. The build files come from a generator (CMake, Meson, gn, gyp): two targets write the same file (two libraries or executables with the same output name, a custom command added to two targets, a Fortran module built twice), or a bug of that generator. Ninja 1.9+ makes this an error by default (-w dupbuild=err); older versions only warned.`,
  causes: ['Two targets with the same output name (a static and a shared library both named foo on Windows, foo.lib)', 'One add_custom_command output listed in several targets', 'A generator or ninja version bug (a newer ninja stricter than the generator expects)'],
  fixes: (c) => [
    fix(
      `Find the two statements that write ${(c.target ?? 'the file').replace(/\.$/, '')}`,
      ['Search build.ninja for the output, then give one of the targets another output name (OUTPUT_NAME in CMake) or attach the custom command to a single target. As a last resort for a generator bug, ninja -w dupbuild=warn builds anyway.'],
      `grep -n "build ${(c.target ?? 'out').replace(/\.$/, '')}" ${c.manifest ?? 'build.ninja'}\nninja -w dupbuild=warn`,
    ),
  ],
  references: [NINJA_MANUAL],
  samples: ['ninja: error: build.ninja:8107: multiple rules generate lib/cmark.lib [-w dupbuild=err]', 'ninja: build stopped: multiple rules generate src/ptests/testing_utils.mod.'],
};

const ninjaDependencyCycle: ErrorPattern = {
  id: 'c.ninja-dependency-cycle',
  language: 'c',
  match: /\bninja: error: dependency cycle: (?<cycle>[^\n]{1,600})/,
  requires: /ninja: error: dependency cycle/,
  errorType: 'dependency cycle',
  category: 'build',
  priority: 13,
  summary: (c) => `The build graph has a cycle: ${c.cycle}.`,
  explanation: 'A file depends, through the chain ninja prints, on itself, so nothing in the chain can be built first. The generator wrote it: a target that depends on its own output, a custom command whose output is also one of its inputs, or two targets writing the same file (ninja\'s "multiple rules generate" warning just above usually says which).',
  causes: ['A custom command or target depending on its own output', 'Two targets generating the same file', 'A generated header listed as a dependency of the tool that generates it'],
  fixes: [fix('Break the chain at the wrong edge', ['Follow the chain ninja prints and remove the dependency that points back (in CMakeLists.txt, meson.build or the .gn/.gyp file); fix any "multiple rules generate" warning first.'], 'ninja -C build -t query <first file of the cycle>')],
  references: [NINJA_MANUAL],
  samples: ['ninja: error: dependency cycle: chrome -> obj/chrome/chrome.actions_depends.stamp -> chrome'],
};

// ---------------------------------------------------------------- Meson, pkg-config

const mesonDependencyUnquoted: ErrorPattern = {
  id: 'c.meson-dependency-not-found-unquoted',
  language: 'c',
  // Meson 0.49's "meson.build:4:0: ERROR:  Dependency foo not found: CMake not found." (newer ones quote the name).
  match: /meson\.build:\d{1,7}:\d{1,5}: ERROR: {1,3}Dependency (?<pkg>[\w.+-]{1,100}) not found(?:: (?<why>[^\n]{1,200}))?/,
  requires: /ERROR: {1,3}Dependency /,
  errorType: 'could not find package',
  category: 'dependency',
  priority: 13,
  summary: (c) => `Meson found no ${c.pkg} with pkg-config or CMake.`,
  explanation: (c) =>
    `dependency('${c.pkg}') is required, and Meson looked it up with pkg-config (${c.pkg}.pc) and then CMake; neither found it${c.why ? ` (${c.why.trim()})` : ''}. The library or its development package (-dev, -devel, which ships the .pc file) is not installed, or it is installed in a prefix pkg-config does not search.`,
  causes: ['The library\'s development package not installed', 'A library in a custom prefix not on PKG_CONFIG_PATH', 'pkg-config itself not installed'],
  fixes: (c) => [fix(`Install ${c.pkg}'s development files`, [`Install the -dev/-devel package that ships ${c.pkg}.pc (and pkg-config), or add its prefix to PKG_CONFIG_PATH, then run meson setup --reconfigure.`], `pkg-config --modversion ${c.pkg}\nPKG_CONFIG_PATH=/opt/prefix/lib/pkgconfig meson setup --reconfigure build`)],
  references: [MESON_DEPS],
  samples: ['Dependency foo found: NO (tried pkgconfig)\n\nmeson.build:4:0: ERROR:  Dependency foo not found: CMake not found.'],
};

const pkgConfigVirtualWorld: ErrorPattern = {
  id: 'c.pkg-config-required-by-virtual-world',
  language: 'c',
  // pkg-config 0.29's line cut before its ", not found": "Package 'gtk+-3.0', required by 'virtual:world'".
  match: /Package '(?<pkg>[^'\n]{1,100})',? required by 'virtual:world'/,
  requires: /required by 'virtual:world'/,
  errorType: 'could not find package',
  category: 'dependency',
  priority: 11,
  summary: (c) => `pkg-config has no ${c.pkg}.pc: the package's development files are not installed.`,
  explanation: (c) =>
    `"virtual:world" is pkg-config's name for the packages asked for on its command line. It looked for ${c.pkg}.pc in its search path and found none: the library's development package (which ships the .pc file) is not installed, or it is in a prefix not on PKG_CONFIG_PATH.`,
  causes: ['The -dev / -devel package of the library not installed', 'A library installed in a custom prefix not on PKG_CONFIG_PATH'],
  fixes: (c) => [fix(`Install ${c.pkg}'s development package`, ['Install the -dev/-devel package that ships the .pc file (libgtk-3-dev, gtk3-devel…), or point PKG_CONFIG_PATH at its lib/pkgconfig folder.'], `pkg-config --modversion ${c.pkg}\napt-file search ${c.pkg}.pc`)],
  references: [ref('pkg-config guide', 'https://people.freedesktop.org/~dbn/pkg-config-guide.html')],
  samples: ["Package 'gtk+-3.0', required by 'virtual:world'"],
};

// ---------------------------------------------------------------- CMake, Conan

const cmakeAddSubdirectoryWrapped: ErrorPattern = {
  id: 'cpp.cmake-add-subdirectory-wrapped',
  language: 'cpp',
  // cpp.cmake-source-dir-missing's add_subdirectory message with CMake's line break between "existing" and "directory".
  match: /add_subdirectory given source\s{1,10}"(?<path>[^"\n]{1,300})"\s{1,10}which is not an\s{1,10}existing\s{1,10}directory/,
  requires: /add_subdirectory given source/,
  errorType: 'does not contain CMakeLists.txt',
  category: 'configuration',
  priority: 12,
  summary: (c) => `add_subdirectory() names ${c.path}, which does not exist.`,
  explanation: (c) =>
    `add_subdirectory(${c.path}) is relative to the current CMakeLists.txt's folder. That folder is not there: usually a git submodule that was not checked out (a clone without --recursive), a downloaded dependency missing, or a folder renamed in the project without updating the CMakeLists.txt.`,
  causes: ['A git submodule not initialised (cloned without --recursive)', 'A third-party folder the README says to download', 'A folder renamed or moved'],
  fixes: (c) => [fix('Check out the submodules, or fix the path', [`Run git submodule update --init --recursive in the source tree so ${c.path} is there; if the folder was renamed, correct the add_subdirectory(${c.path}) call.`], 'git submodule update --init --recursive')],
  references: [ref('CMake: add_subdirectory', 'https://cmake.org/cmake/help/latest/command/add_subdirectory.html')],
  samples: ['CMake Error at CMakeLists.txt:16 (add_subdirectory):\n    add_subdirectory given source "./llama.cpp" which is not an existing\n    directory.'],
};

const conan1NotFound: ErrorPattern = {
  id: 'cpp.conan1-unable-to-find',
  language: 'cpp',
  // Conan 1's wording of Conan 2's "Package 'x' not resolved: Unable to find 'x' in remotes".
  match: /\bERROR: Unable to find '(?<pkg>[^'\n]{1,200})' in remotes?\b/,
  requires: /ERROR: Unable to find '/,
  errorType: 'not resolved',
  category: 'dependency',
  priority: 14,
  summary: (c) => `Conan could not find the recipe ${c.pkg} in any remote.`,
  explanation: 'The requirement is not in the local cache and no configured remote has it: the name or version is misspelt, the version does not exist on ConanCenter, the remote\'s URL is outdated (ConanCenter moved to center.conan.io, then center2.conan.io), or the remote that hosts it is not added or not logged in.',
  causes: ['A misspelt name or a version that does not exist', 'The remote hosting the recipe not configured, or an outdated ConanCenter URL'],
  fixes: (c) => [fix(`Search the remotes for ${c.pkg}`, ['List the remotes and search them for the recipe; update the ConanCenter URL or add the remote that provides it (conan remote add), or fix the version in the conanfile.'], `conan remote list\nconan search "${(c.pkg ?? 'zlib/').split('/')[0]}*" -r all`)],
  references: [ref('Conan: conan remote', 'https://docs.conan.io/2/reference/commands/remote.html')],
  samples: ["ginkgo/1.4.0: Trying with 'conancenter'...\nERROR: Unable to find 'ginkgo/1.4.0' in remotes"],
};

export const NATIVE_CATALOG9_PATTERNS: readonly ErrorPattern[] = [
  wrongElfClass,
  textRelocation,
  glibcVersionLoose,
  dlsymUndefinedSymbol,
  configureCompilerCheck,
  autoconfUndefinedMacro,
  automakeLibtoolUndefined,
  configureCannotGuess,
  configureNoInstallSh,
  ninjaMultipleRules,
  ninjaDependencyCycle,
  mesonDependencyUnquoted,
  pkgConfigVirtualWorld,
  cmakeAddSubdirectoryWrapped,
  conan1NotFound,
];
