import type { ErrorPattern } from '../rules/error-pattern';
import { at, CPP_EVIDENCE, cppTwin, NATIVE_PATTERNS } from './native.patterns';
import { fix, patternById, ref } from './answer-parts';

/*
 * C / C++ tenth pass: the language of compiler errors pasted inside other tools' build logs. clang's "invalid
 * operands to binary expression" is C's as much as C++'s: cgo's probe of a Go package's C preamble
 * ("not-const:1:63: error: invalid operands to binary expression ('_GoBytes_ (*)(void *, int)' and 'int')") and a
 * header of a C build print it with nothing C++ around, where cpp.no-match-for-operator (any location) would answer
 * C++. Its C reading takes g++'s phrase like the .c file's twin (README: clang's wording takes g++'s phrase).
 *
 * Conventions of native.patterns.ts: C unless the text shows C++ (CPP_EVIDENCE).
 */

const CLANG_DIAGNOSTICS = ref('Clang: Expressive Diagnostics', 'https://clang.llvm.org/diagnostics.html');

// A location C shares with C++ (a .h header, an Objective-C .m file) or cgo's probe names (not-type, not-const,
// not-declared…); a .c file is c.no-match-for-operator's (the C twin of cpp.no-match-for-operator).
const C_OR_PROBE_LOC = String.raw`(?<=(?<![^\s])(?<file>(?:[A-Za-z]:)?[^\s:]{1,400}?\.(?:h|m)|not-[a-z-]{2,20}):(?<line>\d{1,7}):(?:(?<col>\d{1,7}):)? )`;

const invalidOperandsC: ErrorPattern = {
  id: 'c.invalid-operands-binary-expression',
  language: 'c',
  match: new RegExp(
    String.raw`(?<![\s\S])(?![\s\S]*?(?:${CPP_EVIDENCE}))[\s\S]*?${C_OR_PROBE_LOC}error: invalid operands to binary expression\s{1,40}\((?<types>[^\n]{1,400})\)`,
  ),
  requires: /error: invalid operands to binary expression/,
  errorType: 'no match for operator',
  category: 'type',
  // As cpp.no-match-for-operator: it wins the tie when the text is C's.
  priority: 11,
  summary: (c) => `The operator is applied to operands it cannot take (${c.types})${at(c)}.`,
  explanation:
    "C's binary operators take arithmetic operands (and pointers for + - and comparisons): a struct, a union, a function or a pointer of the wrong kind on one side is refused. In cgo's probe the name on the left is a type or a function where cgo expected a constant: the C preamble declares it differently than the Go code uses it.",
  causes: ['A struct or union where a number was expected (compare its members, not the struct)', 'A function name used without calling it', 'Pointers of different types added, subtracted or compared', "cgo: a C name used from Go as a constant while the preamble declares a type or a function"],
  fixes: (c) => [
    fix('Give the operator operands it accepts', [`Check both operand types (${c.types}): compare or combine the members or values you meant, call the function, or cast pointers to a common type. With cgo, use the name the way the C preamble declares it.`], 'if (a.x == b.x && a.y == b.y) { /* … */ }'),
  ],
  references: [CLANG_DIAGNOSTICS],
  samples: ["not-const:1:63: error: invalid operands to binary expression ('_GoBytes_ (*)(void *, int)' and 'int')"],
};

const nativeById = (id: string): ErrorPattern => patternById(NATIVE_PATTERNS, id);

export const NATIVE_CATALOG10_PATTERNS: readonly ErrorPattern[] = [
  invalidOperandsC,
  // g++'s missing return in a header of a C++ build (cpp.no-return wants a C++ source as the location).
  cppTwin(
    nativeById('c.no-return'),
    ["In file included from main.cpp:5:\ncommon.h: In member function 'obj4& obj4::operator=(obj4&&)':\ncommon.h:33:63: error: no return statement in function returning non-void [-Werror=return-type]"],
    'cpp.no-return-in-header',
    // Below cpp.no-return (a C++ source as the location), above c.no-return.
    0.5,
  ),
];
