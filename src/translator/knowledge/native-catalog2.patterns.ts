import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { ANY_LOC, at, cppref, CPP_EVIDENCE, cppTwin, QC, QN, QO, rx } from './native.patterns';

/*
 * C / C++ toolchains beyond gcc's and GNU ld's own words: Apple's linker (ld64 and Xcode 15's ld-prime),
 * the EDG front end as Visual Studio's IntelliSense and VS Code's C/C++ extension show it, MSBuild's VC++
 * targets (MSB8xxx), nvcc and ptxas, and the arm-none-eabi toolchain's driver and linker.
 *
 * Conventions of native.patterns.ts: error types are gcc's phrase for the same diagnostic (IntelliSense's
 * `identifier "x" is undefined` is nvcc's EDG wording, already `identifier is undefined`; its `class "A"
 * has no member "b"` is gcc's `has no member named`); a code when the tool prints one (E0020 in Visual
 * Studio's Error List, MSB8036). Linker and driver messages are C's unless the text shows C++ (cppTwin).
 * Priorities: 11/12 (C / C++ twin) like the compiler and linker messages there, above ld's summary lines.
 */

const LD64 = ref('Apple: Building a universal macOS binary', 'https://developer.apple.com/documentation/apple-silicon/building-a-universal-macos-binary');
const INTELLISENSE = ref('VS Code: Configure C/C++ IntelliSense', 'https://code.visualstudio.com/docs/cpp/configure-intellisense');
const VC_ERRORS = ref('Microsoft Learn: C/C++ build errors', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-errors-1/c-cpp-build-errors');

// ---------------------------------------------------------------- Apple ld (ld64, ld-prime)

const APPLE_LD: ErrorPattern[] = [
  {
    id: 'c.ld64-framework-not-found',
    language: 'c',
    // ld64: "ld: framework not found Foo"; Xcode 15's ld-prime: "ld: framework 'Foo' not found".
    match: /\bld: (?:warning: )?framework (?:not found (?<framework>[\w.+-]{1,100})|'(?<framework2>[\w.+-]{1,100})' not found)/,
    errorType: 'framework not found',
    category: 'dependency',
    priority: 11,
    summary: (c) => `The linker found no framework ${c.framework ?? c.framework2}.`,
    explanation: (c) =>
      `The link line asks for -framework ${c.framework ?? c.framework2}, and none of the framework search paths (the SDK's System/Library/Frameworks and every -F directory) has ${c.framework ?? c.framework2}.framework. Apple's own frameworks come from the SDK, so a missing one means a wrong or missing SDK (Command Line Tools not installed or xcode-select pointing elsewhere), a name misspelt, or a framework that exists only on another platform (an iOS-only framework in a macOS build); a third-party framework needs its folder passed with -F.`,
    causes: ['A third-party framework whose folder is not passed with -F', 'The SDK missing or not selected (xcode-select, SDKROOT)', 'A framework of another platform (iOS-only on macOS), or a misspelt name'],
    fixes: (c) => [
      fix(
        `Make ${c.framework ?? c.framework2}.framework findable`,
        [
          `For your own or a vendor's framework, pass the folder that contains ${c.framework ?? c.framework2}.framework with -F (CMake: find_library or target_link_options).`,
          'For Apple frameworks, check the SDK: xcrun --show-sdk-path must print a path; reinstall the Command Line Tools otherwise.',
        ],
        `clang main.o -F/path/to/Frameworks -framework ${c.framework ?? c.framework2} -o app\nxcrun --show-sdk-path`,
      ),
    ],
    references: [ref('Apple: Frameworks (Bundle Programming Guide)', 'https://developer.apple.com/library/archive/documentation/MacOSX/Conceptual/BPFrameworks/Concepts/WhatAreFrameworks.html')],
    samples: ['ld: framework not found SDL2\nclang: error: linker command failed with exit code 1 (use -v to see invocation)', "ld: framework 'OpenGL' not found\nclang: error: linker command failed with exit code 1 (use -v to see invocation)"],
  },
  {
    id: 'c.ld64-library-not-found',
    language: 'c',
    // ld-prime's wording of ld64's "library not found for -lfoo" (GNU ld's "cannot find -lfoo").
    match: /\bld: library '(?<lib>[\w.+-]{1,100})' not found/,
    errorType: 'cannot find -l',
    category: 'dependency',
    priority: 11,
    summary: (c) => `The linker found no library ${c.lib} (-l${c.lib}).`,
    explanation: (c) =>
      `Xcode 15's linker looked for lib${c.lib}.dylib, lib${c.lib}.tbd and lib${c.lib}.a in the SDK and every -L directory and found none. Homebrew installs into /opt/homebrew/lib on Apple silicon (/usr/local/lib on Intel), which the linker does not search by default.`,
    causes: ['The library is not installed', 'Its folder (e.g. /opt/homebrew/lib) is not passed with -L', 'The library name differs (lib prefix, version suffix)'],
    fixes: (c) => [fix(`Install ${c.lib} and pass its folder`, [`Install the library (brew install …), then pass its lib folder with -L, or let pkg-config give the flags.`], `clang main.o -L"$(brew --prefix)/lib" -l${c.lib} -o app`)],
    references: [LD64],
    samples: ["ld: library 'SDL2' not found\nclang: error: linker command failed with exit code 1 (use -v to see invocation)"],
  },
  {
    id: 'c.ld64-undefined-symbols',
    language: 'c',
    // ld-prime's "Undefined symbols:" block, without ld64's "for architecture arm64".
    match: /\bld: Undefined symbols:\s{1,10}(?<symbol>[^\s,]{1,300}), referenced from:/,
    errorType: 'undefined reference',
    category: 'build',
    priority: 11,
    summary: (c) => `The linker found no definition of ${c.symbol}.`,
    explanation: (c) =>
      `Something calls or uses ${c.symbol}, but no object file or library on the link line defines it. A C symbol is shown with a leading underscore (_foo is foo). Usually the library that defines it is not linked, the source file defining it is not compiled, or it is a C function declared without extern "C" in C++ code.`,
    causes: ['The library that defines it is not on the link line (-l…)', 'The source file defining it is not compiled into the target', 'C and C++ name mangling mismatch (missing extern "C")'],
    fixes: (c) => [fix(`Link what defines ${c.symbol}`, ['Find which library or source file defines the symbol (nm -gU lib.a | grep name) and add it to the link.', 'For a C function used from C++, declare it inside extern "C" { }.'], 'nm -gU /opt/homebrew/lib/libfoo.a | grep json_parse')],
    references: [LD64],
    samples: ['ld: Undefined symbols:\n  _json_parse, referenced from:\n      _main in main.o\nclang: error: linker command failed with exit code 1 (use -v to see invocation)'],
  },
  {
    id: 'c.ld64-wrong-architecture',
    language: 'c',
    // ld64: "ignoring file X, building for macOS-arm64 but attempting to link with file built for macOS-x86_64";
    // ld-prime: "building for 'iOS-simulator', but linking in object file (X) built for 'iOS'".
    match:
      /\bbuilding for '?(?<target>[\w. -]{1,40}?)'?,? but (?:attempting to link with file built for '?(?<built>[\w.-]{1,40})'?|linking in (?:object file|dylib|library)[^\n]{0,300}? built for '?(?<built2>[\w. -]{1,40}?)'?(?=[,\s]|$))(?:(?=[\s\S]{0,3000}?(?<undefinedAfter>Undefined symbols|symbol\(s\) not found))|)/,
    requires: /building for /,
    // The undefined symbols that follow are the error reported; the ignored file is why.
    errorType: (c) => (c.undefinedAfter ? 'undefined reference' : 'attempting to link with file built for'),
    category: 'build',
    priority: 12,
    summary: (c) => `The linker skipped a library built for ${c.built ?? c.built2} while linking for ${c.target}.`,
    explanation: (c) =>
      `A library or object file on the link line was built for ${c.built ?? c.built2}, but this link produces ${c.target}. The linker ignores the file, so every symbol it would have provided is then reported as undefined. On Apple silicon this is usually a Homebrew library from /usr/local (the Intel prefix) in an arm64 build, or a prebuilt library without an arm64 slice.`,
    causes: ['An x86_64 library (Intel Homebrew in /usr/local) in an arm64 build, or the reverse', 'A prebuilt library without a slice for this architecture (lipo -info shows it)', 'A device library in a simulator build'],
    fixes: (c) => [
      fix(
        `Use a ${c.target} build of the library`,
        [`Check the file's architectures with lipo -info, then link a build for ${c.target}: the arm64 Homebrew in /opt/homebrew, a universal build, or rebuild the library with -arch for this target.`, 'Or build the whole program for the library\'s architecture (arch -x86_64, CMAKE_OSX_ARCHITECTURES).'],
        'lipo -info /usr/local/lib/libpng.dylib\ncmake -DCMAKE_OSX_ARCHITECTURES="arm64;x86_64" ..',
      ),
    ],
    references: [LD64],
    samples: [
      'ld: warning: ignoring file /usr/local/lib/libpng.dylib, building for macOS-arm64 but attempting to link with file built for macOS-x86_64\nUndefined symbols for architecture arm64:\n  "_png_create_read_struct", referenced from:\n      _load_png in image.o\nld: symbol(s) not found for architecture arm64',
      "ld: building for 'iOS-simulator', but linking in object file (/Users/dev/Pods/libfoo.a[2](foo.o)) built for 'iOS'\nclang: error: linker command failed with exit code 1 (use -v to see invocation)",
    ],
  },
  {
    id: 'c.ld64-newer-os-version',
    language: 'c',
    match: /\bld: warning: (?:object file|dylib) \(?(?<file>[^\n()]{1,300}?(?:\([^\n()]{1,100}\))?)\)? was built for newer (?<os>macOS|iOS|watchOS|tvOS) version \((?<built>[\d.]{1,12})\) than being linked \((?<linked>[\d.]{1,12})\)/,
    requires: /was built for newer /,
    errorType: 'was built for newer macOS version',
    category: 'build',
    priority: 9,
    summary: (c) => `${c.file} was built for ${c.os} ${c.built}, newer than this link's deployment target ${c.linked}.`,
    explanation: (c) =>
      `The program is linked to run on ${c.os} ${c.linked} and later, but ${c.file} was compiled for ${c.built}: it may call functions older systems lack. It is a warning; a build that fails shows its real error elsewhere, often in the same log.`,
    causes: ['A Homebrew or prebuilt library compiled on a newer system', 'MACOSX_DEPLOYMENT_TARGET / CMAKE_OSX_DEPLOYMENT_TARGET lower than the libraries\''],
    fixes: (c) => [fix(`Align the deployment target with ${c.built}`, [`Raise the deployment target to ${c.built}, or rebuild ${c.file} with the lower one (-mmacosx-version-min=${c.linked}).`], `cmake -DCMAKE_OSX_DEPLOYMENT_TARGET=${c.built} ..`)],
    references: [LD64],
    samples: ['ld: warning: object file (/opt/homebrew/lib/libfoo.a(foo.o)) was built for newer macOS version (14.0) than being linked (11.0)'],
  },
  {
    id: 'c.ld64-unknown-option',
    language: 'c',
    // GNU ld's options given to Apple's linker ("-Wl,--as-needed", "--gc-sections", "-soname").
    match: /\bld: unknown options?: (?<option>-{1,2}[\w=+.,/-]{1,100})/,
    errorType: 'unrecognized command-line option',
    category: 'build',
    priority: 11,
    summary: (c) => `Apple's linker does not know the option ${c.option}.`,
    explanation: (c) =>
      `${c.option} is a GNU ld option; macOS links with Apple's ld, which has other flags (-dead_strip for --gc-sections, -install_name for -soname, no --as-needed). A build script or CMake file written for Linux passes it with -Wl, unconditionally.`,
    causes: ['Linux-only linker flags in a Makefile or CMakeLists.txt', 'LDFLAGS from a Linux environment'],
    fixes: (c) => [fix(`Drop ${c.option} on macOS`, [`Pass ${c.option} only when the platform is Linux (CMake: if(NOT APPLE)), or use Apple's equivalent.`], `if(NOT APPLE)\n  target_link_options(app PRIVATE "-Wl,${c.option}")\nendif()`)],
    references: [LD64],
    samples: ['ld: unknown option: --as-needed\nclang: error: linker command failed with exit code 1 (use -v to see invocation)'],
  },
  {
    id: 'c.ld64-output-file',
    language: 'c',
    match: /\bld: can't open output file for writing: (?<output>[^\n,]{1,300}), errno=(?<errno>\d{1,3})/,
    errorType: 'cannot open output file',
    category: 'build',
    priority: 11,
    summary: (c) => `The linker could not write ${c.output} (errno ${c.errno}).`,
    explanation: (c) =>
      `${c.errno === '21' ? `${c.output} is a directory (errno 21, EISDIR): the output name is the name of an existing folder.` : c.errno === '13' ? `Writing ${c.output} was refused (errno 13, EACCES).` : `Writing ${c.output} failed with errno ${c.errno}.`} The program may also be running, or the folder read-only.`,
    causes: ['The output name is an existing directory', 'No write permission in the output folder', 'The program is still running or locked'],
    fixes: (c) => [fix(`Free the path ${c.output}`, [`Choose another output name (-o) or remove what is at ${c.output}; check the folder is writable.`], `ls -ld ${c.output}`)],
    references: [LD64],
    samples: ["ld: can't open output file for writing: build, errno=21 for architecture arm64"],
  },
];

// ---------------------------------------------------------------- IntelliSense (EDG)

interface EdgMessage {
  /** The message's regex, with named groups for what it names. */
  re: string;
  /** gcc's phrase for it: in C++ and in C (when a C file is being edited). */
  cpp: string;
  c?: string;
  what: (c: Captures) => string;
  step: (c: Captures) => string;
}

const Q = String.raw`\\?"`;
const N = String.raw`[^"\n\\]{1,300}`;

const EDG: EdgMessage[] = [
  {
    re: String.raw`identifier ${Q}(?<name>${N})${Q} is undefined`,
    cpp: 'identifier is undefined',
    what: (c) => `nothing named ${c.name} is declared where it is used`,
    step: (c) => `Declare ${c.name}, include the header that declares it (or qualify it: std::${c.name}), or fix its spelling; if it compiles fine, IntelliSense lacks an include path or define.`,
  },
  {
    re: String.raw`cannot open source file ${Q}(?<header>${N})${Q}`,
    cpp: 'missing header',
    what: (c) => `the header ${c.header} is not in any include path IntelliSense knows`,
    step: (c) => `Add the folder that contains ${c.header} to includePath in .vscode/c_cpp_properties.json (or the project's Include Directories), or install the library that provides it.`,
  },
  {
    re: String.raw`#include errors detected`,
    cpp: 'missing header',
    what: () => 'an #include could not be resolved, so IntelliSense stopped checking the file',
    step: () => 'Hover the underlined #include to see which header is missing, and add its folder to includePath (or set compileCommands to the build\'s compile_commands.json).',
  },
  {
    re: String.raw`(?:class|struct|union) ${Q}(?<type>${N})${Q} has no (?:member|field) ${Q}(?<member>${N})${Q}`,
    cpp: 'has no member named',
    what: (c) => `${c.type} has no member ${c.member}`,
    step: (c) => `Check the spelling of ${c.member} and the declaration of ${c.type} (a member of another class, or a pointer that needs -> instead of .).`,
  },
  {
    re: String.raw`namespace ${Q}(?<ns>${N})${Q} has no member ${Q}(?<member>${N})${Q}`,
    cpp: 'is not a member of',
    what: (c) => `${c.ns} declares no ${c.member} in the headers included`,
    step: (c) => `Include the header that declares ${c.ns}::${c.member}, and check the C++ standard the project uses (cppStandard in c_cpp_properties.json, /std: or -std=): newer members need a newer standard.`,
  },
  {
    re: String.raw`no instance of (?:overloaded function|constructor|function template) ${Q}(?<func>${N})${Q} matches the argument list`,
    cpp: 'no matching function for call',
    what: (c) => `no overload of ${c.func} accepts the arguments given`,
    step: (c) => `Compare the "argument types are" line with the parameters of ${c.func}: convert the argument or call the overload that fits.`,
  },
  {
    re: String.raw`more than one instance of (?:overloaded function|constructor) ${Q}(?<func>${N})${Q} matches the argument list`,
    cpp: 'is ambiguous',
    what: (c) => `several overloads of ${c.func} fit the arguments equally well`,
    step: (c) => `Cast an argument to the exact parameter type, or qualify which ${c.func} is meant (std::max vs a macro or another namespace's).`,
  },
  {
    re: String.raw`no operator ${Q}(?<op>${N})${Q} matches these operands`,
    cpp: 'no match for operator',
    what: (c) => `operator${c.op} is not defined for these operand types`,
    step: (c) => `Define operator${c.op} for the type (for << an ostream& operator<<(ostream&, const T&)), or convert the operand to a type that has it.`,
  },
  {
    re: String.raw`incomplete type(?: ${Q}(?<type>${N})${Q})? is not allowed`,
    cpp: 'incomplete type',
    what: (c) => `${c.type ?? 'a type'} is only forward-declared where its size or members are needed`,
    step: (c) => `Include the header that defines ${c.type ?? 'the type'} (not just a forward declaration) before this use.`,
  },
  {
    re: String.raw`object of abstract class type ${Q}(?<type>${N})${Q} is not allowed`,
    cpp: 'abstract type',
    what: (c) => `${c.type} has a pure virtual function that is not overridden`,
    step: (c) => `Override every pure virtual function of ${c.type} (the next line names one), or create an object of a derived class instead.`,
  },
  {
    re: String.raw`(?:member|function) ${Q}(?<member>${N})${Q} (?:\(declared at line \d{1,7}(?: of ${Q}[^"\n\\]{1,300}${Q})?\) )?is inaccessible`,
    cpp: 'is private within this context',
    what: (c) => `${c.member} is private or protected and used from outside its class`,
    step: (c) => `Use a public member function instead of ${c.member}, or make it public (or the caller a friend) if outside access is intended.`,
  },
  {
    re: String.raw`(?:argument of type ${Q}(?<from>${N})${Q} is incompatible with parameter of type|a value of type ${Q}(?<from2>${N})${Q} cannot be (?:used to initialize an entity|assigned to an entity) of type) ${Q}(?<to>${N})${Q}`,
    cpp: 'invalid conversion',
    c: 'incompatible pointer types',
    what: (c) => `a ${c.from ?? c.from2} is given where a ${c.to} is expected`,
    step: (c) => `Pass a ${c.to} (for a string literal to char *, make the parameter const char *), or convert explicitly if it is really intended.`,
  },
  {
    re: String.raw`no suitable (?:constructor exists to convert|user-defined conversion|conversion function) from ${Q}(?<from>${N})${Q} to ${Q}(?<to>${N})${Q}`,
    cpp: 'cannot convert',
    what: (c) => `there is no conversion from ${c.from} to ${c.to}`,
    step: (c) => `Construct the ${c.to} explicitly from the value (std::to_string for numbers to std::string), or change the type on either side.`,
  },
  {
    re: String.raw`this declaration has no storage class or type specifier`,
    cpp: 'does not name a type',
    what: () => 'a declaration starts with a name IntelliSense does not know as a type',
    step: () => 'Include the header that declares the type (or qualify it with its namespace), or fix a missing semicolon on the line before.',
  },
  {
    re: String.raw`too (?<count>few|many) arguments in function call`,
    cpp: 'too few arguments to function',
    what: (c) => `the function is called with too ${c.count} arguments`,
    step: () => 'Compare the call with the function\'s declaration and pass exactly the parameters it takes.',
  },
  {
    re: String.raw`expression must be a modifiable lvalue`,
    cpp: 'lvalue required as left operand of assignment',
    what: () => 'the left side of an assignment is a value, a const object or an array, which cannot be assigned',
    step: () => 'Assign to a variable (use == for comparison), drop const, or copy arrays with memcpy/strcpy/std::copy.',
  },
  {
    re: String.raw`expected an? (?:(?<token>'[^'\n]{1,4}')|(?<kind>identifier|expression|declaration|type specifier))`,
    cpp: "expected ';'",
    what: (c) => `the parser expected ${c.token ?? `an ${c.kind}`} here`,
    step: () => 'Look at the end of the previous line (a missing ; after a statement or a class/struct definition, or an unbalanced bracket).',
  },
];

/** The phrase an EDG message takes: gcc's, per language; `expected a ';'` keeps its token. */
function edgPhrase(c: Captures, language: 'c' | 'cpp'): string {
  if (c.ecode) return `E${c.ecode}`;
  const hit = edgMatch(c);
  if (!hit) return 'identifier is undefined';
  const { m, g } = hit;
  if (m.cpp.startsWith('too few') && g.count === 'many') return 'too many arguments to function';
  if (m.cpp === "expected ';'") {
    if (g.token) return `expected ${g.token}`;
    if (g.kind === 'expression') return language === 'cpp' ? 'expected primary-expression' : 'expected expression';
    return `expected ${g.kind === 'type specifier' ? 'type-specifier' : g.kind}`;
  }
  return language === 'c' && m.c ? m.c : m.cpp;
}

// Each message in a group of its own (m0, m1…) so the answer knows which one matched; Visual Studio's Error
// List puts the E-code before it ("Error (active)\tE0020\tidentifier …"), VS Code its "C/C++(20)" after it.
// A message's groups get its index (name_0, type_3): one regex may not name two groups alike.
const EDG_MESSAGES = String.raw`(?:${EDG.map((m, i) => `(?<m${i}>${m.re.replace(/\(\?<([A-Za-z]\w*)>/g, (_g: string, n: string) => `(?<${n}_${i}>`)})`).join('|')})`;

/** The message that matched, and its groups under their own names. */
function edgMatch(c: Captures): { m: EdgMessage; g: Captures } | null {
  const i = EDG.findIndex((_m, k) => c[`m${k}`] !== undefined);
  if (i < 0) return null;
  const g: Record<string, string> = {};
  for (const [k, v] of Object.entries(c)) if (k.endsWith(`_${i}`)) g[k.slice(0, -`_${i}`.length)] = v;
  return { m: EDG[i], g };
}
const EDG_REQUIRES = /is undefined|cannot open source file|#include errors detected|has no (?:member|field)|no instance of|more than one instance|matches these operands|is not allowed|is inaccessible|is incompatible with|cannot be (?:used|assigned)|no suitable|storage class|arguments in function call|modifiable lvalue|\bexpected an? /;
// The message is IntelliSense's (not nvcc's "x.cu(12): error: …", which native.patterns.ts answers) when the
// C/C++ extension (its "C/C++(20)" suffix, its JSON export) or the Error List (an E-code) shows it, or when it
// is pasted alone.
const EDG_MARK = /C\/C\+\+\(\d{1,5}\)|"(?:owner|source)": "C\/C\+\+|IntelliSense|\bE\d{4}[\t ]/;
// A C file named (VS Code's resource, the Error List's File column, "(dependency of "x.c")") and nothing C++.
const C_FILE = String.raw`(?<![\s\S])(?=[\s\S]{0,3000}?[\w-]\.c(?:\\?["\t),\s]|$))(?![\s\S]*?(?:${CPP_EVIDENCE}))`;

/** C++ by default (most of IntelliSense's users); C where the C/C++ extension or the Error List names a C file. */
function edgPattern(language: 'c' | 'cpp', form: 'marked' | 'alone'): ErrorPattern {
  // The mark is looked for first (anchored at the start), so the text is scanned once for it.
  const marked = String.raw`(?<![\s\S])(?=[\s\S]*?(?:${EDG_MARK.source}))[\s\S]*?(?:\bE(?<ecode>\d{4})[\t ]{1,8})?${EDG_MESSAGES}`;
  const body = form === 'marked' ? marked : String.raw`(?<![\s\S])[ \t]{0,8}${EDG_MESSAGES}`;
  const inC = form === 'marked' ? `${C_FILE}${marked.slice('(?<![\\s\\S])'.length)}` : `${C_FILE}[ \\t]{0,8}${EDG_MESSAGES}`;
  return {
    id: `${language}.intellisense${form === 'alone' ? '-alone' : ''}`,
    language,
    match: new RegExp(language === 'c' ? inC : body, 'm'),
    requires: form === 'marked' ? EDG_MARK : EDG_REQUIRES,
    errorType: (c) => edgPhrase(c, language),
    category: 'syntax',
    // The C variant only where a C file is named: one above the C++ default.
    priority: language === 'c' ? 12 : 11,
    summary: (c) => {
      const hit = edgMatch(c);
      return `IntelliSense reports that ${hit ? hit.m.what(hit.g) : 'the code has an error'}.`;
    },
    explanation: (c) => {
      const hit = edgMatch(c);
      return `This is the editor's IntelliSense (the EDG front end of Visual Studio and of VS Code's C/C++ extension), not the compiler: ${hit ? hit.m.what(hit.g) : 'it found an error'}. When the build itself succeeds, IntelliSense is configured differently from it (include paths, defines, language standard); when the build fails too, the compiler's message for the same line is the one to fix.`;
    },
    causes: ['The code really has the error (the build reports it too)', 'IntelliSense misses an include path, a define or the right C/C++ standard that the build has'],
    fixes: (c) => {
      const hit = edgMatch(c);
      return [
        fix(hit ? 'Fix the code' : 'Read the message', [hit ? hit.m.step(hit.g) : 'Read the message and fix the line it points to.', 'Build once: if the compiler accepts the code, fix IntelliSense\'s configuration instead.']),
        fix('Give IntelliSense the build\'s settings', ['Point the C/C++ extension at the build\'s compile_commands.json (CMake: -DCMAKE_EXPORT_COMPILE_COMMANDS=ON), or set includePath, defines and cppStandard in c_cpp_properties.json.'], '// .vscode/c_cpp_properties.json\n"compileCommands": "${workspaceFolder}/build/compile_commands.json"'),
      ];
    },
    references: [INTELLISENSE],
    samples: (
      {
      'c marked': ['cannot open source file "gtk/gtk.h" (dependency of "main.c")C/C++(1696)', 'Error (active)\tE0020\tidentifier "ssize_t" is undefined\tnetcat\tC:\\src\\netcat\\netcat.c\t42\t'],
      'cpp marked': [
        'no instance of overloaded function "std::vector<_Tp, _Alloc>::push_back [with _Tp=int, _Alloc=std::allocator<int>]" matches the argument list\n            argument types are: (const char [4])\n            object type is: std::vector<int, std::allocator<int>>C/C++(304)',
        'Error (active)\tE0135\tclass "Player" has no member "jump"\tGame\tC:\\src\\Game\\main.cpp\t17\t',
      ],
      'cpp alone': ['identifier "cout" is undefined', 'namespace "std" has no member "format"'],
    } as Record<string, string[]>
    )[`${language} ${form}`] ?? [],
  };
}

// ---------------------------------------------------------------- MSBuild's VC++ targets

const MSB_CODES: Record<string, { meaning: string; step: string }> = {
  MSB8036: { meaning: 'the Windows SDK version the project names is not installed', step: 'Install that Windows SDK with the Visual Studio Installer, or retarget the project (Project > Retarget solution, or WindowsTargetPlatformVersion) to an installed SDK.' },
  MSB8020: { meaning: 'the platform toolset the project names is not installed', step: 'Install the toolset (Visual Studio Installer > Individual components, "MSVC v14x build tools"), or switch the project to the installed toolset (Properties > General > Platform Toolset, or msbuild /p:PlatformToolset=v143).' },
  MSB8066: { meaning: 'a custom build step (usually CMake\'s or a post-build command) failed', step: 'Scroll up in the Output window: the command\'s own error is printed before MSB8066.' },
  MSB8040: { meaning: 'Spectre-mitigated libraries are required but not installed', step: 'Install the "MSVC Spectre-mitigated libs" component for this toolset, or turn off Spectre Mitigation in the project.' },
  MSB8013: { meaning: 'the project has no such configuration and platform', step: 'Build a configuration|platform pair the project defines (Debug|x64…), or add it in the Configuration Manager.' },
};

const MSBUILD_VC: ErrorPattern = {
  id: 'cpp.msbuild-vc-error',
  language: 'cpp',
  match: /\berror (?<code>MSB8\d{3}): (?<message>[^\n]{1,600})/,
  errorType: (c) => c.code ?? 'MSB8036',
  category: 'build',
  priority: 12,
  summary: (c) => `MSBuild's C++ targets stopped the build with ${c.code}${MSB_CODES[c.code ?? ''] ? `: ${MSB_CODES[c.code ?? '']?.meaning}` : ''}.`,
  explanation: (c) => `${c.code} comes from the Visual C++ build targets (Microsoft.Cpp*.targets), before or around the compiler: ${c.message}`,
  causes: ['A Windows SDK or platform toolset the project names is not installed', 'A custom build step that failed', 'A configuration the project does not define'],
  fixes: (c) => [fix(`Fix ${c.code}`, [MSB_CODES[c.code ?? '']?.step ?? `Read the message after ${c.code} and look it up in Microsoft's MSBuild reference.`, 'Rebuild the solution.'])],
  references: [VC_ERRORS],
  samples: [
    'C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.Cpp.WindowsSDK.targets(46,5): error MSB8036: The Windows SDK version 10.0.17763.0 was not found. Install the required version of Windows SDK or change the SDK version in the project property pages or by right-clicking the solution and selecting "Retarget solution".',
    "C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppBuild.targets(456,5): error MSB8020: The build tools for v141 (Platform Toolset = 'v141') cannot be found. To build using the v141 build tools, please install v141 build tools.",
  ],
};

// ---------------------------------------------------------------- nvcc, ptxas

const CUDA: ErrorPattern[] = [
  {
    id: 'cpp.nvcc-no-host-compiler',
    language: 'cpp',
    match: /\bnvcc fatal\s{0,8}: Cannot find compiler '(?<compiler>[^'\n]{1,100})' in PATH/,
    errorType: 'Cannot find compiler',
    category: 'dependency',
    priority: 12,
    summary: (c) => `nvcc cannot find its host compiler ${c.compiler}.`,
    explanation: (c) =>
      `nvcc compiles the host part of .cu files with a C++ compiler (cl.exe on Windows, g++ on Linux) and found no ${c.compiler} in PATH. On Windows, cl.exe is only in PATH inside a Developer Command Prompt (vcvars64.bat), or nvcc needs -ccbin to point at it.`,
    causes: ['Building outside the Visual Studio Developer Command Prompt', 'The host compiler not installed', 'A CUDA version that does not support the installed compiler'],
    fixes: (c) => [fix(`Make ${c.compiler} available to nvcc`, ['Run the build from the "x64 Native Tools Command Prompt" (or call vcvars64.bat first), or pass the compiler\'s folder with -ccbin.'], `"C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\VC\\Auxiliary\\Build\\vcvars64.bat"\nnvcc -ccbin "<folder of ${c.compiler}>" kernel.cu`)],
    references: [ref('NVIDIA: CUDA Installation Guide for Windows', 'https://docs.nvidia.com/cuda/cuda-installation-guide-microsoft-windows/')],
    samples: ["nvcc fatal   : Cannot find compiler 'cl.exe' in PATH"],
  },
  {
    id: 'cpp.ptxas-too-much-shared-data',
    language: 'cpp',
    match: /\bptxas (?:error|fatal)\s{0,8}: Entry function '(?<kernel>[^'\n]{1,300})' uses too much (?<kind>shared|local) data \((?<used>0x[0-9a-f]{1,8}) bytes, (?<max>0x[0-9a-f]{1,8}) max\)/,
    errorType: (c) => `uses too much ${c.kind ?? 'shared'} data`,
    category: 'memory',
    priority: 12,
    summary: (c) => `The kernel ${c.kernel} needs ${c.used} bytes of ${c.kind} memory, more than the ${c.max} the target allows.`,
    explanation: (c) =>
      `ptxas found that ${c.kernel} declares more ${c.kind} memory than one block may use on the target architecture (48 KB of static shared memory by default). Large __shared__ arrays, or a tile size that grew, exceed it.`,
    causes: ['A __shared__ array too large for one block', 'A tile/block size constant raised', 'More than 48 KB requested statically instead of as dynamic shared memory'],
    fixes: (c) => [fix(`Shrink ${c.kernel}'s ${c.kind} memory`, ['Reduce the __shared__ arrays (smaller tiles), or use dynamic shared memory with cudaFuncSetAttribute(..., cudaFuncAttributeMaxDynamicSharedMemorySize, bytes) on GPUs that allow more.'], 'extern __shared__ float tile[];  // size given at launch: kernel<<<grid, block, bytes>>>(...)')],
    references: [ref('NVIDIA: CUDA C++ Programming Guide, shared memory', 'https://docs.nvidia.com/cuda/cuda-c-programming-guide/index.html#shared-memory')],
    samples: ["ptxas error   : Entry function '_Z6kernelPf' uses too much shared data (0x10000 bytes, 0xc000 max)"],
  },
  {
    id: 'cpp.nvcc-compile-error',
    language: 'cpp',
    // nvcc's EDG front end: "kernel.cu(40): error: <message>"; the known messages have their own patterns.
    match: /(?<=(?<![^\s])(?<file>[^\s("]{1,400}?\.cuh?)\((?<line>\d{1,7})\): )error: (?<message>[^\n]{1,500})/,
    errorType: (c) => edgMessagePhrase(c.message),
    category: 'syntax',
    priority: -9,
    summary: (c) => `nvcc rejected ${c.file} line ${c.line}: ${c.message}`,
    explanation: 'nvcc\'s front end rejected the CUDA code at this line. Device code has rules of its own: a __global__ or __device__ function may only call __device__ functions, kernels are launched with <<<…>>> from host code, and host-only library code (std::vector, most of the standard library) is not available on the device.',
    causes: ['Host code (a __host__ function, std:: containers) called from device code', 'A CUDA rule about kernels and launches', 'An ordinary C++ error in the .cu file'],
    fixes: (c) => [fix(`Fix ${c.file} line ${c.line}`, ['Read the message; for host/device errors, mark the called function __device__ (or __host__ __device__), or move the call out of the kernel.', 'Fix the first error nvcc reports first.'])],
    references: [ref('NVIDIA: CUDA C++ Programming Guide', 'https://docs.nvidia.com/cuda/cuda-c-programming-guide/index.html')],
    samples: ['kernel.cu(22): error: calling a __host__ function("std::vector<float, std::allocator<float> > ::size const") from a __global__ function("compute") is not allowed'],
  },
];

/** nvcc's EDG messages, without the names: `calling a __host__ function("f") from a __global__ function("k") is not allowed` -> `calling a __host__ function from a __global__ function is not allowed`. */
function edgMessagePhrase(message: string | undefined): string {
  const m = (message ?? '')
    .replace(/\("[^"\n]*"\)|"[^"\n]*"/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = m.split(' ');
  return m.length >= 4 && words.length <= 14 ? m : words.slice(0, 8).join(' ') || 'compile error';
}

// ---------------------------------------------------------------- arm-none-eabi and other cross toolchains

const EMBEDDED: ErrorPattern[] = [
  {
    id: 'c.gcc-spec-file',
    language: 'c',
    match: /\b(?<driver>[\w.-]{0,60}gcc|[\w.-]{0,60}g\+\+)(?:\.exe)?: fatal error: cannot read spec file '(?<spec>[^'\n]{1,200})': /,
    errorType: 'cannot read spec file',
    category: 'dependency',
    priority: 11,
    summary: (c) => `${c.driver} cannot read the spec file ${c.spec}.`,
    explanation: (c) =>
      `--specs=${c.spec} names a file the toolchain should provide (nano.specs and nosys.specs come with newlib). This ${c.driver} has none: a distribution package without newlib (Debian/Ubuntu: libnewlib-arm-none-eabi), or another toolchain than the one the project expects.`,
    causes: ['newlib (and its nano variant) not installed with the toolchain', 'A different toolchain first in PATH', 'A misspelt --specs name'],
    fixes: (c) => [fix(`Install the C library that provides ${c.spec}`, ['Install newlib for the toolchain, or use the Arm GNU Toolchain release, which includes it.', `Check which compiler runs (which ${c.driver}) and that --specs=${c.spec} is spelt right.`], 'sudo apt install libnewlib-arm-none-eabi libstdc++-arm-none-eabi-newlib')],
    references: [ref('Arm GNU Toolchain downloads', 'https://developer.arm.com/downloads/-/arm-gnu-toolchain-downloads')],
    samples: ["arm-none-eabi-gcc: fatal error: cannot read spec file 'nano.specs': No such file or directory\ncompilation terminated."],
  },
  {
    id: 'c.arm-float-abi-mismatch',
    language: 'c',
    match: /\bld(?:\.exe)?: (?:error: )?(?<output>[^\s:]{1,300}) uses VFP register arguments, (?<object>[^\s:]{1,300}) does not/,
    errorType: 'uses VFP register arguments',
    category: 'build',
    priority: 11,
    summary: (c) => `${c.output} and ${c.object} were compiled with different floating-point ABIs.`,
    explanation: (c) =>
      `One side was compiled with -mfloat-abi=hard (floating-point arguments in VFP registers) and ${c.object} with soft or softfp: code built for different ABIs cannot be linked together. Usually one library or object, or the startup file, was built with other -mcpu/-mfpu/-mfloat-abi flags than the rest.`,
    causes: ['Mixed -mfloat-abi=hard and soft/softfp objects', 'A prebuilt library for another ABI', 'Startup or linker flags missing -mfpu/-mfloat-abi'],
    fixes: (c) => [fix('Use one float ABI everywhere', [`Compile ${c.object} (and every library) and link with the same -mcpu, -mfpu and -mfloat-abi flags.`], 'CFLAGS += -mcpu=cortex-m4 -mfpu=fpv4-sp-d16 -mfloat-abi=hard\nLDFLAGS += -mcpu=cortex-m4 -mfpu=fpv4-sp-d16 -mfloat-abi=hard')],
    references: [ref('GCC: ARM Options', 'https://gcc.gnu.org/onlinedocs/gcc/ARM-Options.html')],
    samples: ['/usr/bin/arm-none-eabi-ld: error: firmware.elf uses VFP register arguments, main.o does not\n/usr/bin/arm-none-eabi-ld: failed to merge target specific data of file main.o'],
  },
];


// ---------------------------------------------------------------- clang's wordings of g++'s diagnostics

/** `const char *` and `char*` compare equal: spaces and const dropped. */
const bare = (t: string | undefined): string => (t ?? '').replace(/\bconst\b|\s+/g, '');
const INTEGER = /^(?:(?:unsigned|signed|long|short)?(?:int|long|short|char|size_t|ptrdiff_t|u?int\d{1,2}_t))$/;

/**
 * g++'s phrase for clang's "cannot initialize a variable of type 'T' with an rvalue of type 'U'": a const
 * dropped, a void* converted or an integer turned into a pointer is g++'s "invalid conversion"; anything
 * else its "cannot convert".
 */
function initPhrase(c: Captures): string {
  const to = bare(c.to);
  const from = bare(c.from);
  const pointer = (t: string): boolean => t.endsWith('*');
  if (to === from || from === 'void*' || (pointer(to) && INTEGER.test(from)) || (pointer(from) && INTEGER.test(to))) return 'invalid conversion';
  return 'cannot convert';
}

const CLANG_WORDINGS: ErrorPattern[] = [
  {
    id: 'cpp.clang-cannot-initialize',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: cannot initialize (?:a |an )?(?<what>variable|parameter|return object|member subobject|array element) of type ${QO}(?<to>${QN}{1,300})${QC} with an (?:rvalue|lvalue) of type ${QO}(?<from>${QN}{1,300})${QC}`),
    requires: /cannot initialize /,
    errorType: initPhrase,
    category: 'type',
    priority: 11,
    summary: (c) => `A ${c.from} is used to initialize a ${c.what} of type ${c.to}${at(c)}.`,
    explanation: (c) =>
      `C++ has no implicit conversion from ${c.from} to ${c.to} here (g++ says "${initPhrase(c) === 'invalid conversion' ? 'invalid conversion from' : 'cannot convert'} '${c.from}' to '${c.to}'"). A const pointer cannot become a non-const one, void* needs a cast in C++ (unlike C), and unrelated pointer or class types never convert.`,
    causes: ['A string literal or const pointer given where a non-const pointer is expected', 'malloc()\'s void* assigned without a cast (C code compiled as C++)', 'Unrelated types on the two sides'],
    fixes: (c) => [fix(`Make the types agree: ${c.from} to ${c.to}`, [`Change the ${c.what}'s type to accept ${c.from} (for strings: const char * or std::string), or convert explicitly (static_cast) if the conversion is intended.`], 'const char *name = "abc";        // not char *\nint *p = static_cast<int *>(malloc(n * sizeof *p));')],
    references: [cppref('Implicit conversions', 'cpp/language/implicit_conversion')],
    samples: ["main.cpp:8:9: error: cannot initialize a variable of type 'char *' with an lvalue of type 'const char *'", "main.cpp:8:9: error: cannot initialize a parameter of type 'int' with an lvalue of type 'std::string' (aka 'basic_string<char>')"],
  },
  {
    id: 'cpp.cannot-bind-reference',
    language: 'cpp',
    // g++: "cannot bind non-const lvalue reference of type 'int&' to an rvalue of type 'int'"; clang: "non-const
    // lvalue reference to type 'int' cannot bind to a temporary of type 'int'" (or "to a value of unrelated type").
    match: rx(ANY_LOC, String.raw`error: (?:cannot bind non-const lvalue reference of type ${QO}(?<ref>${QN}{1,300})${QC} to an rvalue of type ${QO}(?<from>${QN}{1,300})${QC}|non-const lvalue reference to type ${QO}(?<ref2>${QN}{1,300})${QC} cannot bind to (?:a temporary|a value of unrelated type|an initializer list temporary) of type ${QO}(?<from2>${QN}{1,300})${QC})`),
    requires: /cannot bind/,
    errorType: 'cannot bind non-const lvalue reference',
    category: 'type',
    priority: 11,
    summary: (c) => `A temporary ${c.from ?? c.from2} is bound to a non-const reference ${c.ref ?? c.ref2}${at(c)}.`,
    explanation: (c) =>
      `A non-const lvalue reference (${c.ref ?? c.ref2}) can only refer to an existing, named object; the argument is a temporary of type ${c.from ?? c.from2} (a literal, a function's return value, or the result of a conversion), which would vanish after the statement.`,
    causes: ['A literal or a function result passed to a T& parameter', 'An implicit conversion creating a temporary of another type', 'MSVC accepted it as an extension; g++ and clang do not'],
    fixes: (c) => [fix('Take a const reference, or pass a variable', [`Make the parameter const ${(c.ref ?? c.ref2 ?? 'T&').replace(/&$/, '')}& (or take it by value, or T&& for temporaries); or store the value in a named variable first.`], 'void print(const std::string &s);   // binds to temporaries too')],
    references: [cppref('Reference initialization', 'cpp/language/reference_initialization')],
    samples: ["main.cpp:6:12: error: cannot bind non-const lvalue reference of type 'int&' to an rvalue of type 'int'", "main.cpp:6:12: error: non-const lvalue reference to type 'std::string' cannot bind to a temporary of type 'std::string'"],
  },
  {
    id: 'cpp.clang-no-viable-overloaded-operator',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: no viable overloaded ${QO}(?<op>${QN}{1,10})${QC}`),
    requires: /no viable overloaded /,
    errorType: 'no match for operator',
    category: 'type',
    priority: 11,
    summary: (c) => `No operator${c.op} accepts these operands${at(c)}.`,
    explanation: (c) => `clang found no operator${c.op} for the operand types (g++ says "no match for 'operator${c.op}'"): the class does not define it, it was deleted (a class with a const or reference member has no copy assignment), or the right-hand side has another type.`,
    causes: ['The class defines no such operator, or it is deleted', 'A const or reference member (no copy assignment)', 'The operand has another type than the operator takes'],
    fixes: (c) => [fix(`Provide or reach operator${c.op}`, [`Define operator${c.op} for the type, or convert the operand; for =, check for const/reference members or a deleted copy assignment.`])],
    references: [cppref('operator overloading', 'cpp/language/operators')],
    samples: ["main.cpp:9:14: error: no viable overloaded '='"],
  },
  {
    id: 'cpp.clang-this-not-const',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: ${QO}this${QC} argument to member function ${QO}(?<func>${QN}{1,300})${QC} has type ${QO}(?<type>${QN}{1,300})${QC}, but function is not marked const`),
    requires: /but function is not marked const/,
    errorType: 'discards qualifiers',
    category: 'type',
    priority: 11,
    summary: (c) => `The non-const member function ${c.func} is called on a ${c.type}${at(c)}.`,
    explanation: (c) => `The object is const (${c.type}: a const reference parameter, a const member function's this), and ${c.func} is not declared const, so calling it could modify a const object (g++: "passing '${c.type}' as 'this' argument discards qualifiers").`,
    causes: ['A getter that does not modify the object but is not marked const', 'Calling a modifying function through a const reference'],
    fixes: (c) => [fix(`Mark ${c.func} const`, [`If ${c.func} does not modify the object, add const after its parameter list in the declaration and the definition; otherwise do not call it on a ${c.type} (take the object by non-const reference).`], 'std::size_t size() const;   // in the class')],
    references: [cppref('const member functions', 'cpp/language/member_functions')],
    samples: ["main.cpp:9:14: error: 'this' argument to member function 'size' has type 'const Foo', but function is not marked const"],
  },
  {
    id: 'cpp.clang-out-of-line-definition',
    language: 'cpp',
    match: rx(ANY_LOC, String.raw`error: out-of-line definition of ${QO}(?<name>${QN}{1,300})${QC} does not match any declaration in ${QO}(?<cls>${QN}{1,300})${QC}`),
    requires: /out-of-line definition of /,
    errorType: 'no declaration matches',
    category: 'syntax',
    priority: 11,
    summary: (c) => `The definition of ${c.cls}::${c.name} matches no member declared in ${c.cls}${at(c)}.`,
    explanation: (c) => `The .cpp defines ${c.name} as a member of ${c.cls}, but the class declares no member with that exact signature (g++: "no declaration matches"): parameter types, const, or the name differ between the header and the definition.`,
    causes: ['Parameter types or const differ between declaration and definition', 'The member is not declared in the class at all', 'A typo in the name'],
    fixes: (c) => [fix(`Make ${c.cls}::${c.name} match its declaration`, [`Copy the declaration of ${c.name} from the class in the header and compare parameter types, references and const; declare it in ${c.cls} if it is missing.`])],
    references: [cppref('Member functions', 'cpp/language/member_functions')],
    samples: ["main.cpp:9:14: error: out-of-line definition of 'foo' does not match any declaration in 'Bar'"],
  },
];

export const NATIVE_CATALOG2_PATTERNS: readonly ErrorPattern[] = [
  ...APPLE_LD,
  cppTwin(APPLE_LD[0], ['ld: framework not found QtWidgets\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)']),
  cppTwin(APPLE_LD[1], ["ld: library 'boost_system' not found\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)"]),
  cppTwin(APPLE_LD[2], ['ld: Undefined symbols:\n  Engine::start(), referenced from:\n      _main in main.o\nclang++: error: linker command failed with exit code 1 (use -v to see invocation)']),
  cppTwin(APPLE_LD[3], ['ld: warning: ignoring file /usr/local/lib/libboost_system.dylib, building for macOS-arm64 but attempting to link with file built for macOS-x86_64\nclang++ -o app main.cpp']),
  cppTwin(APPLE_LD[5], ['clang++ -o app main.cpp -Wl,--gc-sections\nld: unknown option: --gc-sections']),
  edgPattern('cpp', 'marked'),
  edgPattern('cpp', 'alone'),
  edgPattern('c', 'marked'),
  MSBUILD_VC,
  ...CUDA,
  ...EMBEDDED,
  ...CLANG_WORDINGS,
];
