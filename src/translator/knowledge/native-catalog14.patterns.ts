import type { ErrorPattern } from '../rules/error-pattern';
import { fix, patternById, ref } from './answer-parts';
import { NATIVE_CATALOG2_PATTERNS } from './native-catalog2.patterns';
import { NATIVE_CATALOG3_PATTERNS } from './native-catalog3.patterns';
import { NATIVE_DIAGNOSTIC_PATTERNS } from './native-diagnostics.patterns';
import { ANY_LOC, at, cppref, cppTwin, GCC_WARN, NATIVE_PATTERNS, QC, QN, QO, rx } from './native.patterns';

/*
 * C / C++ fourteenth pass: modern C++ diagnostics and Apple/LLVM toolchains as people paste them, where the engine
 * answered unknown, another language or a phrase with the names left in. clang's "call to implicitly-deleted copy
 * constructor" inside a standard header or as an IDE's "In template:" line (g++'s `use of deleted function`), its
 * -Wdefaulted-function-deleted and -Wdeprecated-copy, gcc's older and localised wordings of a failed constant
 * expression ("is not a constant-expression", "is not usable in a constant expression", "n'est pas une expression
 * constante"), a static_assert on a concept, coroutine traits missing, an incomplete type in clang's pointer
 * arithmetic, "no member named 'find' in namespace 'std::ranges'", an MSVC code glued to its message as Visual
 * Studio's Error List copies it, gcc 2's "ambiguous overload for", a deduced return type used before its definition
 * and a deduced variable without an initialiser, clang's two-phase lookup error (g++'s `was not declared in this
 * scope`); ld64's "ld: file not found", its iOS Simulator refusal broken over lines, mold's undefined symbols
 * without "error:", CMake's "not built by this project" broken over lines or inside VS Code's JSON problem list,
 * "No CMAKE_C_COMPILER" before "No CMAKE_CXX_COMPILER", gcc's narrowing error after a wide indentation, and vcpkg
 * failing to build a C++ library's port (Boost, Qt, OpenCV…).
 *
 * Conventions of native.patterns.ts: the type is gcc's phrase without the names (clang's and MSVC's wordings take
 * it, an MSVC code stays the code), a warning without a stable phrase by its flag; C unless the text shows C++.
 */

const CLANG_DIAGNOSTICS = ref('Clang: Expressive Diagnostics', 'https://clang.llvm.org/diagnostics.html');
const CLANG_WARNINGS = ref('Clang: Diagnostic flags', 'https://clang.llvm.org/docs/DiagnosticsReference.html');
const LD64_MAN = ref('Apple: ld(1) (Xcode linker)', 'https://keith.github.io/xcode-man-pages/ld.1.html');
const MOLD = ref('mold: a modern linker', 'https://github.com/rui314/mold');
const MSVC_ERRORS = ref('Microsoft Learn: C/C++ compiler errors', 'https://learn.microsoft.com/en-us/cpp/error-messages/compiler-errors-1/c-cpp-build-errors');
const CMAKE_TLL = ref('CMake: target_link_libraries', 'https://cmake.org/cmake/help/latest/command/target_link_libraries.html');

const nativeById = (id: string): ErrorPattern => patternById(NATIVE_PATTERNS, id);

// ---------------------------------------------------------------- deleted and defaulted special members

const deletedCopyAnywhere: ErrorPattern = {
  ...nativeById('cpp.use-of-deleted-function'),
  id: 'cpp.implicitly-deleted-call-anywhere',
  // clang's wording of g++'s "use of deleted function" where cpp.use-of-deleted-function's location does not fit: inside
  // a standard header without an extension (c++/8/optional:567:9), or as CLion's "In template: call to
  // implicitly-deleted copy constructor of 'zstr::ifstream' error occurred here".
  match: new RegExp(String.raw`(?:error: |In template: )call to (?:implicitly-)?deleted (?:copy |move |default )?constructor of\s{1,40}${QO}(?<func>${QN}{1,500})${QC}`),
  requires: /call to (?:implicitly-)?deleted /,
  // Above cpp.compile-error-in-std-header (-11) and the generic compile errors (-9): the deleted member is the error.
  priority: 10,
  samples: [
    "/usr/include/c++/8/optional:567:9: error: call to implicitly-deleted copy constructor of\n      'std::_Optional_payload<acid::Transform, true, false, false>'",
    "In template: call to implicitly-deleted copy constructor of 'zstr::ifstream' error occurred here",
  ],
};

const defaultedFunctionDeleted: ErrorPattern = {
  id: 'cpp.defaulted-function-deleted',
  language: 'cpp',
  // clang: "error: explicitly defaulted copy constructor is implicitly deleted [-Werror,-Wdefaulted-function-deleted]"
  // (or a warning); its note names why: "copy constructor of 'X' is implicitly deleted because base class 'Y' has a
  // deleted copy constructor" / "because field 'f' has a deleted copy constructor".
  match: new RegExp(
    String.raw`(?:error|warning): explicitly defaulted (?<member>(?:copy|move|default) constructor|(?:copy|move) assignment operator|destructor) is implicitly deleted(?:(?=[\s\S]{0,2000}?note: [\w ]{1,40} of ${QO}(?<cls>${QN}{1,200})${QC} is implicitly deleted\s{1,20}because (?<reason>[^\n]{1,300}))|)`,
  ),
  requires: /explicitly defaulted /,
  errorType: 'defaulted-function-deleted',
  category: 'type',
  priority: 12,
  summary: (c) => `The ${c.member}${c.cls ? ` of ${c.cls}` : ''} is declared = default, but the compiler has to define it as deleted${c.reason ? `: ${c.reason}` : ''}.`,
  explanation: (c) =>
    `= default asks for the ${c.member} the compiler would generate; when a base class or a member cannot be copied or moved (std::atomic, std::mutex, std::unique_ptr, a stream, a class with its own deleted copy), that member is deleted instead, and clang says so with -Wdefaulted-function-deleted (an error under -Werror). The class is not copyable as declared: copying it anywhere fails later with "use of deleted function".`,
  causes: ['A base class or a member that is not copyable (std::atomic, std::mutex, std::unique_ptr, a stream)', 'A user-declared move constructor, which deletes the implicit copy', 'A defaulted copy kept after a member type changed'],
  fixes: (c) => [
    fix(
      `Delete the ${c.member}${c.cls ? ` of ${c.cls}` : ''}, or write it`,
      ['If the class should not be copied, say so: = delete instead of = default (and default the move operations if it should move).', 'If it must be copied, write the copy by hand, copying what can be copied (the value of an atomic: x(other.x.load())).'],
      `${c.cls ?? 'Packet'}(const ${c.cls ?? 'Packet'} &) = delete;\n${c.cls ?? 'Packet'}(${c.cls ?? 'Packet'} &&) = default;`,
    ),
  ],
  references: [cppref('Copy constructors: deleted copy constructor', 'cpp/language/copy_constructor#Deleted_copy_constructor'), CLANG_WARNINGS],
  samples: [
    "Subscribe.hpp:50:13: error: explicitly defaulted copy constructor is implicitly deleted\n      [-Werror,-Wdefaulted-function-deleted]\n            SubscribePacket(const SubscribePacket &) = default;\nSubscribe.hpp:39:33: note: copy constructor of 'SubscribePacket' is implicitly deleted\n      because base class 'awsiotsdk::mqtt::Packet' has a deleted copy constructor",
  ],
};

const deprecatedCopy: ErrorPattern = {
  id: 'cpp.deprecated-copy',
  language: 'cpp',
  // clang: "definition of implicit copy constructor for 'Handle' is deprecated because it has a user-declared copy
  // assignment operator [-Werror,-Wdeprecated-copy]"; gcc: "implicitly-declared 'constexpr X::X(const X&)' is
  // deprecated [-Wdeprecated-copy]". c.deprecated-declaration would read it as C's deprecated function.
  match: new RegExp(
    String.raw`(?:error|warning): (?:definition of implicit copy (?<member>constructor|assignment operator) for ${QO}(?<cls>${QN}{1,200})${QC} is deprecated because it has a user-(?:declared|provided) (?<because>[\w ]{1,60})|implicitly-declared ${QO}(?<decl>${QN}{1,300})${QC} is deprecated)(?: \[-W(?:error[,=])?-?W?(?<flag>deprecated-copy[\w-]{0,30})\])?`,
  ),
  requires: /is deprecated/,
  errorType: 'is deprecated',
  category: 'type',
  // Above c.deprecated-declaration (10).
  priority: 12,
  summary: (c) =>
    c.cls
      ? `${c.cls}'s implicit copy ${c.member} is deprecated because ${c.cls} has a user-declared ${c.because}.`
      : `The implicitly-declared ${c.decl} is deprecated (-Wdeprecated-copy).`,
  explanation:
    'Since C++11, a class that declares its own copy assignment operator, copy constructor or destructor should declare all of them (the rule of three/five): the compiler still generates the missing copy operation, but that generation is deprecated, and -Wdeprecated-copy (part of -Wextra in gcc 9+, of -Wall in recent clang) warns about it; -Werror makes the warning fail the build.',
  causes: ['A class with a user-declared copy assignment operator (or destructor) but no copy constructor', 'Old code built with a newer compiler and -Werror'],
  fixes: (c) => [
    fix(
      `Declare ${c.cls ? `${c.cls}'s` : 'the'} copy ${c.member ?? 'operations'} explicitly`,
      ['Default the missing copy operation when the generated one is right, or write it; or remove a user-declared operation that does only what the default would.'],
      `${c.cls ?? 'Handle'}(const ${c.cls ?? 'Handle'} &) = default;\n${c.cls ?? 'Handle'} &operator=(const ${c.cls ?? 'Handle'} &) = default;`,
    ),
  ],
  references: [cppref('The rule of three/five/zero', 'cpp/language/rule_of_three'), GCC_WARN],
  samples: [
    "managed_list.h:130:14: error: definition of implicit copy constructor for 'Handle' is deprecated because it has a user-declared copy assignment operator [-Werror,-Wdeprecated-copy]",
  ],
};

// ---------------------------------------------------------------- compile-time evaluation, concepts, coroutines

const notConstantWordings: ErrorPattern = {
  id: 'cpp.not-a-constant-expression-wordings',
  language: 'cpp',
  // gcc's older "expression '…' is not a constant-expression", its "the value of 'x' is not usable in a constant
  // expression", and the French "« (4.0e+1 / 1.0e+3) » n'est pas une expression constante" (cpp.compile-time-evaluation
  // has clang's and gcc's current "… is not a constant expression").
  match: new RegExp(
    String.raw`(?:error|erreur) ?: (?:expression ${QO}(?<expr>${QN}{1,300})${QC} is not a constant-expression|${QO}(?<expr2>${QN}{1,300})${QC} is not a constant-expression|the value of ${QO}(?<name>${QN}{1,200})${QC} is not usable in a constant expression|[«"] ?(?<expr3>[^»"\n]{1,300}?) ?[»"] n'est pas une expression constante)`,
  ),
  requires: /constant-expression|usable in a constant expression|expression constante/,
  errorType: 'not a constant expression',
  category: 'type',
  priority: 14,
  summary: (c) =>
    c.name ? `${c.name} is used where a constant is required, but its value is not known at compile time.` : `${c.expr ?? c.expr2 ?? c.expr3} cannot be evaluated at compile time, where a constant is required.`,
  explanation:
    'A constexpr variable, an array bound, a template argument, a case label or an if constexpr condition needs a value the compiler can compute. The expression reads a variable that is not constexpr (a const double, a function parameter, a non-constexpr global), modifies something (C++11 constexpr functions could only return an expression), or calls a function that is not constexpr.',
  causes: ['A const (not constexpr) variable of a floating-point or class type used in a constant expression', 'A function parameter used in if constexpr or as a template argument', 'Assignment or other statements in a C++11 constexpr function', 'A call to a non-constexpr function'],
  fixes: (c) => [
    fix(
      `Make ${c.name ?? 'every value in the expression'} constexpr, or drop constexpr`,
      ['Declare the variables the expression reads constexpr (a const double is not usable in constant expressions; constexpr double is), use if instead of if constexpr for a run-time value, or remove constexpr from the declaration when the value is only known at run time. A C++11 constexpr function may only return an expression: build with -std=c++14 or later.'],
      'constexpr double upAngle = 289.0;                 // was: const double\nconstexpr double lookStepUp = 4.0 * upAngle / 60.0;',
    ),
  ],
  references: [cppref('Constant expressions', 'cpp/language/constant_expression'), cppref('constexpr specifier', 'cpp/language/constexpr')],
  samples: [
    "functions.h:37:79: error: expression ‘(in_bool = (! in_bool))’ is not a constant-expression",
    "data_type.h:224:9: error: the value of ‘csv::internals::CSV_INT8_MAX’ is not usable in a constant expression",
    'config.hpp:16:65: erreur: « (4.0e+1 / 1.0e+3) » n\'est pas une expression constante',
  ],
};

const staticAssertConcept: ErrorPattern = {
  id: 'cpp.static-assert-concept',
  language: 'cpp',
  // A static_assert on a concept, as clang explains it (also on Compiler Explorer, whose file is "<source>"):
  // "error: static assertion failed" then "note: because 't' does not satisfy 'c'".
  match: /error: static assertion failed(?:: (?<msg>[^\n]{1,300}))?(?=[\s\S]{0,3000}?note: because ['‘](?<type>[^'’\n]{1,200})['’] does not satisfy ['‘](?<concept>[^'’\n]{1,200})['’])/,
  requires: /does not satisfy/,
  errorType: 'static assertion failed',
  category: 'type',
  priority: 12,
  summary: (c) => `The static_assert failed: ${c.type} does not satisfy the concept ${c.concept}.`,
  explanation: (c) =>
    `static_assert(${c.concept}<${c.type}>) is checked at compile time, and the concept's constraints are not met. The notes after the error walk into the concept's definition and end at the requirement that failed ("because 'x' would be invalid: …", "because 'false' evaluated to false").`,
  causes: ['The type lacks a member, operator or conversion the concept requires', 'A requirement that is ill-formed for every type (a constraint variable used in an evaluated context)', 'The wrong type asserted'],
  fixes: (c) => [fix(`Make ${c.type} meet ${c.concept}, or assert the right thing`, ['Read the last "because" note: it names the requirement that failed. Add what is missing to the type, or correct the concept (a requires-expression parameter cannot be evaluated: require `{ t.b() } -> std::same_as<bool>` instead of `requires t.b();`).'], null)],
  references: [cppref('Constraints and concepts', 'cpp/language/constraints'), cppref('static_assert declaration', 'cpp/language/static_assert')],
  samples: ["<source>:19:1: error: static assertion failed\nstatic_assert(c<t>);\n<source>:19:15: note: because 't' does not satisfy 'c'"],
};

const coroutineTraits: ErrorPattern = {
  id: 'cpp.coroutine-traits-missing',
  language: 'cpp',
  // clang and gcc when a function uses co_await/co_return but <coroutine> (std::coroutine_traits) is not available:
  // "error: coroutines require a traits template; cannot find 'std::coroutine_traits'"; clang 16+ against a library
  // that only has std::experimental's: "error: std::coroutine_traits isn't a class template".
  match: /error: (?:(?<traits>coroutines require a traits template); cannot find '(?<name>[^'\n]{1,100})'|std::coroutine_traits (?<notTemplate>isn't a class template))/,
  requires: /coroutine_traits/,
  errorType: (c) => (c.traits ? 'coroutines require a traits template' : "isn't a class template"),
  category: 'build',
  priority: 12,
  summary: (c) =>
    c.traits ? `A coroutine is compiled, but ${c.name} is not declared: <coroutine> is missing or not enabled.` : "std::coroutine_traits is not the standard one: the compiler and the standard library disagree on where coroutines live (std:: or std::experimental::).",
  explanation: (c) =>
    c.traits
      ? 'A function that uses co_await, co_yield or co_return needs std::coroutine_traits from <coroutine>. It is missing when the header is not included, when the build is not C++20 (gcc 10 also needs -fcoroutines), or when the standard library is too old for the compiler (an old libstdc++ under clang).'
      : 'Before C++20 coroutines lived in std::experimental (<experimental/coroutine>). Code or a library that aliases std::coroutine_traits to std::experimental::coroutine_traits breaks with clang 16+ and libc++ 16+, which only provide the standard <coroutine>.',
  causes: ['<coroutine> not included', 'The build not in C++20 mode (-std=c++20; gcc 10: -fcoroutines)', 'A standard library older than the compiler', 'A library still using <experimental/coroutine> with a new clang'],
  fixes: (c) => [
    c.traits
      ? fix('Build as C++20 and include <coroutine>', [`Add #include <coroutine> (it declares ${c.name}), compile with -std=c++20 (gcc 10: also -fcoroutines), and make sure clang uses a standard library that has the header (libstdc++ 10+ or libc++).`], 'set(CMAKE_CXX_STANDARD 20)\n# gcc 10 only:\ntarget_compile_options(app PRIVATE -fcoroutines)')
      : fix('Use the standard <coroutine>', ['Update the library to a release that uses <coroutine> when it exists (#if __has_include(<coroutine>)), or build it with the compiler and standard library it supports.'], '#if __has_include(<coroutine>)\n#include <coroutine>\nnamespace coro = std;\n#else\n#include <experimental/coroutine>\nnamespace coro = std::experimental;\n#endif'),
  ],
  references: [cppref('Coroutines', 'cpp/language/coroutines')],
  samples: ["error: coroutines require a traits template; cannot find 'std::coroutine_traits'", "qcoro/coroutine.h:97:1: error: std::coroutine_traits isn't a class template"],
};

const deducedReturnBeforeDefinition: ErrorPattern = {
  id: 'cpp.deduced-auto-before-definition',
  language: 'cpp',
  // clang: "function 'f' with deduced return type cannot be used before it is defined"; gcc: "use of 'auto f()' before
  // deduction of 'auto'" (MSVC's C3779 is its own code).
  match: rx(ANY_LOC, String.raw`error: (?:function ${QO}(?<func>${QN}{1,300})${QC} with deduced return type cannot be used before it is defined|use of ${QO}(?<func2>${QN}{1,500})${QC} before deduction of ${QO}(?:decltype\()?auto\)?${QC})`),
  requires: /deduced return type cannot be used|before deduction of/,
  errorType: 'use before deduction of auto',
  category: 'type',
  priority: 12,
  summary: (c) => `${c.func ?? c.func2} returns auto, and is used before the compiler has seen its body${at(c)}.`,
  explanation:
    'A function declared with a deduced return type (auto, decltype(auto)) has no type until its definition has been compiled. Calling it earlier in the same class or file, from a member defined before it, or in its own body before the first return, leaves the compiler nothing to check the call against.',
  causes: ['A member function returning auto called from a member defined above it in the class', 'A function returning auto declared in a header and defined in a .cpp file', 'A recursive call before the first return statement'],
  fixes: (c) => [fix(`Give ${c.func ?? 'the function'} an explicit return type, or define it before its first use`, ['Write the return type (or a trailing -> type), or move the definition above the code that calls it.'], 'auto const &boundary_line_pairs() const noexcept -> std::vector<line_pair> const &;')],
  references: [cppref('Function declaration: return type deduction', 'cpp/language/function#Return_type_deduction')],
  samples: ["xi_zeta_region.h:205:33: error: function 'boundary_line_pairs' with deduced return type cannot be used before it is defined"],
};

const deducedVariableNoInitializer: ErrorPattern = {
  id: 'cpp.deduced-variable-no-initializer',
  language: 'cpp',
  // clang: "declaration of variable 'y' with deduced type 'auto' requires an initializer" (also in code another tool
  // generated, cppfront's .cpp2); gcc: "declaration of 'auto y' has no initializer".
  match: /error: (?:declaration of variable '(?<name>[^'\n]{1,100})' with deduced type '(?<type>[^'\n]{1,60})' requires an initializer|declaration of ['‘](?:auto|decltype\(auto\)) (?<name2>[^'’\n]{1,100})['’] has no initializer)/,
  requires: /requires an initializer|has no initializer/,
  errorType: 'has no initializer',
  category: 'syntax',
  priority: 12,
  summary: (c) => `${c.name ?? c.name2} is declared auto without an initializer, so its type cannot be deduced.`,
  explanation:
    'auto (and decltype(auto)) take the variable\'s type from its initializer. A declaration without one, including an extern declaration or a member declared before it is given a value, has nothing to deduce from.',
  causes: ['auto x; without an initializer', 'An extern auto declaration (a forward declaration cannot deduce)', 'A generated declaration (cppfront, macros) that drops the initializer'],
  fixes: (c) => [fix(`Give ${c.name ?? c.name2} an initializer or an explicit type`, ['Write the type (extern int y;) where the variable is only declared, or initialise it where it is defined.'], `extern int ${c.name ?? c.name2};\n// or\nauto ${c.name ?? c.name2} = 0;`)],
  references: [cppref('Placeholder type specifiers (auto)', 'cpp/language/auto')],
  samples: ["x.cpp2:1:13: error: declaration of variable 'y' with deduced type 'auto' requires an initializer"],
};

const twoPhaseLookup: ErrorPattern = {
  id: 'cpp.neither-visible-nor-adl',
  language: 'cpp',
  // clang's two-phase lookup error, g++'s "'f' was not declared in this scope, and no declarations were found by
  // argument-dependent lookup at the point of instantiation": "call to function 'operator*' that is neither visible
  // in the template definition nor found by argument-dependent lookup".
  match: rx(ANY_LOC, String.raw`error: call to function ${QO}(?<func>${QN}{1,200})${QC} that is neither visible in the template definition nor found by argument-dependent lookup`),
  requires: /neither visible in the template definition/,
  errorType: 'was not declared in this scope',
  category: 'name',
  priority: 12,
  summary: (c) => `A template calls ${c.func}, which is declared only after the template and cannot be found by argument-dependent lookup${at(c)}.`,
  explanation:
    'Names a template uses are looked up twice: where the template is defined (only what is declared above it) and, for dependent calls, by argument-dependent lookup at instantiation (only in the namespaces of the argument types). A function declared after the template in a namespace unrelated to its arguments is found by neither.',
  causes: ['The function (or operator) declared below the template that calls it', 'An operator for a type declared in another namespace than the type'],
  fixes: (c) => [fix(`Declare ${c.func} before the template`, ['Move the declaration (a forward declaration is enough) above the template, or put it in the namespace of the argument type so ADL finds it.'], null)],
  references: [cppref('Dependent names: lookup rules', 'cpp/language/dependent_name#Lookup_rules'), CLANG_DIAGNOSTICS],
  samples: ["1.cpp:100:11: error: call to function 'operator*' that is neither visible in the template definition nor found by argument-dependent lookup"],
};

// ---------------------------------------------------------------- names, types, overloads

const noMemberInNamespace: ErrorPattern = {
  ...nativeById('cpp.no-member-named'),
  id: 'cpp.no-member-named-in-namespace',
  // clang: "no member named 'find' in namespace 'std::ranges'; did you mean simply 'find'?" (cpp.no-member-named has
  // "in 'type'", cpp.not-member-of-std "in namespace 'std'").
  match: rx(ANY_LOC, String.raw`error: no member named ${QO}(?<member2>${QN}{1,200})${QC} in namespace ${QO}(?<type2>${QN}{1,300})${QC}`),
  requires: /in namespace/,
  priority: 11,
  samples: ["Speaker.h:53:6: error: no member named 'find' in namespace 'std::ranges'; did you mean simply 'find'?"],
};

const incompletePointerArithmetic: ErrorPattern = {
  id: 'c.incomplete-type-pointer-arithmetic',
  language: 'c',
  // clang: "arithmetic on a pointer to an incomplete type 'inv_isotope'" (C and C++; in libc++'s <vector> when the
  // element type is only forward-declared).
  match: rx(ANY_LOC, String.raw`error: arithmetic on (?:a )?pointers? to (?:an )?incomplete type ${QO}(?<type>${QN}{1,300})${QC}`),
  requires: /to an incomplete type|to incomplete type/,
  errorType: 'incomplete type',
  category: 'type',
  // Above cpp.compile-error-in-std-header (-11) and the generic compile errors.
  priority: 10,
  summary: (c) => `Pointer arithmetic needs the size of ${c.type}, but ${c.type} is only declared, not defined, here${at(c)}.`,
  explanation: (c) =>
    `Adding to, subtracting or comparing distances of pointers needs sizeof(${c.type}). The type is forward-declared (struct ${c.type};) at this point; its definition comes later or lives in a header not included. A std::vector of it whose members are used before the element type is complete fails this way inside <vector>.`,
  causes: ['Only a forward declaration visible (the header defining the type not included)', 'The type defined after the code or class that uses it (a std::vector<T> member of a class defined before T)'],
  fixes: (c) => [fix(`Define ${c.type} before this use`, [`Include the header that defines ${c.type}, or reorder the definitions so ${c.type} is complete before the code that does the arithmetic (or before the class holding a std::vector<${c.type}> uses it).`], null)],
  references: [cppref('Incomplete types', 'cpp/language/type#Incomplete_type')],
  samples: ["phreeqc.c:607:52: error: arithmetic on a pointer to an incomplete type 'struct inv_isotope'"],
};

const msvcCodeGlued: ErrorPattern = {
  id: 'c.msvc-code-glued-to-message',
  language: 'c',
  // Visual Studio's Error List copied without its separators: "C2039'lower_bound': is not a member of 'std::ranges'
  // (compiling source file Hacks\SkinChanger.cpp)".
  match: /(?:^|[\s\]])(?<code>C[1-4]\d{3})['‘](?<name>[^'’\n]{1,200})['’]: (?<message>[^\n(]{1,300})/m,
  requires: /\bC[1-4]\d{3}['‘]/,
  errorType: (c) => c.code,
  category: 'type',
  priority: 8,
  summary: (c) => `MSVC error ${c.code}: '${c.name}': ${c.message.trim()}.`,
  explanation: (c) =>
    `${c.code} is the Microsoft C/C++ compiler's error number; the message names '${c.name}'. ${c.code === 'C2039' ? 'C2039 means the name is not a member of the class or namespace: a missing #include, a feature of a newer standard than /std: selects (std::ranges needs /std:c++20 or /std:c++latest and a recent Visual Studio), or a typo.' : 'The compiler documentation page for the code lists its causes.'}`,
  causes: (c) => (c.code === 'C2039' ? ['A header not included', 'The language standard too old for the member (/std:c++20 for std::ranges)', 'An outdated Visual Studio'] : ['See the documentation of the error code']),
  fixes: (c) => [
    fix(
      c.code === 'C2039' ? `Make '${c.name}' available` : `Look up ${c.code} for '${c.name}'`,
      c.code === 'C2039' ? ['Include the header that declares it, set C/C++ > Language > C++ Language Standard to /std:c++20 or /std:c++latest, and update Visual Studio if the member is newer than it.'] : [`Search the Microsoft Learn page for ${c.code}.`],
      null,
    ),
  ],
  references: [MSVC_ERRORS],
  samples: ["C2065'count': undeclared identifier (compiling source file main.c)"],
};

const gcc2AmbiguousOverload: ErrorPattern = {
  ...nativeById('cpp.ambiguous-call'),
  id: 'cpp.ambiguous-overload-gcc2',
  // gcc 2.95 (Haiku's legacy compiler) prints no "error:": "GameStyle.cpp:128: ambiguous overload for `StyleData *& ?
  // BString & : const char[8]'" then "candidates are: operator ?:(bool, BString, BString) <builtin>".
  match: /(?<![^\s])(?<file>[^\s:]{1,300}\.(?:cpp|cc|cxx|C|h|hpp)):(?<line>\d{1,7}): ambiguous overload for [`'‘](?<call>[^'’\n]{1,400})['’]/,
  requires: /: ambiguous overload for /,
  priority: 11,
  samples: ["GameStyle.cpp:128: ambiguous overload for `StyleData *& ? BString & : const char[8]'\nGameStyle.cpp:128: candidates are: operator ?:(bool, BString, BString) <builtin>"],
};

// ---------------------------------------------------------------- Apple's linker, mold

const ld64FileNotFound: ErrorPattern = {
  id: 'c.ld64-file-not-found',
  language: 'c',
  // Apple's ld when a file named on its command line (an object, a library path, the -bundle_loader host app of a test
  // target) does not exist: "ld: file not found: /Users/…/Debug-iphonesimulator/App.app/App".
  match: /\bld: file not found: (?<file>\S[^\n]{0,400})/,
  requires: /ld: file not found: /,
  errorType: 'file not found',
  category: 'build',
  priority: 12,
  summary: (c) => `Apple's linker was given ${c.file}, which does not exist.`,
  explanation: (c) =>
    `ld opens every file on its command line. ${/\.app\/[^/]+$/.test(c.file) ? 'This path is an app\'s executable: a unit-test target links against its host app (Bundle Loader / TEST_HOST), which was not built first or was renamed.' : 'The path comes from the target\'s build settings (Link Binary With Libraries, Other Linker Flags, a library search path): the file was removed, moved, renamed, or is produced by a target that was not built first.'} A stale DerivedData folder can also point at products that no longer exist.`,
  causes: ['A unit-test target whose host app (Bundle Loader, TEST_HOST) was not built or was renamed', 'A library or object file removed or moved but still listed in the target', 'A dependency target not built first (missing target dependency)', 'Stale DerivedData'],
  fixes: (c) => [
    fix(`Make ${c.file.split('/').pop()} exist, or stop linking it`, ['Build the target that produces it first (add it under Target Dependencies), correct BUNDLE_LOADER/TEST_HOST or the library path, or remove the stale entry from Link Binary With Libraries and Other Linker Flags.', 'Then clean the build folder (Product > Clean Build Folder) or delete DerivedData.'], 'rm -rf ~/Library/Developer/Xcode/DerivedData/*'),
  ],
  references: [LD64_MAN],
  samples: ['ld: file not found: /Users/dev/Library/Developer/Xcode/DerivedData/App-abc/Build/Products/Debug-iphonesimulator/App.app/App\nclang: error: linker command failed with exit code 1 (use -v to see invocation)'],
};

const ld64WrongPlatformWrapped: ErrorPattern = {
  ...patternById(NATIVE_CATALOG2_PATTERNS, 'c.ld64-wrong-architecture'),
  id: 'c.ld64-wrong-platform-wrapped',
  // ld64's refusal with the console's line breaks inside it: "… FocusDebug-iphonesimulator\n/X.framework/X(unix.o),
  // building for iOS Simulator, but linking in\nobject file built for iOS, for architecture arm64".
  match: /\bbuilding for (?<target>[\w. -]{1,40}?),?\s{1,8}but\s{1,8}linking\s{1,8}in\s{1,8}(?:object\s{1,8}file|dylib|library)\s{1,8}built\s{1,8}for\s{1,8}(?<built2>[\w. -]{1,40}?)(?=[,\s]|$)/,
  requires: /\bbuilding for /,
  priority: 11,
  samples: ['ld: in .../Build/Products/FocusDebug-iphonesimulator\n/Rust.framework/Rust(unix.o), building for iOS Simulator, but linking in\nobject file built for iOS, for architecture arm64'],
};

const moldUndefinedSymbol: ErrorPattern = {
  id: 'c.mold-undefined-symbol',
  language: 'c',
  // mold 1.x without "error:" and with the object file before the symbol: "mold: undefined symbol:
  // src/CMakeFiles/mudlet.dir/ctelnet.cpp.o: operator new(unsigned long)" (also under a build tool's timestamps).
  match: /\bmold: (?:error: )?undefined symbol: (?<file>[^\s:]{1,300}\.o(?:bj)?\)?): (?<symbol>[^\n]{1,400})/,
  requires: /mold: (?:error: )?undefined symbol: /,
  errorType: 'undefined reference',
  category: 'build',
  priority: 12,
  summary: (c) => `mold found no definition of ${c.symbol.trim()}, which ${c.file} uses.`,
  explanation: (c) =>
    `The linker (mold) collected every object and library on the command line and none defines ${c.symbol.trim()}. The library that provides it is missing from the link, listed before the objects that need it, or built differently (another C++ standard library or ABI, a C function without extern "C"). ${/operator new|std::|basic_string/.test(c.symbol) ? 'Here it is a standard-library symbol: the program is linked with a C driver (cc/clang instead of c++/clang++) or without -lstdc++/-lc++.' : ''}`.trim(),
  causes: ['The library defining the symbol not linked', 'A C++ program linked with the C driver (no libstdc++/libc++)', 'Libraries in the wrong order on the link line', 'A C function declared without extern "C" in C++'],
  fixes: (c) => [fix(`Link what defines ${c.symbol.trim()}`, ['Find which library defines it (nm -C -D --defined-only lib.so | grep name) and add it to the link after the objects that use it; link C++ programs with the C++ driver.'], `nm -C --defined-only /usr/lib/x86_64-linux-gnu/*.a 2>/dev/null | grep -F '${c.symbol.trim().split('(')[0]}'`)],
  references: [MOLD],
  samples: [' 0:02.44 mold: undefined symbol: Unified_c_external_nspr_pr1.o: environ'],
};

// ---------------------------------------------------------------- CMake, vcpkg

const notBuiltByProjectWrapped: ErrorPattern = {
  ...patternById(NATIVE_CATALOG3_PATTERNS, 'cpp.cmake-not-built-by-project'),
  id: 'cpp.cmake-not-built-by-project-wrapped',
  // CMake's message broken anywhere by its own wrapping ("which is not\n  built by this project", "which is not built\n
  // by this project"), or escaped inside VS Code's problem list as JSON ("for target \"gencmp\" which is not built
  // by\nthis project.").
  match: /Cannot specify (?<what>link libraries|include directories|compile (?:definitions|options|features)|link options|sources) for target \\?"(?<target>[^"\\\n]{1,200})\\?"(?:\s|\\n){1,10}which(?:\s|\\n){1,10}is(?:\s|\\n){1,10}not(?:\s|\\n){1,10}built(?:\s|\\n){1,10}by(?:\s|\\n){1,10}this(?:\s|\\n){1,10}project/,
  requires: /Cannot specify /,
  priority: 12,
  references: [CMAKE_TLL],
  samples: ['CMake Error at feature.cmake:20 (target_link_libraries):\n  Cannot specify link libraries for target "lexbor-core" which is not built\n  by this project.'],
};

const noCCompilerFirst: ErrorPattern = {
  ...nativeById('c.cmake-no-compiler'),
  id: 'c.cmake-no-compiler-first',
  // Both languages missing: C's error comes first (README: CMAKE_C_COMPILER not found, C's, when C's line comes first).
  match: /No CMAKE_(?<lang>C)_COMPILER could be found\.(?=[\s\S]{0,3000}?No CMAKE_CXX_COMPILER could be found)/,
  requires: /No CMAKE_C_COMPILER could be found/,
  // Above cpp.cmake-no-compiler (12).
  priority: 13,
  samples: ['CMake Error at CMakeLists.txt:23 (project):\n  No CMAKE_C_COMPILER could be found.\n\nCMake Error at CMakeLists.txt:23 (project):\n  No CMAKE_CXX_COMPILER could be found.'],
};

const vcpkgCppPort: ErrorPattern = {
  ...nativeById('c.vcpkg-build-failed'),
  id: 'cpp.vcpkg-build-failed-cpp-port',
  language: 'cpp',
  // A port that is a C++ library (Boost's boost-* ports, Qt, OpenCV, fmt, spdlog, Abseil, gRPC…): the build
  // that failed is C++'s.
  match: /(?:Error|error): [Bb]uilding (?:package )?(?<port>(?:boost-[\w-]{1,40}|boost|qt[\w-]{0,40}|opencv\d?|fmt|spdlog|abseil|grpc|folly|poco|cpprestsdk|eigen3|gtest|catch2|nlohmann-json|range-v3|tbb|onnxruntime|arrow))(?:\[[^\]\n]{0,200}\])?(?::(?<triplet>[\w-]{1,60}))? failed with: (?<result>BUILD_FAILED|POST_BUILD_CHECKS_FAILED|FILE_CONFLICTS|CASCADED_DUE_TO_MISSING_DEPENDENCIES)/,
  requires: / failed with: /,
  priority: 21,
  samples: ['Error: Building package boost-parameter:x64-windows failed with: BUILD_FAILED'],
};

// ---------------------------------------------------------------- gcc's narrowing error after wide indentation

const narrowingWideIndent: ErrorPattern = {
  ...patternById(NATIVE_DIAGNOSTIC_PATTERNS, 'cpp.narrowing-conversion'),
  id: 'cpp.narrowing-conversion-wide-indent',
  // A terminal's line wrapping turned the space after "error:" into a run of blanks: "FontData.h:265:1: error:
  // <200 spaces> narrowing conversion of '-96' from 'int' to 'char' inside { } [-Wnarrowing]".
  match: new RegExp(String.raw`error:\s{2,400}narrowing conversion of ${QO}(?<value>${QN}{1,300})${QC} from ${QO}(?<from>${QN}{1,200})${QC} to ${QO}(?<to>${QN}{1,200})${QC}`),
  requires: /narrowing conversion/,
  priority: 11,
  samples: ["FontData.h:265:1: error:                                          narrowing conversion of ‘-96’ from ‘int’ to ‘char’ inside { } [-Wnarrowing]"],
};

export const NATIVE_CATALOG14_PATTERNS: readonly ErrorPattern[] = [
  deletedCopyAnywhere,
  defaultedFunctionDeleted,
  deprecatedCopy,
  notConstantWordings,
  staticAssertConcept,
  coroutineTraits,
  deducedReturnBeforeDefinition,
  deducedVariableNoInitializer,
  twoPhaseLookup,
  noMemberInNamespace,
  incompletePointerArithmetic,
  cppTwin(incompletePointerArithmetic, ["/usr/include/c++/v1/vector:607:52: error: arithmetic on a pointer to an incomplete type 'inv_isotope'"]),
  msvcCodeGlued,
  cppTwin(msvcCodeGlued, ["C2039'lower_bound': is not a member of 'std::ranges' (compiling source file Hacks\\SkinChanger.cpp)"]),
  gcc2AmbiguousOverload,
  ld64FileNotFound,
  ld64WrongPlatformWrapped,
  moldUndefinedSymbol,
  cppTwin(moldUndefinedSymbol, ['mold: undefined symbol: src/CMakeFiles/mudlet.dir/dlgComposer.cpp.o: operator new(unsigned long)']),
  notBuiltByProjectWrapped,
  noCCompilerFirst,
  vcpkgCppPort,
  narrowingWideIndent,
];
