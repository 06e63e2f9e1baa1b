import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { cppTwin, phraseOf } from './native.patterns';

/*
 * C / C++ third pass: the build tools' own messages that the compilers' patterns never see (Ninja, Meson,
 * Bazel's newer wording, Conan, vcpkg's manifest mode, CMake's target and cache errors, MSBuild's "tool
 * exited" codes), the driver and linker messages of a broken or mismatched toolchain (cc1plus missing,
 * PIE relocations, a foreign object file), and a few runtime reports (ASan's start-up check, the MSVC
 * STL's assertion without its dialog, Windows' heap breakpoint).
 *
 * Conventions of native.patterns.ts: the type is the tool's phrase without the names around it, a code when
 * the tool prints one (MSB6006); Meson, Ninja and vcpkg are filed under C like make, with a C++ twin where the
 * text shows C++ (cppTwin); Conan, CMake and MSBuild's VC++ targets under C++ like their existing patterns.
 * A tool's summary line (ninja's "build stopped") answers only when no other error is in the text.
 */

const NINJA_MANUAL = ref('Ninja manual', 'https://ninja-build.org/manual.html');
const MESON_REF = ref('Meson: Reference manual', 'https://mesonbuild.com/Reference-manual.html');
const BAZEL_REF = ref('Bazel: Labels and packages', 'https://bazel.build/concepts/labels');
const CONAN_REF = ref('Conan 2: Settings and profiles', 'https://docs.conan.io/2/reference/config_files/settings.html');
const VCPKG_MANIFEST = ref('vcpkg: Manifest mode', 'https://learn.microsoft.com/vcpkg/concepts/manifest-mode');
const CMAKE_TLL = ref('CMake: target_link_libraries', 'https://cmake.org/cmake/help/latest/command/target_link_libraries.html');
const MSB_REF = ref('Microsoft Learn: MSBuild error codes', 'https://learn.microsoft.com/en-us/visualstudio/msbuild/errors/msbuild-errors');
const GCC_LINK = ref('GCC: Options for Linking', 'https://gcc.gnu.org/onlinedocs/gcc/Link-Options.html');
const GCC_CODEGEN = ref('GCC: Options for Code Generation (-fPIC, -fPIE)', 'https://gcc.gnu.org/onlinedocs/gcc/Code-Gen-Options.html');

// ---------------------------------------------------------------- Ninja

// Any error in the text other than ninja's own summary lines: the summary answers only when nothing else does.
const OTHER_THAN_NINJA = String.raw`(?:^|\n)(?![^\n]*?(?:ninja: build stopped|ninja: error: rebuilding)|FAILED: )[^\n]*?(?:\b(?:error|fatal|FATAL|undefined reference|Error \d)\b|[Ee]xception|No such file|not found|Segmentation fault|Killed)`;

const NINJA: ErrorPattern[] = [
  {
    id: 'c.ninja-no-build-file',
    language: 'c',
    match: /\bninja: error: loading '(?<file>[^'\n]{1,300})': (?<reason>No such file or directory|[^\n]{1,100})/,
    requires: /ninja: error: loading /,
    errorType: (c) => `loading '${(c.file ?? 'build.ninja').split(/[\\/]/).pop()}'`,
    category: 'configuration',
    priority: 11,
    summary: (c) => `ninja found no ${c.file} in the directory it runs in.`,
    explanation: (c) =>
      `ninja only runs the build a generator wrote: ${c.file} is created by CMake (-G Ninja), Meson or gn in the build directory. Here it is missing (${c.reason}): ninja runs in the source directory or another folder than the build directory, or the configure step (cmake, meson setup) failed or was never run, so it wrote nothing.`,
    causes: ['The configure step (cmake -G Ninja, meson setup, gn gen) not run, or it failed', 'ninja run in another directory than the build directory (use -C)', 'A build directory deleted or configured for another generator'],
    fixes: (c) => [
      fix(
        `Generate ${c.file} first, then build in that directory`,
        ['Run the project\'s configure step and check that it ends without an error, then run ninja in (or with -C) the build directory it wrote.'],
        'cmake -S . -B build -G Ninja && ninja -C build\n# Meson:\nmeson setup build && ninja -C build',
      ),
    ],
    references: [NINJA_MANUAL, ref('CMake: Ninja generator', 'https://cmake.org/cmake/help/latest/generator/Ninja.html')],
    samples: ["ninja: error: loading 'build.ninja': No such file or directory", "ninja: Entering directory `out/Release'\nninja: error: loading 'build.ninja': No such file or directory"],
  },
  {
    id: 'c.ninja-missing-input',
    language: 'c',
    match: /\bninja: error: '(?<input>[^'\n]{1,400})', needed by '(?<target>[^'\n]{1,400})', missing and no known rule to make it/,
    requires: /missing and no known rule to make it/,
    errorType: 'missing and no known rule to make it',
    category: 'build',
    priority: 11,
    summary: (c) => `ninja cannot build ${c.target}: its input ${c.input} does not exist and no rule makes it.`,
    explanation: (c) =>
      `${c.target} lists ${c.input} as an input (a source file, or a library to link). The file is not on disk and no rule in build.ninja generates it: it was renamed or deleted after the last configure, a git submodule was not checked out, or the path is a library that should have been built or installed first (the make equivalent is "No rule to make target").`,
    causes: ['A source file renamed, moved or deleted since the build was configured', 'A git submodule or generated file missing', 'An absolute path to a library that is not installed (hard-coded in CMake)'],
    fixes: (c) => [
      fix(
        `Restore ${c.input} or configure again`,
        [`${c.target} needs ${c.input}. Check that ${c.input} exists (git status, git submodule update --init --recursive); if it was renamed, re-run the configure step so build.ninja is regenerated.`],
        'git submodule update --init --recursive\ncmake -S . -B build -G Ninja && ninja -C build',
      ),
    ],
    references: [NINJA_MANUAL],
    samples: ["ninja: error: '../src/foo.c', needed by 'CMakeFiles/app.dir/src/foo.c.o', missing and no known rule to make it"],
  },
  {
    id: 'c.ninja-unknown-target',
    language: 'c',
    match: /\bninja: error: unknown target '(?<target>[^'\n]{1,300})'(?:, did you mean '(?<suggestion>[^'\n]{1,300})'\?)?/,
    requires: /ninja: error: unknown target/,
    errorType: 'unknown target',
    category: 'build',
    priority: 11,
    summary: (c) => `build.ninja has no target named ${c.target}${c.suggestion ? ` (ninja suggests ${c.suggestion})` : ''}.`,
    explanation: (c) =>
      `ninja was asked to build ${c.target}, and no build statement or phony target has that name. Targets come from the generator: CMake writes "install" only when the project has install() rules, "test" only with enable_testing(), and a target of an option that was turned off does not exist.`,
    causes: ['A misspelt target name', 'A target the project only defines with an option (tests, examples) turned on', 'CMake\'s install or test target without install() or enable_testing()'],
    fixes: (c) => [fix(`List the targets and pick the right one`, [`Print the targets ninja knows, then build one of them${c.suggestion ? ` (${c.suggestion}?)` : ''}; turn on the option that defines ${c.target} if it is the project's own.`], 'ninja -C build -t targets all | grep -i ' + (c.target ?? 'name'))],
    references: [NINJA_MANUAL],
    samples: ["ninja: error: unknown target 'install'"],
  },
  {
    id: 'c.ninja-subcommand-failed',
    language: 'c',
    // ninja's summary: the failing command and its output are above it (FAILED: <target>).
    match: new RegExp(String.raw`^(?![\s\S]*?${OTHER_THAN_NINJA})(?:(?=[\s\S]*?(?:^|\n)FAILED: (?<target>[^\n]{1,300}))|)[\s\S]*?\bninja: (?:build stopped|error: rebuilding '(?<rebuild>[^'\n]{1,200})'): subcommand failed`),
    requires: /subcommand failed/,
    errorType: 'subcommand failed',
    category: 'build',
    priority: -20,
    summary: (c) => (c.rebuild ? `ninja could not regenerate ${c.rebuild}: the generator (CMake or Meson) failed.` : `ninja stopped because a build command failed${c.target ? ` (building ${c.target.trim()})` : ''}.`),
    explanation: (c) =>
      c.rebuild
        ? `ninja re-runs the generator when a build file (CMakeLists.txt, meson.build) changed; that run failed, so ${c.rebuild} could not be rebuilt. The generator's own error is printed just above this line.`
        : 'ninja only reports that one of the commands it ran (a compiler, a linker, a code generator) exited with an error, and stops. The command is printed after "FAILED:" and its own error message right below it: that message is the real problem. With many jobs the failing output can be far above the last line.',
    causes: ['A compile or link error in the command after FAILED:', 'A generator (CMake, Meson) error when build files changed', 'A tool killed for lack of memory with many parallel jobs'],
    fixes: (c) => [
      fix(
        c.target ? `Read the output of the command that built ${c.target.trim()}` : 'Find the first FAILED: block and read its message',
        ['Re-run with one job and the full command lines so the failing command is the last thing printed, and read the error right below "FAILED:".'],
        c.target ? `ninja -C build -j1 -v ${c.target.trim()}` : 'ninja -C build -j1 -v 2>&1 | tee build.log\ngrep -n -A20 "^FAILED:" build.log | head -40',
      ),
    ],
    references: [NINJA_MANUAL],
    samples: ['[4/5] Linking C executable app\nFAILED: app\n: && /usr/bin/cc -O2 CMakeFiles/app.dir/main.c.o -o app -lm && :\nninja: build stopped: subcommand failed.', ':-1: error: ninja: build stopped: subcommand failed.'],
  },
];

// ---------------------------------------------------------------- Meson

interface MesonMessage {
  re: RegExp;
  type: string;
  what: (m: string) => string;
  step: string;
}

const MESON_MESSAGES: MesonMessage[] = [
  {
    re: /^(?:Program|command) .{1,300}? not found or not executable/,
    type: 'not found or not executable',
    what: (m) => `a program the build runs is not installed or not on PATH (${m})`,
    step: 'Install the program (the distribution package that provides it), or put it on PATH, then run meson setup --reconfigure.',
  },
  {
    re: /^Subproject exists but has no meson\.build file/,
    type: 'Subproject exists but has no meson.build file',
    what: () => 'a folder under subprojects/ is there but empty or incomplete (a git submodule not checked out, or a wrap not downloaded)',
    step: 'Check out the submodules (git submodule update --init --recursive) or let Meson fetch the wraps (meson subprojects download).',
  },
  {
    re: /^Neither (?:source )?directory contains a build file meson\.build/,
    type: 'Neither directory contains a build file meson.build',
    what: () => 'meson was run where there is no meson.build: neither the current directory nor the one given is the project\'s source directory',
    step: 'Run meson setup from the project root (the folder with meson.build), with the build directory as argument: meson setup build.',
  },
  {
    re: /^Current directory is not a meson build directory/,
    type: 'Current directory is not a meson build directory',
    what: () => 'a meson command that needs a configured build directory (compile, test, install) was run elsewhere',
    step: 'Run it with -C and the build directory, or configure one first: meson setup build && meson compile -C build.',
  },
  {
    re: /^Unknown variable/,
    type: 'Unknown variable',
    what: (m) => `meson.build uses a variable that is not assigned before that line (${m})`,
    step: 'Assign the variable before its use (Meson reads files top to bottom), or fix its name; a variable from a subdir() is only set once that subdir was read.',
  },
  {
    re: /^Unknown compiler\(s\)/,
    type: 'Unknown compiler(s)',
    what: () => 'Meson tried every compiler name for a language of project() and found none installed',
    step: 'Install a compiler for that language (build-essential / g++, clang), or point CC/CXX at one.',
  },
  {
    re: /^Meson version is \S{1,20} but project requires/,
    type: 'Meson version is too old',
    what: (m) => `the installed Meson is older than the project's meson_version (${m})`,
    step: 'Install a newer Meson (pip install --user --upgrade meson, or your distribution\'s backports) and run it instead of the old one.',
  },
  {
    re: /^Not enough arguments to project\(\)/,
    type: 'Not enough arguments to project()',
    what: () => 'a very old Meson cannot read the project() line of a newer project',
    step: 'Install a newer Meson (pip install --user --upgrade meson): the project requires a version that reads its project() call.',
  },
];

const mesonHit = (c: Captures): MesonMessage | undefined => MESON_MESSAGES.find((m) => m.re.test(c.message ?? ''));
const mesonWhere = (c: Captures): string => (c.file ?? c.file2 ? ` (${c.file ?? c.file2}:${c.line ?? c.line2})` : '');

const MESON: ErrorPattern = {
  id: 'c.meson-error',
  language: 'c',
  // "meson.build:4:0: ERROR: …", "ERROR: …" alone for the command line's own checks, and old Meson's
  // "Meson encountered an error in file meson.build, line 1, column 0:" with the message on the next line.
  match:
    /(?:(?<![^\s])(?<file>(?:[^\s:]{0,300}[\\/])?meson\.build):(?<line>\d{1,6}):\d{1,4}: ERROR: {1,2}|(?:^|\n)ERROR: (?=(?:Neither (?:source )?directory contains|Current directory is not a meson build|Unknown compiler\(s\)))|Meson encountered an error in file (?<file2>[^\s,]{1,300}), line (?<line2>\d{1,6}), column \d{1,4}:\s{1,4})(?<message>(?!Dependency ")[^\n]{1,400})/,
  requires: /meson|Meson|ERROR: (?:Neither|Current directory|Unknown compiler)/,
  errorType: (c) => mesonHit(c)?.type ?? phraseOf(c.message),
  category: 'configuration',
  priority: 11,
  summary: (c) => `Meson stopped configuring the project${mesonWhere(c)}: ${(c.message ?? '').trim()}`,
  explanation: (c) => {
    const hit = mesonHit(c);
    return `Meson checks the whole project when it configures it and stops at the first error, writing no build.ninja. ${hit ? `Here ${hit.what((c.message ?? '').trim())}.` : 'The message names the call of meson.build that failed and why.'}`;
  },
  causes: (c) => {
    const hit = mesonHit(c);
    return hit ? [hit.what((c.message ?? '').trim()), 'A build directory configured by another Meson version (wipe it)'] : ['A call of meson.build that fails on this system (a missing program, dependency or option)', 'A Meson older than the project expects'];
  },
  fixes: (c) => {
    const hit = mesonHit(c);
    return [fix(hit ? hit.type : 'Fix the call the message names', [hit ? hit.step : `Open ${c.file ?? c.file2 ?? 'meson.build'} at line ${c.line ?? c.line2 ?? '?'} and fix what the message says.`, 'Then configure again (meson setup --reconfigure build, or --wipe after a Meson upgrade).'], 'meson --version\nmeson setup --wipe build')];
  },
  references: [MESON_REF, ref('Meson: Running Meson', 'https://mesonbuild.com/Running-Meson.html')],
  samples: ["src/meson.build:4:0: ERROR: Program 'jasmine' not found or not executable", 'meson.build:6:0: ERROR: Subproject exists but has no meson.build file', 'Meson encountered an error in file meson.build, line 1, column 0:\nNot enough arguments to project(). Needs at least the project name and one language'],
};

// ---------------------------------------------------------------- Bazel

const BAZEL: ErrorPattern[] = [
  {
    id: 'c.bazel-no-such-package',
    language: 'c',
    // Bazel builds other languages too: not where the text shows one of their rules or sources.
    match: /^(?![\s\S]*?(?:\brules_(?:go|java|jvm_external|python|ruby|nodejs|kotlin|scala|rust|dotnet)\b|@(?:npm|maven|pip)\b|\b(?:go|java|py|kt|scala|rust|ts|js)_(?:library|binary|test)\b|\.(?:java|go|py|rb|kt|scala|rs|ts|js)\b))[\s\S]*?\bno such (?<kind>package|target) '(?<label>[^'\n]{1,300})': (?<reason>BUILD file not found[^\n]{0,200}|target '[^'\n]{1,200}' not declared in package[^\n]{0,300}|[^\n]{1,300})/,
    requires: /no such (?:package|target) '/,
    errorType: (c) => `no such ${c.kind}`,
    category: 'configuration',
    priority: 11,
    summary: (c) => `Bazel has no ${c.kind} ${c.label}.`,
    explanation: (c) =>
      c.kind === 'package'
        ? `A label refers to the package ${c.label}, and no directory of that path has a BUILD or BUILD.bazel file (${c.reason.split('.')[0]}). A Bazel package is a directory with a BUILD file: the path is misspelt, the BUILD file is missing, or the label points into an external repository (@repo//…) that is not declared in WORKSPACE or MODULE.bazel.`
        : `The package exists but declares no target of that name (${c.reason}): the name is misspelt, or the rule is defined in another package or only under a select()/macro that did not create it.`,
    causes: (c) =>
      c.kind === 'package'
        ? ['A directory without a BUILD / BUILD.bazel file', 'A misspelt label path', 'An external repository (@name//…) not declared in WORKSPACE or MODULE.bazel']
        : ['A misspelt target name', 'The rule defined in another package', 'A target created only by a macro or option that is off'],
    fixes: (c) => [
      fix(
        c.kind === 'package' ? `Make ${c.label} a package, or fix the label` : `Use a target that ${c.label.split(':')[0] || 'the package'} declares`,
        [c.kind === 'package' ? 'Check the path; add a BUILD.bazel file to the directory, or declare the external repository the label names.' : 'List the package\'s targets and use one of them.'],
        c.kind === 'package' ? `bazel query '//...' | head\nls ${c.label.replace(/^@[^/]*\/\//, '').replace(/^\/\//, '') || '.'}` : `bazel query '${c.label.split(':')[0]}:*'`,
      ),
    ],
    references: [BAZEL_REF],
    samples: [
      "ERROR: Skipping '//llama:Llama-3.2-1B-Instruct': no such package 'llama': BUILD file not found in any of the following directories. Add a BUILD file to a directory to mark it as a package.\n - llama",
      "ERROR: /home/u/proj/BUILD:5:10: no such target '//lib:foo': target 'foo' not declared in package 'lib' defined by /home/u/proj/lib/BUILD and referenced by '//:app'",
    ],
  },
  {
    id: 'cpp.bazel-action-failed',
    language: 'cpp',
    // Bazel 5+ ("Compiling x.cc failed: (Exit 1)", "Linking app failed: (Exit 1)") and older link lines
    // ("Linking of rule '//:app' failed (Exit 1)"); the compiler's or linker's message follows and outranks it.
    match: /\bERROR: [^\n]{0,400}?: (?:(?<compiling>Compiling) (?<source>[^\s]{1,300}\.(?:cc|cpp|cxx|c\+\+|c|C))(?: \[for (?:tool|host)\])? failed: \((?<exit>Exit \d{1,3})\)|(?<linking>Linking)(?: of rule '(?<rule>[^'\n]{1,300})'| (?<output>[^\s]{1,300}))(?: \[for (?:tool|host)\])? failed:? \((?<exit2>Exit \d{1,3})\))/,
    requires: /(?:Compiling|Linking)[^\n]{1,400}? failed:? \(Exit/,
    errorType: (c) => (c.linking ? 'Linking of rule failed' : 'C++ compilation of rule failed'),
    category: 'build',
    priority: 2,
    summary: (c) => (c.linking ? `Bazel could not link ${c.rule ?? c.output} (${c.exit2}).` : `Bazel could not compile ${c.source} (${c.exit}).`),
    explanation: (c) =>
      c.linking
        ? `The link action of ${c.rule ?? c.output} failed. The linker's own message (an undefined reference, a missing library) is printed after the command Bazel shows; a missing dependency in the target's deps is the usual cause.`
        : `The compile action for ${c.source} failed. The compiler's diagnostics are printed below this line; when none are, the compiler could not run at all (a toolchain missing from the sandbox, cc1/cc1plus not installed, or the machine out of memory with many parallel jobs).`,
    causes: (c) => (c.linking ? ['A symbol from a library the target does not list in deps', 'A system library not passed with linkopts', 'A toolchain problem (the linker could not run)'] : ['A compiler error in that file (printed below)', 'A header of a dependency missing from deps (the sandbox hides it)', 'A C/C++ toolchain Bazel cannot run']),
    fixes: (c) => [fix('Rebuild with the full command and one job', ['Show the failing command line and read the first error printed after it.'], `bazel build //... --verbose_failures --jobs=1${c.linking ? '' : ' --sandbox_debug'}`)],
    references: [ref('Bazel: C++ toolchain configuration', 'https://bazel.build/docs/cc-toolchain-config-reference'), ref('Bazel: Build rules (cc_library, deps)', 'https://bazel.build/reference/be/c-cpp')],
    samples: [
      'ERROR: /home/u/proj/external/abseil-cpp+/absl/hash/BUILD.bazel:35:11: Compiling absl/hash/internal/hash.cc [for tool] failed: (Exit 1): gcc failed: error executing CppCompile command (from target @@abseil-cpp+//absl/hash:hash)',
      "ERROR: /home/u/private-join-and-compute/BUILD:66:1: Linking of rule '//:generate_dummy_data' failed (Exit 1) gcc failed: error executing command /usr/bin/gcc @bazel-out/k8-fastbuild/bin/generate_dummy_data-2.params",
    ],
  },
];

// ---------------------------------------------------------------- Conan

interface ConanMessage {
  re: RegExp;
  type: string;
  summary: (c: Captures) => string;
  explanation: string;
  step: (c: Captures) => string;
  code: string;
}

const CONAN_MESSAGES: ConanMessage[] = [
  {
    re: /Invalid setting/,
    type: 'Invalid setting',
    summary: (c) => `Conan does not know the value ${c.value ?? ''} for ${c.setting ?? 'a setting'}.`,
    explanation: 'Conan checks every setting of the profile against its settings.yml. The value is not in the list: usually a compiler version newer than the Conan release (settings.yml is shipped with Conan), or a version written differently (Conan 1 wanted "5.4" where gcc 5 was detected as "5").',
    step: (c) => `Upgrade Conan (its settings.yml then knows newer compilers), or correct ${c.setting ?? 'the setting'}=${c.value ?? ''} in the profile to one of the values listed; as a last resort add the version to ~/.conan/settings.yml (Conan 1) or settings_user.yml (Conan 2).`,
    code: 'pip install --upgrade conan\nconan profile detect --force   # Conan 2',
  },
  {
    re: /There are invalid packages|Invalid(?: ID)?: /,
    type: 'There are invalid packages',
    summary: (c) => `Conan cannot use ${c.pkg ?? 'a package'} with these settings${c.why ? `: ${c.why}` : ''}.`,
    explanation: 'A recipe\'s validate() rejected the configuration: it needs a C++ standard, compiler or option the profile does not give (for example C++20 with an older compiler), or the profile lacks a setting altogether ("\'settings.compiler\' value not defined": no compiler in the profile).',
    step: (c) => `Read the reason after "Invalid"${c.pkg ? ` for ${c.pkg}` : ''}: set the missing setting or a newer compiler / compiler.cppstd in the profile (conan profile detect writes one), or choose another version of the package.`,
    code: 'conan profile detect --force\nconan install . -s compiler.cppstd=20 --build=missing',
  },
  {
    re: /not resolved/,
    type: 'not resolved',
    summary: (c) => `Conan could not find the recipe ${c.pkg ?? ''} in any remote.`,
    explanation: 'The requirement is not in the local cache and no configured remote has it: the name or version is misspelt, the version does not exist on ConanCenter, or the remote that hosts it (a company server) is not added or not logged in.',
    step: (c) => `Search the remotes for ${c.pkg ?? 'the recipe'} and its versions; add the remote that provides it (conan remote add) or fix the version in conanfile.`,
    code: 'conan remote list\nconan search "zlib/*" -r conancenter',
  },
  {
    re: /Version conflict/,
    type: 'Version conflict',
    summary: () => 'Two requirements of the dependency graph ask for different versions of the same package.',
    explanation: 'Conan needs one version of each package in a graph. Two recipes (or your conanfile and a dependency) require different versions, and neither is an override, so Conan stops instead of picking one.',
    step: () => 'Pin the version in your own conanfile with override=True (Conan 2: self.requires("pkg/x.y", override=True)), or choose dependency versions that agree.',
    code: 'def requirements(self):\n    self.requires("openssl/3.0.13", override=True)',
  },
  {
    re: /Missing binary/,
    type: 'Missing prebuilt package',
    summary: (c) => `Conan has no prebuilt binary of ${c.pkg ?? 'a package'} for these settings.`,
    explanation: 'No remote and no cache entry has a binary of the package for this profile (compiler, its version, build type, runtime, architecture), and Conan builds from source only when asked.',
    step: (c) => `Let Conan build what has no binary (--build=missing${c.pkg ? `, or --build=${c.pkg.split('/')[0]}` : ''}), or use settings the remote has binaries for.`,
    code: 'conan install . --build=missing',
  },
];

const conanHit = (c: Captures): ConanMessage | undefined => CONAN_MESSAGES.find((m) => m.re.test(c.message ?? ''));

const CONAN: ErrorPattern = {
  id: 'cpp.conan-error',
  language: 'cpp',
  match:
    /\bERROR: (?<message>Invalid setting '(?<value>[^'\n]{0,60})' is not a valid '(?<setting>settings\.[\w.]{1,60})' value|There are invalid packages[^\n]{0,100}(?:\n(?<pkg>[\w.+-]{1,100}\/[\w.+-]{1,60})[^\n]{0,60}?: Invalid(?: ID)?: (?<why>[^\n]{1,300}))?|Package '(?<pkg2>[^'\n]{1,200})' not resolved[^\n]{0,200}|Version conflict[^\n]{0,300}|Missing binary: (?<pkg3>[\w.+-]{1,100}\/[\w.+@-]{1,100}))/,
  requires: /ERROR: (?:Invalid setting|There are invalid packages|Package '|Version conflict|Missing binary)/,
  errorType: (c) => conanHit(c)?.type ?? 'Invalid setting',
  category: 'dependency',
  priority: 14,
  summary: (c) => (conanHit(c) ?? CONAN_MESSAGES[0]).summary({ ...c, pkg: c.pkg ?? c.pkg2 ?? c.pkg3 }),
  explanation: (c) => `${(conanHit(c) ?? CONAN_MESSAGES[0]).explanation} Conan's message: ${(c.message ?? '').trim()}`,
  causes: (c) => {
    const t = conanHit(c)?.type;
    if (t === 'Invalid setting') return ['A compiler version newer than the installed Conan knows', 'A hand-written profile with a wrong value'];
    if (t === 'There are invalid packages') return ['A package needing a newer compiler or C++ standard than the profile gives', 'A profile without a compiler setting'];
    if (t === 'not resolved') return ['A misspelt name or a version that does not exist', 'The remote hosting the recipe not configured'];
    if (t === 'Version conflict') return ['Two dependencies requiring different versions of one package'];
    return ['No binary for this compiler, build type or architecture on the remotes'];
  },
  fixes: (c) => {
    const hit = conanHit(c) ?? CONAN_MESSAGES[0];
    return [fix(hit.type, [hit.step({ ...c, pkg: c.pkg ?? c.pkg2 ?? c.pkg3 })], hit.code)];
  },
  references: [CONAN_REF, ref('Conan 2: conan install', 'https://docs.conan.io/2/reference/commands/install.html')],
  samples: [
    "ERROR: Invalid setting '5' is not a valid 'settings.compiler.version' value.\nPossible values are ['4.9', '5.1', '5.2', '5.3', '5.4', '6.1']",
    "ERROR: There are invalid packages (packages that cannot exist for this configuration):\nlibhal/0.1.17: Invalid ID: libhal 0.1.17 requires C++20, which your compiler (apple-clang-13) does not support",
    "ERROR: Package 'zlib/1.2.13' not resolved: No remote defined.",
  ],
};

// ---------------------------------------------------------------- vcpkg (manifest mode, registries, triplets)

const VCPKG: ErrorPattern = {
  id: 'c.vcpkg-error',
  language: 'c',
  match:
    /(?<manifest>Could not locate a manifest \(vcpkg\.json\) above the current working directory)|\berror: no version database entry for (?<port>[\w.-]{1,100}) at (?<version>[^\s\n]{1,60})|\b[Ee]rror: (?:[Ii]nvalid triplet: (?<triplet>[\w-]{1,60})|(?:the )?triplet (?<triplet2>[\w-]{1,60}) could not be found)|\berror: vcpkg was unable to detect the active compiler's information/,
  requires: /vcpkg|version database|triplet/,
  errorType: (c) => (c.manifest ? 'Could not locate a manifest' : c.port ? 'no version database entry' : (c.triplet ?? c.triplet2) ? 'triplet could not be found' : 'unable to detect the active compiler'),
  category: 'dependency',
  priority: 12,
  summary: (c) =>
    c.manifest
      ? 'vcpkg found no vcpkg.json in this directory or any folder above it.'
      : c.port
        ? `vcpkg's registry has no version ${c.version} of ${c.port}.`
        : (c.triplet ?? c.triplet2)
          ? `vcpkg knows no triplet named ${(c.triplet ?? c.triplet2)}.`
          : 'vcpkg could not run the compiler to learn its version and ABI.',
  explanation: (c) =>
    c.manifest
      ? 'The command was run in manifest mode (vcpkg install without package names, or --x-manifest-root), which reads the project\'s vcpkg.json; there is none from here up to the root. Either run it in the project folder, or name the packages to install them in classic mode.'
      : c.port
        ? `A "version>=" constraint or an override asks for ${c.port} ${c.version}, and the versions database of the baseline's registry has no such entry: the version does not exist in vcpkg, is newer than the vcpkg checkout (git pull) or the builtin-baseline commit, or its port version (#1) is missing.`
        : (c.triplet ?? c.triplet2)
          ? `A triplet is a file under triplets/ (or triplets/community/, or an overlay folder) naming the architecture, platform and linkage. ${(c.triplet ?? c.triplet2)} is not one of them: a typo, a community triplet in an old checkout, or a custom triplet whose folder is not passed with --overlay-triplets.`
          : 'Before building a port, vcpkg compiles a small CMake project to identify the toolchain. That failed: no C/C++ compiler installed (Visual Studio\'s C++ workload, build-essential), CC/CXX pointing to a missing compiler, or a broken CMake; the CMake output above says which.',
  causes: (c) =>
    c.manifest ? ['Running vcpkg install outside the project folder', 'A project that has no vcpkg.json (classic mode wanted)'] : c.port ? ['A version that vcpkg does not provide', 'An old vcpkg checkout or builtin-baseline'] : (c.triplet ?? c.triplet2) ? ['A misspelt triplet', 'A custom triplet folder not passed with --overlay-triplets'] : ['No C/C++ compiler installed', 'CC/CXX or the toolchain file pointing to something missing'],
  fixes: (c) => [
    c.manifest
      ? fix('Run vcpkg in the project folder, or name the packages', ['cd into the folder with vcpkg.json (or create one with vcpkg new --application); for a one-off install, pass the package names.'], 'vcpkg new --application\nvcpkg add port fmt\nvcpkg install')
      : c.port
        ? fix(`Ask for a version of ${c.port} that exists`, [`List the versions vcpkg knows for ${c.port} (${c.version} is not among them); update vcpkg (git pull) and the builtin-baseline if the version is new.`], `git -C $VCPKG_ROOT pull\nvcpkg x-update-baseline\ncat $VCPKG_ROOT/versions/${c.port.charAt(0)}-/${c.port}.json | head`)
        : (c.triplet ?? c.triplet2)
          ? fix(`Use a triplet that exists instead of ${(c.triplet ?? c.triplet2)}`, ['List the triplets vcpkg has and pick one, or pass the folder of your own with --overlay-triplets.'], 'ls $VCPKG_ROOT/triplets $VCPKG_ROOT/triplets/community')
          : fix('Install a working compiler and read the CMake output above', ['Install the C++ toolchain (Visual Studio "Desktop development with C++", or build-essential), unset CC/CXX if they point to nothing, and retry.'], 'sudo apt-get install -y build-essential cmake ninja-build pkg-config'),
  ],
  references: [VCPKG_MANIFEST, ref('vcpkg: Versioning reference', 'https://learn.microsoft.com/vcpkg/users/versioning'), ref('vcpkg: Triplets', 'https://learn.microsoft.com/vcpkg/concepts/triplets')],
  samples: ['error: Could not locate a manifest (vcpkg.json) above the current working directory.', 'error: no version database entry for fmt at 10.0.0'],
};

// ---------------------------------------------------------------- CMake

const CMAKE: ErrorPattern[] = [
  {
    id: 'cpp.cmake-target-not-found',
    language: 'cpp',
    // CMake < 3.24: 'Target "a" links to target "b" but the target was not found.'; later: 'Target "a" links to:\n\n    b\n\n  but the target was not found.'
    match: /Target "(?<target>[^"\n]{1,200})" links to(?: target "(?<dep>[^"\n]{1,200})"|:\s{1,20}(?<dep2>[^\s]{1,200}))\s{1,20}but the\s{1,10}target\s{1,10}was\s{1,10}not\s{1,10}found/,
    requires: /links to/,
    errorType: 'target was not found',
    category: 'configuration',
    priority: 12,
    summary: (c) => `${c.target} links to ${c.dep ?? c.dep2}, which is not a target CMake knows.`,
    explanation: (c) =>
      `A name with :: (${c.dep ?? c.dep2}) is always a target: an IMPORTED target that a find_package() call creates, or an ALIAS. No such target exists when the link is generated: the find_package() that provides it is missing, failed quietly (not REQUIRED), sits in another directory scope than this target, or the package exports the target under another name (fmt::fmt vs fmt::fmt-header-only, GTest::gtest vs GTest::GTest).`,
    causes: ['The find_package() that creates the target is missing or not REQUIRED and failed', 'The target name differs from what the package exports', 'find_package() called in a sibling directory, so the target is not visible here'],
    fixes: (c) => [
      fix(
        `Create ${c.dep ?? c.dep2} before linking it`,
        [`Call the find_package() of the package that provides ${c.dep ?? c.dep2} with REQUIRED, before target_link_libraries, in this directory or a parent; check the exact target names in its <Package>Config.cmake or Targets.cmake.`],
        `find_package(${(c.dep ?? c.dep2 ?? 'Pkg::pkg').split('::')[0]} REQUIRED)\ntarget_link_libraries(${c.target} PRIVATE ${c.dep ?? c.dep2})`,
      ),
    ],
    references: [CMAKE_TLL, ref('CMake: find_package', 'https://cmake.org/cmake/help/latest/command/find_package.html')],
    samples: [
      'CMake Error at src/CMakeLists.txt:6 (add_library):\n  Target "CabanaPIC" links to target "Cabana::cabanacore" but the target was\n  not found.  Perhaps a find_package() call is missing for an IMPORTED\n  target, or an ALIAS target is missing?',
      'CMake Error at src/CMakeLists.txt:36 (target_link_libraries):\n  Target "transfer_engine" links to:\n\n    glog::glog\n\n  but the target was not found.  Possible reasons include:',
    ],
  },
  {
    id: 'cpp.cmake-generator-mismatch',
    language: 'cpp',
    match: /Error: generator : (?<now>[^\n]{1,100})\n\s{0,8}Does not match the generator used previously: (?<before>[^\n]{1,100})/,
    requires: /Does not match the generator used previously/,
    errorType: 'Does not match the generator used previously',
    category: 'configuration',
    priority: 12,
    summary: (c) => `This build directory was configured with ${c.before.trim()}, and CMake is now asked for ${c.now.trim()}.`,
    explanation: (c) => `A build directory belongs to one generator: its CMakeCache.txt records ${c.before.trim()}. Running cmake there again with -G ${c.now.trim()} (or an IDE that picks another generator) is refused rather than mixing the two.`,
    causes: ['cmake run again with another -G in an existing build directory', 'An IDE (VS Code CMake Tools, CLion) and the command line using different generators on the same folder'],
    fixes: (c) => [fix('Use a fresh build directory for the other generator', ['Delete CMakeCache.txt and CMakeFiles/ (or the whole build directory), or configure into a new folder.'], `rm -rf build/CMakeCache.txt build/CMakeFiles\ncmake -S . -B build -G "${c.now.trim()}"`)],
    references: [ref('CMake: cmake-generators(7)', 'https://cmake.org/cmake/help/latest/manual/cmake-generators.7.html')],
    samples: ['CMake Error: Error: generator : Ninja\nDoes not match the generator used previously: Unix Makefiles\nEither remove the CMakeCache.txt file and CMakeFiles directory or choose a different binary directory.'],
  },
  {
    id: 'cpp.cmake-cache-moved',
    language: 'cpp',
    match: /The current CMakeCache\.txt directory (?<now>[^\n]{1,300}?) is different than the directory (?<before>[^\n]{1,300}?) where CMakeCache\.txt was created/,
    requires: /where CMakeCache\.txt was created/,
    errorType: 'is different than the directory where CMakeCache.txt was created',
    category: 'configuration',
    priority: 12,
    summary: (c) => `This CMakeCache.txt was written for ${c.before}, not for ${c.now}.`,
    explanation: 'The build directory was copied or moved (or a checkout with its build folder was copied to another path, or mounted elsewhere in a container). CMakeCache.txt keeps absolute paths, so CMake refuses to reuse it where it does not belong.',
    causes: ['A build directory copied or moved to another path', 'A build folder committed to git or shared between machines', 'A container mounting the project at another path'],
    fixes: [fix('Configure from scratch in this place', ['Delete the copied CMakeCache.txt and CMakeFiles/ (or the whole build folder) and configure again; never copy build directories between paths.'], 'rm -rf build\ncmake -S . -B build')],
    references: [ref('CMake: cmake(1)', 'https://cmake.org/cmake/help/latest/manual/cmake.1.html')],
    samples: ['CMake Error: The current CMakeCache.txt directory /build/CMakeCache.txt is different than the directory /old/build where CMakeCache.txt was created. This may result in binaries being created in the wrong place.'],
  },
  {
    id: 'cpp.cmake-not-built-by-project',
    language: 'cpp',
    match: /Cannot specify (?<what>link libraries|include directories|compile (?:definitions|options|features)|link options|sources) for target "(?<target>[^"\n]{1,200})" which is\s{1,10}not built by this\s{1,10}project/,
    requires: /not built by this/,
    errorType: 'is not built by this project',
    category: 'configuration',
    priority: 12,
    summary: (c) => `${c.what} are set for ${c.target}, which no add_executable() or add_library() has created (yet).`,
    explanation: (c) => `target_* commands only work on a target that exists at that point: ${c.target} is created later in the file, in a subdirectory not added yet, under another name, or is an imported target (which this project does not build).`,
    causes: ['target_link_libraries() before the add_executable()/add_library() of that target', 'A different target name (the project() name is not a target)', 'The target defined in a subdirectory added later'],
    fixes: (c) => [fix(`Create ${c.target} first`, [`Move the call below add_executable(${c.target} …) / add_library(${c.target} …), or use the target's real name.`], `add_executable(${c.target} main.cpp)\ntarget_link_libraries(${c.target} PRIVATE fmt::fmt)`)],
    references: [CMAKE_TLL],
    samples: ['CMake Error at CMakeLists.txt:30 (target_link_libraries):\n  Cannot specify link libraries for target "app" which is not built by this\n  project.'],
  },
  {
    id: 'cpp.cmake-parse-error',
    language: 'cpp',
    match: /CMake Error at (?<file>[^\s:()]{1,300}):(?<line>\d{1,7}):\s{1,10}Parse error\.\s{1,10}(?<message>[^\n]{1,200})/,
    requires: /Parse error\./,
    errorType: 'Parse error',
    category: 'syntax',
    priority: 12,
    summary: (c) => `CMake cannot parse ${c.file} at line ${c.line}: ${c.message}`,
    explanation: (c) => `The CMake language is only command calls: name(arguments). Line ${c.line} of ${c.file} holds something else: a brace or a bracket from another language, an unbalanced parenthesis or quote on a line above, or a file that is not CMake (a Makefile, an HTML page saved instead of the raw file).`,
    causes: ['An unbalanced ( or " earlier in the file', 'Text that is not a command call ({ }, a stray word)', 'A downloaded file that is an HTML page, not the CMake script'],
    fixes: (c) => [fix(`Fix the syntax around ${c.file}:${c.line}`, ['Check the parentheses and quotes of the commands above that line; every statement must be name(…).'], `sed -n '${Math.max(1, Number(c.line) - 5)},${c.line}p' ${c.file}`)],
    references: [ref('CMake: cmake-language(7)', 'https://cmake.org/cmake/help/latest/manual/cmake-language.7.html')],
    samples: ['CMake Error at CMakeLists.txt:4:\n  Parse error.  Expected a command name, got unquoted argument with text\n  "}".'],
  },
];

// ---------------------------------------------------------------- MSBuild: a tool the VC++ targets ran exited

const MSB_TOOL: Record<string, string> = {
  MSB6006: 'a tool MSBuild started (the compiler, the linker, or cmd.exe for a custom build step) exited with an error code',
  MSB3073: 'a command of a build event or custom build step (a pre-/post-build command, a CMake custom command) exited with an error code',
  MSB3721: 'the CUDA compiler (nvcc), started by the CUDA build customisation, exited with an error code',
};

const MSBUILD_TOOL: ErrorPattern = {
  id: 'cpp.msbuild-tool-exited',
  language: 'cpp',
  // "…Microsoft.CppCommon.targets(358,5): error MSB6006: "CL.exe" exited with code 2. [x.vcxproj]", the Error
  // List's "Error  MSB6006  "cmd.exe" exited with code 3." (also localised: “CL.exe”已退出，代码为 2), MSB3073's
  // 'The command "…" exited with code 1.' and MSB3721's nvcc command.
  // Not a .NET project's (csc.exe, a .csproj): those are C#'s.
  match:
    /^(?![\s\S]*?(?:\.csproj\b|\bcsc\.exe\b|Microsoft\.CSharp|\.NET SDK|Microsoft\.Common\.CurrentVersion\.targets))[\s\S]*?(?:\berror |(?:^|\n)\s{0,8}(?:Error|错误|Fehler|Erreur|エラー)\s{1,12})(?<code>MSB6006|MSB3073|MSB3721)(?::\s{0,4}|\s{1,8})(?:[“"](?<tool>[^”"\n]{1,100})[”"]\s{0,4}(?:exited with code|已退出，代码为|wurde mit dem Code|s'est arrêté avec le code)\s{0,4}(?<status>-?\d{1,12}))?(?<rest>[^\n]{0,800})/,
  requires: /MSB6006|MSB3073|MSB3721/,
  errorType: (c) => c.code ?? 'MSB6006',
  category: 'build',
  priority: 10,
  summary: (c) => `MSBuild stopped with ${c.code}: ${c.tool ? `${c.tool} exited with code ${c.status}` : MSB_TOOL[c.code ?? 'MSB6006']}.`,
  explanation: (c) => {
    const tool = (c.tool ?? '').toLowerCase();
    const what =
      tool === 'cl.exe'
        ? 'The compiler (cl.exe) failed; with code 2 it reported compile errors, which are listed above this line (C2065, C1083…), or it crashed (a negative code such as -1073741571 is a stack overflow of the compiler).'
        : tool === 'link.exe'
          ? 'The linker (link.exe) failed; its LNK errors are listed above this line.'
          : tool === 'cmd.exe' || c.code === 'MSB3073'
            ? 'A custom build step, pre-/post-build event or CMake custom command ran a script that failed; exit code 3 from cmd.exe is often a path not found, 9009 a program not found. The command and its output are just above this line in the Output window (Build output verbosity: Normal or Detailed).'
            : c.code === 'MSB3721'
              ? 'nvcc failed; the CUDA compiler\'s own error (an unsupported host compiler, an architecture, a code error in a .cu file) is printed above.'
              : 'The tool\'s own message is printed above this line.';
    return `${c.code} comes from MSBuild's C++ targets (Microsoft.CppCommon.targets): ${MSB_TOOL[c.code ?? 'MSB6006']}. It only says that the tool failed. ${what}`;
  },
  causes: (c) =>
    (c.tool ?? '').toLowerCase() === 'cl.exe'
      ? ['Compile errors listed above (fix the first one)', 'The compiler crashing or running out of memory (a negative exit code)']
      : ['A pre-/post-build event or custom command that failed (a path, a missing program: 9009)', 'A script that needs quoting of paths with spaces', 'The tool\'s own error printed above'],
  fixes: (c) => [
    fix(
      'Read the tool\'s output above the MSB line',
      [
        'In Visual Studio, set Tools > Options > Projects and Solutions > Build and Run > MSBuild project build output verbosity to Detailed, rebuild, and read the first error above the MSB line.',
        (c.tool ?? '').toLowerCase() === 'cl.exe' ? 'Fix the first C-code error the compiler reported.' : 'Run the failing command by hand in a Developer Command Prompt to see its message; quote paths with spaces in build events.',
      ],
      'msbuild app.sln /m:1 /v:detailed > build.log\nfindstr /n /i "error" build.log',
    ),
  ],
  references: [MSB_REF, ref('Microsoft Learn: Specify build events (C++)', 'https://learn.microsoft.com/en-us/visualstudio/ide/specifying-custom-build-events-in-visual-studio')],
  samples: [
    'C:\\Program Files (x86)\\Microsoft Visual Studio\\2017\\Community\\Common7\\IDE\\VC\\VCTargets\\Microsoft.CppCommon.targets(358,5): error MSB6006: “CL.exe” exited with code 2 [C:\\src\\fmt\\build\\test\\compile-test.vcxproj]',
    'Error\tMSB6006\t"cmd.exe" exited with code 3.\tMetaLang\tC:\\Program Files (x86)\\MSBuild\\Microsoft.Cpp\\v4.0\\V140\\Microsoft.CppCommon.targets\t171',
    'C:\\Program Files (x86)\\MSBuild\\Microsoft.Cpp\\v4.0\\V120\\Microsoft.CppCommon.targets(122,5): error MSB3073: The command "copy /y data\\*.dll $(OutDir)" exited with code 1. [C:\\src\\app\\app.vcxproj]',
  ],
};

// ---------------------------------------------------------------- the driver and the linker

const TOOLCHAIN: ErrorPattern[] = [
  {
    id: 'c.gcc-cannot-execute-cc1',
    language: 'c',
    // gcc's driver finds no compiler proper: "cannot execute 'cc1plus': execvp: …" (older: "error trying to exec 'cc1plus'").
    match: /\b(?<driver>[\w.+-]{0,60}(?:gcc|g\+\+|cc|c\+\+))(?:\.exe)?: (?:fatal error: cannot execute|error trying to exec) [‘'](?<program>cc1plus|cc1obj|cc1|as|collect2|lto1|ld)(?:\.exe)?[’']: (?<call>execvp|CreateProcess|spawn|posix_spawn)?/,
    requires: /cannot execute|error trying to exec/,
    errorType: (c) => `cannot execute '${c.program}'`,
    category: 'dependency',
    priority: 12,
    summary: (c) => `${c.driver} is installed, but the program it runs for this step (${c.program}) is missing.`,
    explanation: (c) =>
      c.program === 'cc1plus'
        ? `gcc and g++ are only drivers: they run cc1plus to compile C++. This gcc has no C++ compiler installed (the g++ package), or the driver belongs to another gcc version than the one installed, so it looks for cc1plus in a folder that does not exist. nvcc and build tools that compile .cpp files with "gcc" hit this on systems with only the C compiler.`
        : c.program === 'cc1'
          ? `gcc is only a driver: it runs cc1 to compile C. Its installation is incomplete or broken (a partial package, a MinGW copied without its libexec folder), or ${c.driver} is a different version than the compiler parts next to it.`
          : `The driver runs ${c.program} for this step and did not find it: the binutils or the toolchain's own folder are not installed or not where this ${c.driver} expects them.`,
    causes: (c) => (c.program === 'cc1plus' ? ['The C++ compiler (g++) not installed, only gcc', 'A gcc driver of another version than the installed g++ (gcc-12 with g++-11)', 'A conda or cross toolchain without its C++ part'] : ['An incomplete or moved toolchain (MinGW without libexec)', 'Mismatched versions of the driver and the compiler parts']),
    fixes: (c) => [
      fix(
        c.program === 'cc1plus' ? 'Install the C++ compiler of the same version' : 'Reinstall the toolchain completely',
        [c.program === 'cc1plus' ? `Install g++ for the same version as ${c.driver} (gcc --version), or point CXX to the g++ that is installed.` : `Reinstall the toolchain (build-essential, the whole MinGW-w64 / MSYS2 package) and use its own ${c.driver}.`, 'Check which program the build really runs and where it looks for its parts.'],
        c.program === 'cc1plus' ? 'gcc --version\nsudo apt-get install -y g++        # or g++-$(gcc -dumpversion)\ngcc -print-prog-name=cc1plus' : `${c.driver} -print-prog-name=${c.program}\nsudo apt-get install --reinstall build-essential`,
      ),
    ],
    references: [ref('GCC: Overall options (the compilation stages)', 'https://gcc.gnu.org/onlinedocs/gcc/Overall-Options.html')],
    samples: ["C:\\Users\\dev\\gcc\\bin>gcc hello.c\ngcc: fatal error: cannot execute 'cc1': CreateProcess: No such file or directory\ncompilation terminated.", "gcc: error trying to exec 'cc1': execvp: No such file or directory"],
  },
  {
    id: 'c.fpie-relocation',
    language: 'c',
    // The PIE side of ld's -fPIC message: a non-PIC object or static library linked into a position-independent executable.
    match: /relocation (?<reloc>R_[A-Z0-9_]{1,40}) against [^\n]{1,300}?can ?not be used when making a PIE object(?:; recompile with -fPIE|(?![^\n]{0,40}recompile with -fPIC))/,
    requires: /when making a PIE object/,
    errorType: 'recompile with -fPIE',
    category: 'build',
    priority: 12,
    summary: (c) => `An object or static library compiled without -fPIC/-fPIE is linked into a position-independent executable (${c.reloc}).`,
    explanation: (c) =>
      `Most distributions' gcc builds executables as PIE by default (-pie), which needs position-independent code everywhere. An object in the link, usually from a static library (.a) built elsewhere or by an older toolchain, or hand-written assembly, uses absolute ${c.reloc} relocations, which a PIE cannot have.`,
    causes: ['A static library (.a) built without -fPIC/-fPIE, or prebuilt for a non-PIE toolchain', 'Assembly code using absolute addresses', 'Objects compiled with -fno-pic and linked with gcc\'s default -pie'],
    fixes: [
      fix('Rebuild the static parts as position-independent, or link without PIE', ['Recompile the library with -fPIC (CMake: -DCMAKE_POSITION_INDEPENDENT_CODE=ON), which PIE links accept; or, if you cannot rebuild it, link the executable with -no-pie.'], 'cmake -S . -B build -DCMAKE_POSITION_INDEPENDENT_CODE=ON\n# or, for the executable only:\ngcc -o app main.o libfoo.a -no-pie'),
    ],
    references: [GCC_CODEGEN, GCC_LINK],
    samples: ["/usr/bin/ld: main.o: relocation R_X86_64_32 against `.rodata.str1.1' can not be used when making a PIE object; recompile with -fPIE\ncollect2: error: ld returned 1 exit status"],
  },
  {
    id: 'c.ld-file-format-not-recognized',
    language: 'c',
    match: /\bld(?:\.bfd|\.gold|\.exe)?: (?<file>[^\n:]{1,300}?): file (?:format not recognized|not recognized: (?:file format not recognized|[Ff]ile truncated|[^\n]{1,80}))/,
    requires: /not recognized|[Ff]ile truncated/,
    errorType: 'file format not recognized',
    category: 'build',
    priority: 12,
    summary: (c) => `The linker cannot read ${c.file}: it is not an object file or library for this target.`,
    explanation: (c) =>
      `${c.file} was given to the linker but is not an ELF object or archive it understands: an object or library built for another architecture or platform (an ARM or Windows .o in an x86-64 Linux link), a file built with LTO by another compiler version (clang's bitcode given to GNU ld), a truncated file from an interrupted build, a Git LFS pointer instead of the real binary, or a source or header file put on the link line.`,
    causes: ['A library or object built for another architecture or OS', 'An LTO object from another compiler given to GNU ld', 'A truncated file (an interrupted build, a Git LFS pointer)', 'A source or text file on the link line'],
    fixes: (c) => [fix(`Check what ${c.file} really is`, ['Look at the file type; rebuild it for this target (clean build), or use the right library for this architecture.'], `file ${c.file}\nobjdump -f ${c.file} | head -3\nmake clean && make`)],
    references: [GCC_LINK],
    samples: ['/usr/bin/ld: main.o: file not recognized: file format not recognized\ncollect2: error: ld returned 1 exit status'],
  },
  {
    id: 'c.ld-needed-not-found',
    language: 'c',
    match: /\bld(?:\.bfd|\.gold|\.exe)?: warning: (?<lib>[^\s,]{1,200}), needed by (?<by>[^\s,]{1,300}), not found \(try using -rpath or -rpath-link\)/,
    requires: /try using -rpath or -rpath-link/,
    errorType: 'not found (try using -rpath or -rpath-link)',
    category: 'dependency',
    priority: 9,
    summary: (c) => `${c.by} depends on ${c.lib}, which the linker could not find.`,
    explanation: (c) =>
      `The linker follows the dependencies of the shared libraries it links: ${c.by} needs ${c.lib}, and it is neither in the default library path nor in an -rpath-link folder. The link then usually fails with undefined references to symbols of ${c.lib}. Typical: ${c.by} was built against another version of the library (libssl.so.1.1 on a system with OpenSSL 3), or a cross/sysroot build without -rpath-link.`,
    causes: ['The library version the dependency was built against is not installed', 'A library outside the default paths (a custom prefix, a sysroot) without -rpath-link', 'A prebuilt dependency from another distribution release'],
    fixes: (c) => [fix(`Provide ${c.lib} or rebuild ${c.by}`, [`Install the package that provides ${c.lib} (or its compat package), or rebuild ${c.by} against the library version this system has; for libraries in another folder pass it with -Wl,-rpath-link.`], `ldd ${c.by} | grep 'not found'\ngcc ... -Wl,-rpath-link,/opt/lib`)],
    references: [GCC_LINK, ref('GNU ld: Options (-rpath-link)', 'https://sourceware.org/binutils/docs/ld/Options.html')],
    samples: ['/usr/bin/ld: warning: libssl.so.1.1, needed by /usr/lib/libcurl.so, not found (try using -rpath or -rpath-link)'],
  },
  {
    id: 'cpp.option-valid-for-c-only',
    language: 'cpp',
    // Only a warning: when a compiler error follows it (pip builds print this warning for every C++ extension,
    // since Python's CFLAGS carry -Wstrict-prototypes), that error is the answer.
    match: /\bcc1plus(?:\.exe)?: (?:error|warning(?![^\n]{0,300}\n[\s\S]*?:\d{1,7}(?::\d{1,7})?: (?:fatal )?error: )): command[- ]line option [‘'](?<option>-[^’'\n]{1,100})[’'] is valid for (?<langs>[\w/+]{1,40}) but not for C\+\+/,
    requires: /but not for C\+\+/,
    errorType: 'is valid for C/ObjC but not for C++',
    category: 'build',
    priority: 11,
    summary: (c) => `${c.option} is a C-only option, passed to the C++ compiler.`,
    explanation: (c) =>
      `g++ accepts ${c.option} only for ${c.langs}; for C++ sources it warns, and the build turns the warning into an error with -Werror. The flag comes from CFLAGS copied into CXXFLAGS, or from a CMake add_compile_options() that applies to every language.`,
    causes: ['C-only warning flags (-Wstrict-prototypes, -Wmissing-prototypes, -Wold-style-definition) in CXXFLAGS', 'add_compile_options() applying C flags to C++ too', '-Werror turning the warning into an error'],
    fixes: (c) => [fix(`Pass ${c.option} to C sources only`, ['Keep C-only flags in CFLAGS, or in CMake restrict them with a generator expression.'], `add_compile_options($<$<COMPILE_LANGUAGE:C>:${c.option}>)`)],
    references: [ref('GCC: Warning Options', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html'), ref('CMake: add_compile_options', 'https://cmake.org/cmake/help/latest/command/add_compile_options.html')],
    samples: ["cc1plus: error: command-line option '-Wstrict-prototypes' is valid for C/ObjC but not for C++ [-Werror]"],
  },
  {
    id: 'c.unrecognized-argument-in-option',
    language: 'c',
    match: /\b(?<driver>[\w.+-]{0,60}(?:gcc|g\+\+|cc1|cc1plus|as))(?:\.exe)?: error: unrecognized argument in option [‘'](?<option>-[^’'\n=]{1,60})=(?<value>[^’'\n]{1,100})[’']/,
    requires: /unrecognized argument in option/,
    errorType: 'unrecognized argument in option',
    category: 'build',
    priority: 11,
    summary: (c) => `${c.driver} does not know ${c.value} as a value of ${c.option}.`,
    explanation: (c) =>
      `The option ${c.option} exists, but this ${c.driver} has no ${c.value} among its values: a CPU, architecture or FPU newer than this compiler version (${c.option}=${c.value} needs a newer GCC), a misspelt name, or a value for another toolchain (an x86 -march in an ARM build).`,
    causes: ['A compiler too old for that CPU or architecture name', 'A misspelt value', 'Flags meant for another target toolchain'],
    fixes: (c) => [fix(`Use a ${c.driver} that knows ${c.value}, or another value`, [`Print the values this compiler accepts for ${c.option}; upgrade the toolchain if ${c.value} is missing, or choose the closest supported one.`], `${c.driver} ${c.option}=help 2>&1 | head\n${c.driver} --version`)],
    references: [ref('GCC: Machine-Dependent Options', 'https://gcc.gnu.org/onlinedocs/gcc/Submodel-Options.html')],
    samples: ["arm-none-eabi-gcc: error: unrecognized argument in option '-mcpu=cortex-m55'"],
  },
];

// ---------------------------------------------------------------- an error reported inside a standard header

/** `invalid operands to binary expression` is clang's wording of g++'s `no match for operator`. */
const stdHeaderPhrase = (c: Captures): string => (/^invalid operands to binary expression\b/.test(c.message ?? '') ? 'no match for operator' : phraseOf(c.message));

const STD_HEADER: ErrorPattern = {
  id: 'cpp.compile-error-in-std-header',
  language: 'cpp',
  // libstdc++'s and libc++'s headers without an extension (type_traits, variant, algorithm, c++/v1/memory) are no
  // C/C++ file name to the other location patterns. The user's own line is the one the template was instantiated
  // from: gcc's "required from here" (printed above the error), clang's "requested here" (below).
  match: new RegExp(
    String.raw`^(?:(?=[\s\S]{0,20000}?(?<![^\s])(?<user>[^\s:]{1,300}\.(?:cpp|cc|cxx|c\+\+|hpp|hh|hxx|h|ipp|tpp|ino|cu)):(?<userLine>\d{1,7}):(?:\d{1,7}:)? {1,3}(?:required from here|note: in instantiation of[^\n]{0,400}?requested here))|)[\s\S]*?(?<=(?<![^\s])(?<file>(?:[A-Za-z]:)?[^\s:]{0,400}include[\\/]c\+\+[\\/](?:v1|\d{1,2}(?:\.\d{1,2}){0,2})[\\/](?:[\w-]{1,60}[\\/]){0,3}[A-Za-z_][\w-]{0,60}):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )(?:fatal )?error: (?<message>[^\n]{1,500})`,
  ),
  requires: /include[\\/]c\+\+[\\/]/,
  errorType: stdHeaderPhrase,
  category: 'type',
  // Below the generic compile errors of the user's own files (-9, -10): the first error in your code is the better answer.
  priority: -11,
  summary: (c) => `The compiler reports an error inside the standard library (${c.file.split(/[\\/]/).pop()} line ${c.line})${c.user ? `, for the code at ${c.user}:${c.userLine}` : ''}: ${c.message}`,
  explanation: (c) =>
    `The standard library is not wrong: a template of it was instantiated with a type or arguments it does not accept, and the error surfaces where the template uses them (${c.file}). ${c.user ? `The line of your code that caused it is ${c.user}:${c.userLine}.` : 'The line of your code that caused it is listed in the notes: gcc\'s "required from here" above the error, clang\'s "in instantiation of … requested here" below it.'} Typical causes: a type without the operator or constructor the algorithm or container needs (operator< for std::sort and std::map keys, a copy constructor for std::vector<T> copies), or arguments of the wrong type.`,
  causes: ['A type missing what the template needs (operator<, operator==, a copy or default constructor, std::hash)', 'Arguments of the wrong type passed to a standard function or container', 'A std:: feature of a newer standard than the one compiled with'],
  fixes: (c) => [
    fix(
      c.user ? `Fix the call at ${c.user}:${c.userLine}` : 'Find your line in the notes',
      [
        c.user ? `Open ${c.user} at line ${c.userLine}: that call instantiates ${c.file.split(/[\\/]/).pop()} with types it rejects ("${stdHeaderPhrase(c)}").` : `Search the notes for the first line in your own files ("required from here" or "requested here"); the call there instantiates ${c.file.split(/[\\/]/).pop()} with types it rejects.`,
        'Give your type what the template needs (operator<, operator==, a constructor), or pass the type it expects.',
      ],
      'bool operator<(const Result &a, const Result &b) { return a.score < b.score; }   // for std::sort, std::map\nbool operator==(const Result &a, const Result &b) = default;           // C++20',
    ),
  ],
  references: [ref('GCC: Template instantiation notes (-ftemplate-backtrace-limit)', 'https://gcc.gnu.org/onlinedocs/gcc/C_002b_002b-Dialect-Options.html'), ref('cppreference: Named requirements', 'https://en.cppreference.com/w/cpp/named_req')],
  samples: [
    "In file included from main.cpp:1:\n/usr/include/c++/11/type_traits:2568:11: error: no type named 'type' in 'struct std::enable_if<false, void>'\n 2568 |     using enable_if_t = typename enable_if<_Cond, _Tp>::type;",
    '/usr/include/c++/12/variant:1094:14: error: static assertion failed: T must occur exactly once in alternatives\nmain.cpp:9:30:   required from here',
  ],
};

// ---------------------------------------------------------------- runtime reports

const RUNTIME: ErrorPattern[] = [
  {
    id: 'c.asan-runtime-not-first',
    language: 'c',
    match: /==\d{1,9}==ASan runtime does not come first in initial library list/,
    requires: /ASan runtime does not come first/,
    errorType: 'ASan runtime does not come first',
    category: 'configuration',
    priority: 12,
    summary: 'AddressSanitizer refused to start: its runtime library was loaded after other libraries.',
    explanation:
      'A program built with -fsanitize=address must load the ASan runtime before anything else so it can intercept malloc and friends. Here the executable itself was not linked with the sanitizer (only a shared library was), or another preloaded library (LD_PRELOAD, a Python interpreter loading an ASan-built extension) came first.',
    causes: ['Only a shared library built with -fsanitize=address, the executable without it', 'An ASan-built extension loaded by an uninstrumented interpreter (Python, Node)', 'Another library in LD_PRELOAD before libasan'],
    fixes: [
      fix('Link the executable with -fsanitize=address, or preload the runtime', ['Add -fsanitize=address to the executable\'s link flags as well; for an interpreter, preload the runtime the compiler uses.'], 'gcc -fsanitize=address -g -o app main.c libfoo.so\nLD_PRELOAD=$(gcc -print-file-name=libasan.so) python3 test.py'),
    ],
    references: [ref('Clang: AddressSanitizer', 'https://clang.llvm.org/docs/AddressSanitizer.html'), ref('google/sanitizers wiki: AddressSanitizer', 'https://github.com/google/sanitizers/wiki/AddressSanitizer')],
    samples: ['==11915==ASan runtime does not come first in initial library list; you should either link runtime to your application or manually preload it with LD_PRELOAD.'],
  },
  {
    id: 'cpp.msvc-stl-assertion',
    language: 'cpp',
    // The MSVC STL's debug checks without the dialog (a console, a test runner): "…\include\vector(1931) : Assertion failed: vector subscript out of range".
    match: /[\\/]include[\\/](?<header>\w{1,40})\((?<line>\d{1,6})\) ?: Assertion failed: (?<message>[^\n]{1,200})/,
    requires: /Assertion failed: /,
    errorType: 'assertion failed',
    category: 'runtime',
    priority: 9,
    summary: (c) => `A debug check of the Visual C++ standard library failed in <${c.header}>: ${c.message.trim()}.`,
    explanation: (c) =>
      `Debug builds of the MSVC standard library check their preconditions; the program broke one of <${c.header}>'s (${c.message.trim()}), for example an index past size() in operator[] or an invalidated iterator. Release builds skip the check and the same bug reads or writes out of bounds silently.`,
    causes: ['An index at or past size() (often an empty container, or an off-by-one loop)', '&v[0] on an empty vector', 'An iterator used after the container changed'],
    fixes: [fix('Find the call in the debugger and fix the index', ['Run the Debug build under the debugger; when it stops, walk up the call stack to your code and check the index against size() (or use .at() to get an exception you can catch).'], 'for (std::size_t i = 0; i < v.size(); ++i)   // not <=\n    use(v[i]);\nint *p = v.data();                      // not &v[0] on an empty vector')],
    references: [ref('Microsoft Learn: Checked iterators and _ITERATOR_DEBUG_LEVEL', 'https://learn.microsoft.com/en-us/cpp/standard-library/iterator-debug-level')],
    samples: ['Abnormal program termination: C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\VC\\Tools\\MSVC\\14.44.35207\\include\\vector(1931) : Assertion failed: vector subscript out of range'],
  },
  {
    id: 'c.windows-heap-breakpoint',
    language: 'c',
    match: /Windows has triggered a breakpoint in (?<program>[^\s.]{1,200}\.exe)\.\s{1,10}This may be due to a corruption of the heap/,
    requires: /corruption of the heap/,
    errorType: 'heap corruption',
    category: 'memory',
    priority: 9,
    summary: (c) => `The Windows heap manager found ${c.program}'s heap corrupted and stopped it in the debugger.`,
    explanation: (c) =>
      `When ${c.program} frees or allocates memory, the heap manager checks its bookkeeping and found it overwritten: a write past the end of a buffer, a double free, freeing with the wrong function (delete for new[], free for new), or memory freed by a DLL with another C runtime than the one that allocated it. The place where it stops is usually after the real bug.`,
    causes: ['A buffer overrun damaging the next heap block', 'A double free or a use after free', 'Mismatched allocation and release (new[]/delete, malloc/delete, another DLL\'s CRT)'],
    fixes: (c) => [fix('Find the write that damages the heap', ['Turn on page heap for the program so it stops at the bad write itself, or build with /fsanitize=address.'], `gflags /p /enable ${c.program} /full\n# or compile with AddressSanitizer:\ncl /fsanitize=address /Zi main.cpp`)],
    references: [ref('Microsoft Learn: GFlags and PageHeap', 'https://learn.microsoft.com/en-us/windows-hardware/drivers/debugger/gflags-and-pageheap'), ref('Microsoft Learn: AddressSanitizer (MSVC)', 'https://learn.microsoft.com/en-us/cpp/sanitizers/asan')],
    samples: ['Windows has triggered a breakpoint in app.exe.\n\nThis may be due to a corruption of the heap, which indicates a bug in app.exe or any of the DLLs it has loaded.'],
  },
];

export const NATIVE_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  ...NINJA,
  cppTwin(NINJA[0], ["[  1%] Building CXX object CMakeFiles/app.dir/main.cpp.o\nninja: error: loading 'build.ninja': No such file or directory"]),
  cppTwin(NINJA[1], ["ninja: error: '../src/widget.cpp', needed by 'CMakeFiles/app.dir/src/widget.cpp.o', missing and no known rule to make it"]),
  cppTwin(NINJA[3], [
    '[636/741] Linking CXX executable thread_pool_executor_test\nFAILED: thread_pool_executor_test\n: && /usr/bin/c++ -O2 -g -o thread_pool_executor_test libfolly.a\nninja: build stopped: subcommand failed.',
  ]),
  MESON,
  cppTwin(MESON, ["meson.build:10:0: ERROR: Unknown variable \"fmt_dep\".\n[1/2] Compiling C++ object app.p/main.cpp.o"]),
  ...BAZEL,
  CONAN,
  VCPKG,
  ...CMAKE,
  MSBUILD_TOOL,
  ...TOOLCHAIN,
  cppTwin(TOOLCHAIN[0], ["gcc: fatal error: cannot execute ‘cc1plus’: execvp: No such file or directory\ncompilation terminated.", "g++: error trying to exec 'cc1plus': execvp: No such file or directory"]),
  cppTwin(TOOLCHAIN[1], ["/usr/bin/ld: libmrcfile.a(CSaveMainHeader.o): relocation R_X86_64_32 against symbol `__gxx_personality_v0@@CXXABI_1.3' can not be used when making a PIE object; recompile with -fPIE"]),
  ...RUNTIME,
  STD_HEADER,
];
