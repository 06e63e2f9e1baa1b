import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { ANY_LOC, at, cppref, cppTwin, ERR_L, GCC_WARN, LQC, LQN, LQO, QC, QN, QO, rx } from './native.patterns';

/*
 * gcc / clang diagnostics that are warnings made errors (-Werror, -Werror=flag, or a compiler that
 * turned them on by default), and the C++ rules the front end enforces: format strings, array
 * bounds, string operations that overflow, uninitialised variables, deprecated declarations,
 * ambiguous overloads, access control, abstract classes, redefinitions, runaway template recursion;
 * and the std::bad_function_call abort of calling an empty std::function.
 *
 * Same conventions as native.patterns.ts: a `c.*` pattern accepts any file and its `cpp.*` twin
 * (cppTwin) answers when the text shows C++; C++-only rules are `cpp.*` alone. Error types are the
 * message's gcc phrase ("is deprecated", "may be used uninitialized"), clang's wording of the same
 * diagnostic getting gcc's phrase; a warning whose message has no stable phrase (the analysis
 * warnings of gcc 11+: -Warray-bounds, -Wstringop-overflow…) is named by its flag.
 *
 * Only "error:" lines answer: the same texts as plain warnings scroll by in every build log.
 * Priorities: 10 (C) / 11 (C++ twin and C++-only), as the compiler messages of native.patterns.ts;
 * 16 for the run-time abort.
 */

const CLANG_DIAG = ref('Clang: Diagnostic flags', 'https://clang.llvm.org/docs/DiagnosticsReference.html');

/** A phrase that a console may have hard-wrapped at any character (cmd.exe wraps at its width). */
const wrappable = (phrase: string): string => phrase.split('').join('\\n?');

/** C or C++, from the file the compiler named (a header decides nothing). */
function isCpp(c: Captures): boolean {
  return /\.(?:cc|cpp|cxx|c\+\+|C|hpp|hh|hxx|ipp|tpp|inl|ino|cu|cuh)$/.test(c.file ?? '');
}

/** The first argument-free name a message quotes: `'memcpy' writing 16 bytes` -> memcpy. */
function quotedCallee(message: string | undefined): string | undefined {
  return /^[`'‘](?<name>[A-Za-z_]\w{0,60})['’]/.exec(message ?? '')?.groups?.name;
}

// ---------------------------------------------------------------- format strings

/** `f(a, b, str)` -> `f(a, b, "%s", str)`: the variable becomes an argument of a constant format. */
function withConstantFormat(func: string, args: string): string | null {
  let depth = 0;
  let quote: string | null = null;
  let last = -1;
  for (let i = 0; i < args.length; i++) {
    const ch = args[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') depth++;
    else if (ch === ')' || ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 0) last = i;
    if (depth < 0) return null;
  }
  if (depth !== 0 || quote) return null;
  const head = last < 0 ? '' : `${args.slice(0, last + 1)} `;
  const format = args.slice(last + 1).trim();
  if (format === '' || format.startsWith('"')) return null;
  return `${func}(${head}"%s", ${format});`;
}

/** The printf conversion for a type gcc or clang printed (`'size_t' {aka 'long unsigned int'}`). */
function conversionFor(type: string | undefined): string | null {
  const t = (type ?? '').trim();
  const table: [RegExp, string][] = [
    [/^(?:const )?size_t$/, '%zu'],
    [/^(?:ssize_t|ptrdiff_t)$/, '%zd'],
    [/^u?int64_t$|^u?int32_t$|^u?int16_t$|^u?int8_t$/, t.startsWith('u') ? `"%" PRIu${t.replace(/\D/g, '')} (from <inttypes.h>)` : `"%" PRId${t.replace(/\D/g, '')} (from <inttypes.h>)`],
    [/^(?:long )?unsigned int$|^unsigned$/, '%u'],
    [/^long long unsigned int$|^unsigned long long$/, '%llu'],
    [/^long long int$|^long long$/, '%lld'],
    [/^long unsigned int$|^unsigned long$/, '%lu'],
    [/^long int$|^long$/, '%ld'],
    [/^(?:short |char|signed char|unsigned char|short unsigned int|short int|int|bool|_Bool)$/, '%d'],
    [/^(?:double|float)$/, '%f'],
    [/^long double$/, '%Lf'],
    [/^(?:const )?(?:unsigned )?char ?\*$/, '%s'],
    [/\*$/, '%p'],
  ];
  return table.find(([re]) => re.test(t))?.[1] ?? null;
}

/** The type to convert for: gcc's typedef name first (size_t), then what it stands for. */
function typeName(c: Captures): string {
  return c.actual ?? c.actual3 ?? '';
}

const FORMAT_REFS = [ref('GCC: -Wformat, -Wformat-security, -Wformat-nonliteral', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wformat'), cppref('printf conversion specifications', 'c/io/fprintf'), CLANG_DIAG];

const FORMAT_NOT_LITERAL: ErrorPattern = {
  id: 'c.format-not-string-literal',
  language: 'c',
  // gcc's -Wformat-security ("and no format arguments") and -Wformat-nonliteral ("argument types
  // not checked"), clang's "format string is not a string literal"; then the source line gcc
  // echoes, when it shows the call.
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:format not a string literal(?:(?<noArgs> and no format arguments)|, (?:argument types|format string) not checked)?|format string is not a string literal(?<insecure> \(potentially insecure\))?)`,
    String.raw`(?:[^\n]{0,200}\n[ \t]{0,12}(?:\d{1,7}[ \t]{0,2}\|)?[ \t]{0,200}(?:[^\n]{0,120}?[\s=(!])??(?<func>[A-Za-z_]\w{0,40}?print[fw]\w{0,8}|v?syslog)\((?<args>[^\n;]{1,300})\)\s{0,4};)?`,
  ),
  requires: /is not a string literal|format not a string literal/,
  errorType: 'format not a string literal',
  category: 'type',
  priority: 10,
  summary: (c) => `A printf-style function${c.func ? ` (${c.func})` : ''} gets a variable as its format string${at(c)}.`,
  explanation: (c) =>
    c.noArgs || c.insecure
      ? `The format argument${c.func ? ` of ${c.func}` : ''} is a variable and no other arguments follow, so whatever text the variable holds is interpreted as a format: a % in it (from a file name, user input, a translation) makes the function read arguments that were never passed - garbage output, a crash, or with %n a write to memory. gcc's -Wformat-security warns about it and distributions build with -Werror=format-security (Fedora, Debian, Ubuntu, Yocto, Arch), so code that compiled elsewhere stops here.`
      : 'The format string is not a literal, so the compiler cannot check the arguments against its conversions (-Wformat-nonliteral). When a function of your own forwards its format to vprintf-style functions, telling the compiler which parameter is the format restores the checking.',
  causes: ['printf(str) / fprintf(f, msg) / syslog(prio, msg): a message passed as the format instead of as an argument', 'A distribution or CI build using -Werror=format-security (hardening flags)', 'A wrapper function forwarding a format without __attribute__((format(printf, …)))'],
  fixes: (c) => {
    const suggested = c.func && c.args ? withConstantFormat(c.func, c.args) : null;
    return [
      fix(
        `Pass the text as an argument of a constant "%s" format${c.func ? ` in ${c.func}` : ''}`,
        [
          c.func && c.args ? `Change ${c.func}(${c.args}) so that the format is the literal "%s" and the variable is its argument.` : 'Give the call a literal format "%s" and pass the variable as its argument; use fputs/puts when no formatting is needed.',
          'Never use text that may contain % (input, file names, translations) as a format.',
        ],
        suggested ?? 'printf("%s", message);\nfprintf(stderr, "%s", message);\nsyslog(LOG_ERR, "%s", message);',
      ),
      fix('For your own printf-like wrappers, declare the format parameter', ['Mark the wrapper with the format attribute: gcc and clang then check its callers, and the forwarded format no longer warns.'], 'void log_msg(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));'),
    ];
  },
  references: FORMAT_REFS,
  samples: ['jesd_status.c:182:9: error: format not a string literal and no format arguments [-Werror=format-security]\n  182 |         mvwprintw(win, y, x, str);\n      |         ^~~~~~~~~', "log.c:40:21: error: format string is not a string literal (potentially insecure) [-Werror,-Wformat-security]\n    fprintf(stderr, msg);\n                    ^~~"],
};

const FORMAT_ARGUMENTS: ErrorPattern = {
  id: 'c.format-arguments',
  language: 'c',
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:format ${QO}(?<spec>%${QN}{0,20})${QC} expects argument of type ${QO}(?<expected>${QN}{1,200})${QC}, but argument (?<argument>\d{1,3}) has type ${QO}(?<actual>${QN}{1,200})${QC}|format specifies type ${QO}(?<expected3>${QN}{1,200})${QC} but the argument has (?:underlying )?type ${QO}(?<actual3>${QN}{1,200})${QC}|format ${QO}(?<spec2>%${QN}{0,20})${QC} expects a matching ${QO}(?<expected2>${QN}{1,200})${QC} argument|(?<missing>more ${QO}%${QC} conversions than data arguments)|(?<extra>too many arguments for format|data argument not used by format string)|(?:unknown conversion type character|invalid conversion specifier) ${QO}(?<conversion>${QN}{1,8})${QC})`,
  ),
  requires: /format|conversion/,
  errorType: (c) =>
    c.expected || c.expected3 ? 'format expects argument of type' : c.expected2 || c.missing ? 'format expects a matching argument' : c.extra ? 'too many arguments for format' : 'unknown conversion type character',
  category: 'type',
  priority: 10,
  summary: (c) => {
    if (c.expected || c.expected3) return `A printf conversion${c.spec ? ` ${c.spec}` : ''} expects ${c.expected ?? c.expected3}, but the argument is ${typeName(c)}${at(c)}.`;
    if (c.expected2 || c.missing) return `The format has more conversions than the call passes arguments${at(c)}.`;
    if (c.extra) return `The call passes more arguments than the format has conversions${at(c)}.`;
    return `The format uses a conversion the compiler does not know (%${c.conversion})${at(c)}.`;
  },
  explanation: (c) => {
    if (c.expected || c.expected3)
      return `printf-style functions read each argument with the type its conversion names; a mismatch (${typeName(c)} read as ${c.expected ?? c.expected3}) is undefined behaviour: wrong numbers on 64-bit platforms, where long, size_t and pointers are 8 bytes and int is 4. gcc's -Wformat (in -Wall) checks the arguments against the literal format; with -Werror it stops the build. Code written on one platform often breaks on another, where int64_t or size_t is a different type.`;
    if (c.expected2 || c.missing) return 'A conversion without its argument makes the function read whatever is on the stack or in the next register: garbage, or a crash for %s.';
    if (c.extra) return 'The extra arguments are evaluated and ignored: usually a conversion was forgotten in the format, or a % was escaped by mistake.';
    return `The conversion %${c.conversion} is not one the C library defines (or not in the standard the compiler checks against, such as MinGW's msvcrt for %zu and %lld).`;
  },
  causes: ['%d used for long, size_t, int64_t or a pointer', 'A conversion added to the format without its argument (or the reverse)', 'Types that differ between platforms (int64_t is long on Linux, long long on Windows and macOS)'],
  fixes: (c) => {
    const wanted = conversionFor(typeName(c)) ?? conversionFor(/\{aka ['‘]([^'’]{1,200})['’]\}/.exec(typeName(c))?.[1]);
    if (c.expected || c.expected3)
      return [
        fix(
          `Use the conversion for ${typeName(c)}${wanted ? `: ${wanted}` : ''}`,
          [`Replace ${c.spec ?? 'the conversion'}${c.argument ? ` (argument ${c.argument})` : ''} by the conversion for ${typeName(c)}, or cast the argument to the type the conversion expects (${c.expected ?? c.expected3}).`, 'For fixed-width integers use the <inttypes.h> macros (PRId64, PRIu32); for size_t use %zu.'],
          'printf("%zu items\\n", count);               /* size_t */\nprintf("%ld\\n", (long)offset);              /* cast to the conversion\'s type */\nprintf("%" PRIu64 "\\n", bytes);             /* uint64_t, #include <inttypes.h> */',
        ),
      ];
    if (c.conversion) return [fix(`Replace %${c.conversion} by a standard conversion`, ['Use a conversion the C library defines (d i u x o f e g s c p %); on MinGW build with __USE_MINGW_ANSI_STDIO=1 for %zu and %lld.'], 'printf("%s: %d\\n", name, value);')];
    return [fix('Give every conversion exactly one argument', [`Count the conversions of the format and the arguments after it: ${c.extra ? 'remove the extra argument or add its conversion' : 'add the missing argument or remove its conversion'}; write %% for a literal percent sign.`], 'printf("%s scored %d%%\\n", name, score);')];
  },
  references: FORMAT_REFS,
  samples: ["main.c:12:14: error: format '%d' expects argument of type 'int', but argument 2 has type 'long int' [-Werror=format=]", "stats.c:30:28: error: format specifies type 'int' but the argument has type 'size_t' (aka 'unsigned long') [-Werror,-Wformat]"],
};

// ---------------------------------------------------------------- gcc 11+ access analysis

const ARRAY_BOUNDS: ErrorPattern = {
  id: 'c.array-bounds',
  language: 'c',
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:array subscript (?<index>[^\n]{1,120}?) is (?:partly )?(?:above|below|outside) (?:array bounds of|the bounds of) ${QO}(?<arrayType>${QN}{1,300})${QC}|array index (?<index2>-?\d{1,20}) is (?:past the end|before the beginning) of the array(?: \((?:that has type ${QO}(?<arrayType2>${QN}{1,300})${QC}|which contains (?<count>\d{1,12}) elements?)\))?|(?<message>[^\n]{1,400}?)(?= \[-Werror(?:=|,-W)array-bounds))`,
  ),
  requires: /array bounds|array-bounds|of the array/,
  errorType: 'array-bounds',
  category: 'runtime',
  priority: 10,
  summary: (c) => `The compiler sees an array access out of bounds${c.index ?? c.index2 ? ` (subscript ${c.index ?? c.index2}${c.arrayType ?? c.arrayType2 ? ` of ${c.arrayType ?? c.arrayType2}` : ''})` : ''}${at(c)}${c.message ? `: ${c.message}` : ''}.`,
  explanation: (c) => {
    const zero = /\[0\]$/.test(c.arrayType ?? '') || c.count === '0';
    return zero
      ? `The object is an array of size zero (${c.arrayType ?? 'uint32_t[0]'}): gcc 11 and later track where a pointer comes from, and a pointer made from a small constant address (memory-mapped registers, a firmware or boot ROM table - cc1 adds "source object is likely at address zero") or a zero-length array at the end of a struct has no object behind it that gcc knows of, so every access is "outside array bounds". The code may be correct; with -Werror (or -Werror=array-bounds) the warning stops the build. Compilers before gcc 11 did not warn.`
      : 'gcc (-Warray-bounds, enabled by -Wall at -O2) or clang proved that an index is outside the array it reads or writes: an off-by-one loop bound, an index computed from a wrong size, or a copy longer than its destination. gcc derives this after inlining and constant propagation, so the line may be in a header or a macro expansion ("In function … inlined from …" names the call chain).';
  },
  causes: (c) =>
    /\[0\]$/.test(c.arrayType ?? '')
      ? ['A pointer formed from a constant address below 4 KiB (hardware registers, firmware data), which gcc 12 treats as a null pointer offset', 'A zero-length array (type x[0]) used as a flexible array member', 'A newer gcc with -Werror in the build flags']
      : ['Loop bound off by one (<= instead of <)', 'An index or length from a different array', 'A struct copied or indexed past its last member'],
  fixes: (c) => {
    const type = c.arrayType ?? c.arrayType2;
    if (/\[0\]$/.test(type ?? ''))
      return [
        fix(
          `Tell gcc that constant addresses are valid objects (the ${type} is a fixed address)`,
          ['gcc 12+: build with --param=min-pagesize=0, so pointers made from small constant addresses are not treated as derived from a null pointer.', 'Or declare a zero-length trailing array as a flexible array member (type name[];), and keep -Warray-bounds as a warning for this target.'],
          'CFLAGS += --param=min-pagesize=0\n# or, for this file only\nCFLAGS += -Wno-error=array-bounds',
        ),
      ];
    return [
      fix(`Keep the index inside the array${type ? ` (${type})` : ''}`, ['Check the loop bound and the size used to compute the index; use sizeof(a) / sizeof(a[0]) for the element count.', 'Read the "In function … inlined from" lines to find the call whose arguments make the index too large.'], 'for (size_t i = 0; i < sizeof(buf) / sizeof(buf[0]); i++)\n    buf[i] = 0;'),
    ];
  },
  references: [ref('GCC: -Warray-bounds', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Warray-bounds'), ref('GCC: --param min-pagesize', 'https://gcc.gnu.org/onlinedocs/gcc/Optimize-Options.html#index-param'), CLANG_DIAG],
  samples: ["src/h3.c:70:26: error: array subscript 0 is outside array bounds of 'uint32_t[0]' {aka 'unsigned int[]'} [-Werror=array-bounds]", "grid.c:18:5: error: array index 10 is past the end of the array (that has type 'int[10]') [-Werror,-Warray-bounds]"],
};

/** gcc's name of each check (clang's -Wfortify-source is gcc's -Wstringop-overflow). */
const STRINGOP_WHY: Readonly<Record<string, string>> = {
  'stringop-overflow': 'a string or memory function writes more bytes than the destination holds (memcpy, strcpy, strcat, memset with a size larger than the buffer).',
  'stringop-overread': 'a string or memory function reads more bytes than the source object holds.',
  'stringop-truncation': 'strncpy or strncat copies at most the bound, and with a bound equal to the destination size (or the source length) the result is not NUL-terminated, or is silently cut.',
  'format-overflow': 'sprintf may write more characters than the destination buffer holds, given the largest values its arguments can take.',
  'format-truncation': "snprintf's output may be cut at the size limit, given the largest values its arguments can take; gcc asks you to handle or accept the truncation.",
  restrict: 'the source and destination of a copy overlap (strcpy, memcpy, sprintf(buf, "%s…", buf)), which these functions do not allow.',
};

const STRINGOP_WHAT: Readonly<Record<string, string>> = {
  'stringop-overflow': 'A write past the end of a buffer',
  'fortify-source': 'A write past the end of a buffer',
  'stringop-overread': 'A read past the end of an object',
  'stringop-truncation': 'A string copy that may lose its terminating NUL',
  'format-overflow': 'A sprintf that may overflow its buffer',
  'format-truncation': 'An snprintf whose output may be truncated',
  restrict: 'A copy between overlapping objects',
};

const STRING_OPERATIONS: ErrorPattern = {
  id: 'c.string-operation-overflow',
  language: 'c',
  match: rx(ANY_LOC, ERR_L, String.raw`(?<message>[^\n]{1,500}?) \[-W(?:error=|error,-W)(?<flag>stringop-overflow|stringop-overread|stringop-truncation|format-overflow|format-truncation|restrict|fortify-source)=?\]`),
  requires: /\[-Werror[=,](?:-W)?(?:stringop-|format-overflow|format-truncation|restrict|fortify-source)/,
  errorType: (c) => (c.flag === 'fortify-source' ? 'stringop-overflow' : (c.flag ?? 'stringop-overflow')),
  category: 'runtime',
  priority: 10,
  summary: (c) => `${STRINGOP_WHAT[c.flag ?? ''] ?? 'A string operation may overflow'}${quotedCallee(c.message) ? ` in ${quotedCallee(c.message)}` : ''}${at(c)}: ${c.message}.`,
  explanation: (c) =>
    `gcc's -W${c.flag === 'fortify-source' ? 'stringop-overflow (clang: -Wfortify-source)' : c.flag} found that ${STRINGOP_WHY[c.flag === 'fortify-source' ? 'stringop-overflow' : (c.flag ?? '')] ?? 'a string operation may write or read past an object.'} These checks run after inlining and know the sizes of arrays and the ranges of integers, so they also fire on code that is correct only because of something the compiler cannot see (a length checked elsewhere). gcc 8-12 added and sharpened them: code that compiled with an older gcc stops building with -Werror.`,
  causes: ['A buffer sized for the common case (char name[16]) receiving a longer string or number', 'strncpy with the destination size as the bound (no room for the terminating NUL)', 'A length the compiler cannot prove is in range', 'A newer gcc with -Werror in the project flags'],
  fixes: (c) => {
    const callee = quotedCallee(c.message) ?? (c.flag?.startsWith('format') ? 'snprintf' : 'the copy');
    if (c.flag === 'stringop-truncation')
      return [fix(`Copy with room for the terminating NUL (${callee})`, ['Bound the copy by the size minus one and terminate explicitly, or use snprintf, which always terminates.'], 'strncpy(dst, src, sizeof(dst) - 1);\ndst[sizeof(dst) - 1] = \'\\0\';\n/* or */\nsnprintf(dst, sizeof(dst), "%s", src);')];
    if (c.flag === 'format-truncation')
      return [fix('Check or accept the truncation of snprintf', ['Make the buffer large enough for the largest output, or test the return value: gcc stops warning when the result is used.'], 'int n = snprintf(buf, sizeof(buf), "%s/%s", dir, name);\nif (n < 0 || (size_t)n >= sizeof(buf))\n    return -1; /* too long */')];
    return [
      fix(`Size the destination for what ${callee} writes`, ['Enlarge the buffer to the largest value the message gives (bytes written, region size), or bound the operation by sizeof(destination).', 'Replace sprintf/strcpy/strcat by snprintf with the buffer size.'], 'char path[PATH_MAX];\nsnprintf(path, sizeof(path), "%s/%s", dir, name);'),
      fix('If the code is provably correct, keep the diagnostic a warning', [`Build with -Wno-error=${c.flag === 'fortify-source' ? 'fortify-source' : c.flag} until the code is fixed; report false positives to the compiler with a reduced test case.`], `CFLAGS += -Wno-error=${c.flag === 'fortify-source' ? 'fortify-source' : c.flag}`),
    ];
  },
  references: [ref('GCC: -Wstringop-overflow, -Wstringop-truncation, -Wformat-overflow, -Wformat-truncation', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wstringop-overflow'), CLANG_DIAG],
  samples: ["net.c:88:5: error: 'memcpy' writing 16 bytes into a region of size 8 overflows the destination [-Werror=stringop-overflow=]", "util.c:41:5: error: 'strncpy' specified bound 32 equals destination size [-Werror=stringop-truncation]", "path.c:22:37: error: '%s' directive output may be truncated writing up to 255 bytes into a region of size 64 [-Werror=format-truncation=]"],
};

// gcc 11-14's warnings about heap and stack lifetimes, whose messages name the pointer and the
// call in changing words ("pointer 'p' used after 'free'", "storing the address of local variable
// 'x' in '*p'", "'free' called on unallocated object 'buf'"): named by their flag, like the
// string-operation warnings.
const LIFETIME_WHY: Readonly<Record<string, string>> = {
  'use-after-free': 'a pointer is used (dereferenced, compared or passed on) after the memory it points to was released by free or realloc.',
  'dangling-pointer': 'the address of a local variable is stored where it outlives the variable (a global, an out-parameter, a struct passed in), so it dangles once the function returns.',
  'free-nonheap-object': 'free or delete is called on memory that malloc or new did not return: an array, a local variable, a string literal, or a pointer into the middle of a block.',
  'mismatched-dealloc': 'memory is released with a function that does not match the one that allocated it (free on what fopen, strdup of another allocator or a custom allocator returned).',
  'mismatched-new-delete': 'memory is released with a form of delete that does not match its new (delete on new[], free on new).',
  'alloc-size-larger-than': 'an allocation is asked for more than PTRDIFF_MAX bytes, which can only come from a negative size converted to size_t or an overflowing size computation.',
  'calloc-transposed-args': 'calloc gets sizeof(…) as its first argument (the count) and the count as its second (the element size): the total is the same, but the arguments are the wrong way round.',
};

const LIFETIME_WARNINGS: ErrorPattern = {
  id: 'c.lifetime-warning',
  language: 'c',
  match: rx(ANY_LOC, ERR_L, String.raw`(?<message>[^\n]{1,500}?) \[-W(?:error=|error,-W)(?<flag>use-after-free|dangling-pointer|free-nonheap-object|mismatched-dealloc|mismatched-new-delete|alloc-size-larger-than|calloc-transposed-args)=?\]`),
  requires: /\[-Werror[=,](?:-W)?(?:use-after-free|dangling-pointer|free-nonheap-object|mismatched-(?:dealloc|new-delete)|alloc-size-larger-than|calloc-transposed-args)/,
  errorType: (c) => c.flag ?? 'use-after-free',
  category: 'runtime',
  priority: 10,
  summary: (c) => `gcc's -W${c.flag}${at(c)}: ${c.message}.`,
  explanation: (c) =>
    `gcc's -W${c.flag} found that ${LIFETIME_WHY[c.flag ?? ''] ?? 'a pointer outlives what it points to.'} The analysis runs after inlining, so the two halves of the problem may be in different functions; with -Werror (or a newer gcc that enables the warning by -Wall) it stops the build.`,
  causes: (c) =>
    c.flag === 'calloc-transposed-args'
      ? ['calloc(sizeof(struct x), n) written instead of calloc(n, sizeof(struct x))']
      : ['The pointer is kept or used after the memory is released or the variable goes out of scope', 'A pointer to a local variable or array passed where an allocated block is expected', 'A false positive of the optimiser-based analysis (new gcc, -O2, LTO)'],
  fixes: (c) => [
    c.flag === 'calloc-transposed-args'
      ? fix('Pass the count first, the element size second', ['Swap the arguments of calloc: calloc(count, sizeof(element)).'], 'struct item *items = calloc(n, sizeof(struct item));')
      : fix(`Fix what -W${c.flag} points at`, ['Follow the pointer the message names back to where it was freed or where its object went out of scope, and stop using (or storing) it after that point; set freed pointers to NULL.', 'Run the program under AddressSanitizer (-fsanitize=address) to confirm the bug at run time.'], 'free(p);\np = NULL;   /* no use of p after this */'),
    fix('If the code is provably correct, keep the diagnostic a warning', [`Build with -Wno-error=${c.flag} until the code is fixed; report false positives to the compiler with a reduced test case.`], `CFLAGS += -Wno-error=${c.flag}`),
  ],
  references: [ref('GCC: -Wuse-after-free, -Wdangling-pointer, -Wfree-nonheap-object', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wuse-after-free')],
  samples: ["src/list.c:19:8: error: pointer 'node' used after 'free' [-Werror=use-after-free]", "src/ctx.c:40:12: error: storing the address of local variable 'buf' in '*ctx.data' [-Werror=dangling-pointer=]", "src/pool.c:88:3: error: 'free' called on unallocated object 'slots' [-Werror=free-nonheap-object]"],
};

// ---------------------------------------------------------------- uninitialised variables

const variableOf = (c: Captures): string => c.variable ?? c.variable2 ?? c.variable3 ?? 'the variable';
const maybeUninitialized = (c: Captures): boolean => Boolean(c.maybe || c.maybe2 || c.sometimes);

/** `int range;` -> `int range = 0;` (C) or `int range{};` (C++). */
function initialised(declaration: string | undefined, variable: string, cpp: boolean): string | null {
  const m = new RegExp(String.raw`^(?<type>.{1,150}?)\b${variable.replace(/[^\w]/g, '\\$&')}\s*;`).exec((declaration ?? '').trim());
  if (!m?.groups) return null;
  const type = m.groups.type.trim();
  if (cpp) return `${type} ${variable}{};`;
  const init = type.endsWith('*') ? 'NULL' : /^(?:(?:const|unsigned|signed|long|short|static|volatile) )*(?:int|long|short|char|unsigned|signed|size_t|ssize_t|float|double|bool|_Bool|u?int\d{1,2}_t|off_t|ptrdiff_t)$/.test(type) ? '0' : '{0}';
  return `${type} ${variable} = ${init};`;
}

const UNINITIALIZED: ErrorPattern = {
  id: 'c.uninitialized',
  language: 'c',
  // gcc: -Wmaybe-uninitialized and -Wuninitialized; clang: -Wuninitialized,
  // -Wconditional-uninitialized, -Wsometimes-uninitialized. Then the note naming the declaration.
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:${QO}(?<variable>${QN}{1,200})${QC} (?:(?<maybe>may be)|is) used uninitialized|variable ${QO}(?<variable2>${QN}{1,200})${QC} (?:(?<maybe2>may be)|is) uninitialized when (?:used|passed as a const reference argument) here|variable ${QO}(?<variable3>${QN}{1,200})${QC} is used uninitialized (?<sometimes>whenever) (?<condition>[^\n[]{1,200}?)(?= \[|$))`,
    String.raw`(?:[\s\S]{0,1500}?note: ${QO}${QN}{1,200}${QC} was declared here\n[ \t]{0,12}(?:\d{1,7}[ \t]{0,2}\|)?[ \t]{0,200}(?<declaration>[^\n]{1,200}))?`,
  ),
  requires: /uninitiali[sz]ed/,
  errorType: (c) => (maybeUninitialized(c) ? 'may be used uninitialized' : 'is used uninitialized'),
  category: 'runtime',
  priority: 10,
  summary: (c) => `${variableOf(c)} ${maybeUninitialized(c) ? 'may be' : 'is'} read before it is given a value${c.condition ? ` (whenever ${c.condition})` : ''}${at(c)}.`,
  explanation: (c) =>
    maybeUninitialized(c)
      ? `On some path through the function ${variableOf(c)} is read without having been assigned: a branch or loop that may not run, a switch without default, a function that may return before writing an out-parameter. gcc's -Wmaybe-uninitialized comes from its optimiser (it depends on -O level, inlining and LTO), so it can be a false positive where the compiler cannot see that the path is impossible; with -Werror (here through -Wall -Werror) it stops the build either way, and a newer gcc or another optimisation level brings up new ones.`
      : `${variableOf(c)} is read before any value was stored in it on every path: a local variable has no initial value in C and C++ (an indeterminate value, undefined behaviour to read), unlike globals and statics, which start as zero.`,
  causes: ['A local variable declared without an initial value and assigned only in some branches', 'An out-parameter a called function may not write (error paths)', 'A false positive of the optimiser-based analysis (new gcc, -O2/-O3, LTO)'],
  fixes: (c) => {
    const v = variableOf(c);
    const code = initialised(c.declaration, v, isCpp(c)) ?? (isCpp(c) ? `int ${v}{};   // value-initialised` : `int ${v} = 0;`);
    return [
      fix(`Initialise ${v} where it is declared`, [`Give ${v} a value at its declaration${c.declaration ? ` (${c.declaration.trim()})` : ''}, or assign it on every path before it is read (add the missing else / default:).`], code),
      fix('If the path is impossible, keep the diagnostic a warning', ['Initialising is cheaper than proving gcc wrong; otherwise build with -Wno-error=maybe-uninitialized so the analysis still reports but does not stop the build.'], 'CFLAGS += -Wno-error=maybe-uninitialized'),
    ];
  },
  references: [ref('GCC: -Wmaybe-uninitialized', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wmaybe-uninitialized'), CLANG_DIAG],
  samples: ["src/parse.c:88:12: error: 'len' may be used uninitialized in this function [-Werror=maybe-uninitialized]\n   88 |     return len;\n      |            ^~~\nsrc/parse.c:70:9: note: 'len' was declared here\n   70 |     int len;\n      |         ^~~", "io.c:31:10: error: variable 'fd' is uninitialized when used here [-Werror,-Wuninitialized]"],
};

// ---------------------------------------------------------------- deprecated declarations

/** Replacements for the deprecated functions people meet most (OpenSSL 3.0, libc, C++17). */
const REPLACEMENTS: [RegExp, string][] = [
  [/^ERR_get_error_line(?:_data)?$/, 'ERR_get_error_all(&file, &line, &func, &data, &flags)'],
  [/^ERR_peek_error_line(?:_data)?$/, 'ERR_peek_error_all(&file, &line, &func, &data, &flags)'],
  [/^ERR_peek_last_error_line(?:_data)?$/, 'ERR_peek_last_error_all(&file, &line, &func, &data, &flags)'],
  [/^(?:SHA(?:1|224|256|384|512)|MD5|MD4)_(?:Init|Update|Final)$/, 'EVP_DigestInit_ex / EVP_DigestUpdate / EVP_DigestFinal_ex (EVP_MD_CTX_new(), EVP_sha256())'],
  [/^HMAC(?:_CTX_new|_Init_ex|_Update|_Final|_CTX_free)$/, 'EVP_MAC (EVP_MAC_fetch(NULL, "HMAC", NULL), EVP_MAC_init)'],
  [/^(?:PEM_read(?:_bio)?_RSA\w{0,20}|PEM_write(?:_bio)?_RSA\w{0,20}|RSA_\w{1,40}|EVP_PKEY_get1_RSA|EC_KEY_\w{1,40}|DH_\w{1,40}|DSA_\w{1,40})$/, 'the EVP_PKEY functions (PEM_read_PrivateKey, PEM_read_PUBKEY, EVP_PKEY_encrypt, EVP_PKEY_sign, EVP_PKEY_CTX_new)'],
  [/^(?:AES|DES|BF|CAST|RC4)_\w{1,40}$/, 'EVP_CIPHER (EVP_EncryptInit_ex with EVP_aes_256_cbc() and friends)'],
  [/^sprintf$/, 'snprintf(buf, sizeof(buf), …)'],
  [/^vsprintf$/, 'vsnprintf(buf, sizeof(buf), …)'],
  [/^gets$/, 'fgets(buf, sizeof(buf), stdin)'],
  [/^(?:usleep|bcopy|bzero|index|rindex)$/, 'the POSIX replacement (nanosleep, memmove, memset, strchr, strrchr)'],
  [/auto_ptr\b/, 'std::unique_ptr'],
  [/random_shuffle\b/, 'std::shuffle with a std::mt19937'],
  [/\bbind[12]st\b|\bptr_fun\b|\bmem_fun(?:_ref)?\b/, 'a lambda'],
];

/** `long unsigned int ERR_get_error_line_data(const char**, …)` -> ERR_get_error_line_data. */
function bareName(name: string): string {
  const m = /(?:^|[\s*&:])(?<id>~?[A-Za-z_]\w{0,100})(?:<[^()]{0,200}>)?\s?\(/.exec(name) ?? /(?<id>[A-Za-z_]\w{0,100})(?:<[^<>]{0,200}>)?\s*$/.exec(name);
  return m?.groups?.id ?? name;
}

const DEPRECATED: ErrorPattern = {
  id: 'c.deprecated-declaration',
  language: 'c',
  // A location, or the flag (the location may sit on the line above when a log wraps it).
  match: rx(
    // The flag is looked for after "error:" only, so the regex still starts at a literal.
    String.raw`(?:${ANY_LOC.replace(/\|\)$/, ')')}${ERR_L}|${ERR_L}(?=[^\n]{0,900}(?:\[-W(?:error=|error,-W)?deprecated|\(declared at )))`,
    String.raw`(?:implicitly-declared |definition of implicit copy (?:constructor|assignment operator) for )?${QO}(?<name>${QN}{1,400})${QC}(?: storage class specifier)? is deprecated(?:: (?<reason>[^\n[]{1,300}?)(?= \[|$)| \(declared at (?<declaredAt>[^)\n]{1,300})\))?`,
  ),
  requires: /is deprecated/,
  errorType: 'is deprecated',
  category: 'build',
  priority: 10,
  summary: (c) => `${c.name} is deprecated${c.reason ? ` (${c.reason.trim()})` : ''}, and the build treats the warning as an error${at(c)}.`,
  explanation: (c) => {
    const name = bareName(c.name ?? '');
    const openssl = /OpenSSL|^(?:ERR|EVP|RSA|PEM|SSL|HMAC|SHA\d{0,3}|MD[45]|DH|DSA|EC_KEY|AES|ENGINE)_/.test(`${c.reason ?? ''} ${name}`);
    return `The declaration of ${name} carries the deprecated attribute (gcc's -Wdeprecated-declarations, on by default): it still works, but the library or standard plans to remove it. A warning alone does not stop the build; here -Werror (or -Werror=deprecated-declarations) makes it an error.${openssl ? ' OpenSSL 3.0 deprecated its low-level APIs (RSA_*, SHA256_*, HMAC_*, the ERR_*_line_data functions) in favour of the EVP interfaces; a program written for 1.1 compiles against 3.0 with these warnings.' : ''}${c.declaredAt ? ` It is declared at ${c.declaredAt}.` : ''}`;
  },
  causes: ['A newer version of the library (OpenSSL 3.0, glibc, Qt 6, macOS SDK) deprecating an API the code uses', 'A C++ standard that deprecates a feature (std::auto_ptr, implicit copy operations, register)', 'Warnings made errors by the project or a packaging system (-Werror)'],
  fixes: (c) => {
    const name = bareName(c.name ?? '');
    const replacement = REPLACEMENTS.find(([re]) => re.test(name))?.[1];
    return [
      fix(
        replacement ? `Replace ${name} by ${replacement}` : `Move off ${name}`,
        [`Use the replacement the library documents for ${c.name}${c.reason ? ` ("${c.reason.trim()}")` : ''}${replacement ? `: ${replacement}` : ''}.`],
        null,
      ),
      fix('Meanwhile, keep deprecations as warnings', ['Build with -Wno-error=deprecated-declarations (the warning stays visible). For OpenSSL 3.0, defining OPENSSL_API_COMPAT selects the API level the code was written for.'], 'CFLAGS += -Wno-error=deprecated-declarations\n# OpenSSL: compile against the 1.1.1 API\nCFLAGS += -DOPENSSL_API_COMPAT=0x10101000L'),
    ];
  },
  references: [ref('GCC: -Wdeprecated-declarations', 'https://gcc.gnu.org/onlinedocs/gcc/Warning-Options.html#index-Wdeprecated-declarations'), ref('OpenSSL: migration guide (deprecated low-level APIs)', 'https://docs.openssl.org/3.0/man7/migration_guide/'), GCC_WARN],
  samples: ["sign.c:56:8: error: 'PEM_read_RSAPrivateKey' is deprecated [-Werror,-Wdeprecated-declarations]", "/build/src/ssl/openssl.c:143:9:\n error: 'ERR_peek_error_line_data' is deprecated: Since OpenSSL 3.0 [-Werror=deprecated-declarations]"],
};

// ---------------------------------------------------------------- redefinitions

const REDEFINITION: ErrorPattern = {
  id: 'c.redefinition',
  language: 'c',
  // The plain "redefinition of 'x'" is c.conflicting-types'; these name what is defined again.
  match: rx(ANY_LOC, ERR_L, String.raw`(?:redefinition of (?<what>typedef|default argument)(?: for)?(?: ${QO}(?<name>${QN}{1,300})${QC})?|typedef redefinition with different types \((?<types>[^\n]{1,400})\))`),
  requires: /redefinition/,
  errorType: 'redefinition of',
  category: 'name',
  priority: 10,
  summary: (c) => (c.what === 'default argument' ? `A default argument${c.name ? ` of ${c.name}` : ''} is given twice${at(c)}.` : `A typedef${c.name ? ` ${c.name}` : ''} is defined twice${c.types ? ` with different types (${c.types})` : ''}${at(c)}.`),
  explanation: (c) =>
    c.what === 'default argument'
      ? 'A default argument belongs in one declaration only, normally the one in the header; repeating it in the definition (the .cpp file) is an error even when the value is the same.'
      : 'The same typedef name is declared twice: C before C11 allows a typedef only once, and never with two different types. Usually two headers (a library header and a local copy, or a system header and a compatibility header) both define the type.',
  causes: (c) => (c.what === 'default argument' ? ['The default value repeated in the out-of-class definition'] : ['Two headers defining the same type', 'A local compatibility definition of a type a newer system header now provides', 'Compiling with -std=c99 or older (C11 accepts an identical repeat)']),
  fixes: (c) => [
    c.what === 'default argument'
      ? fix(`Keep the default argument${c.name ? ` of ${c.name}` : ''} in the declaration only`, ['Remove "= value" from the definition and leave it in the header.'], '// widget.h\nvoid resize(int w, int h = 0);\n// widget.cpp\nvoid resize(int w, int h) { /* … */ }')
      : fix(`Define the typedef${c.name ? ` ${c.name}` : ''} in one header`, ['Delete the duplicate, or guard it with the macro the other header defines, so that only one definition is seen.'], '#ifndef HAVE_MYTYPE\ntypedef unsigned int mytype;\n#define HAVE_MYTYPE 1\n#endif'),
  ],
  references: [cppref('Default arguments', 'cpp/language/default_arguments'), cppref('typedef declaration (C)', 'c/language/typedef')],
  samples: ["compat.h:12:13: error: redefinition of typedef 'socklen_t'", "types.h:20:13: error: typedef redefinition with different types ('unsigned int' vs 'unsigned long')"],
};

// ---------------------------------------------------------------- C++ only

const TEMPLATE_DEPTH: ErrorPattern = {
  id: 'cpp.template-instantiation-depth',
  language: 'cpp',
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:template instantiation depth exceeds maximum of (?<max>\d{1,7})(?:[^\n]{0,80}?instantiating ${QO}(?<instantiating>${QN}{1,400})${QC})?|recursive template instantiation exceeded maximum depth of (?<max2>\d{1,7}))`,
  ),
  requires: /template instantiation/,
  errorType: 'template instantiation depth exceeds maximum',
  category: 'type',
  priority: 11,
  summary: (c) => `Template instantiation recursed deeper than the compiler's limit of ${c.max ?? c.max2}${at(c)}.`,
  explanation: (c) =>
    `Each template that instantiates another adds a level; the compiler stops at ${c.max ?? c.max2} (gcc's -ftemplate-depth, 900 by default, clang's 1024). Almost always the recursion has no end: a recursive template or constexpr function without the specialisation or if constexpr branch that stops it, a SFINAE or enable_if condition that instantiates the very template being tested (a trait checking whether a conversion from/to the type itself exists), or a type that grows at each step. The "required from" notes repeat the same templates over and over; their first lines show where the loop starts.`,
  causes: ['Recursive template without a terminating specialisation', 'A trait or enable_if condition that depends on itself (the template asks whether it can be instantiated)', 'A legitimately deep compile-time computation (long type lists, large index sequences)'],
  fixes: (c) => [
    fix(`Find the cycle in the "required from" notes${c.instantiating ? ` (it starts at ${c.instantiating})` : ''}`, ['Read the first notes under the error: the template that repeats is the one without a base case, or whose condition re-enters itself.', 'Add the terminating specialisation (or if constexpr branch), or break the self-reference (test the trait on a different type, use a lazily evaluated condition such as std::conjunction).'], 'template <unsigned N> struct Fact { static constexpr unsigned long value = N * Fact<N - 1>::value; };\ntemplate <> struct Fact<0> { static constexpr unsigned long value = 1; };   // the end of the recursion'),
    fix('If the recursion is finite but deep, raise the limit', [`Build with a larger depth than ${c.max ?? c.max2}, or restructure the computation to recurse logarithmically (split type lists in halves).`], `CXXFLAGS += -ftemplate-depth=${Math.max(Number(c.max ?? c.max2 ?? 900) * 2, 2048)}`),
  ],
  references: [ref('GCC: C++ Dialect Options (-ftemplate-depth)', 'https://gcc.gnu.org/onlinedocs/gcc/C_002b_002b-Dialect-Options.html'), cppref('Templates', 'cpp/language/templates')],
  samples: ["./include/conv.hpp:106:123: fatal error: template instantiation depth exceeds maximum of 900 (use '-ftemplate-depth=' to increase the maximum)\ncompilation terminated.", 'src/list.cpp:14:5: fatal error: recursive template instantiation exceeded maximum depth of 1024'],
};

function ambiguityCode(c: Captures): string {
  const member = c.member ?? c.member2;
  if (member) return `obj.Base::${member}();            // name the base class it comes from\nusing Base::${member};                // or pick one in the derived class`;
  if (c.base ?? c.base2) return `struct Left : virtual ${c.base ?? c.base2} {};\nstruct Right : virtual ${c.base ?? c.base2} {};   // one shared base`;
  if (c.from) return `explicit operator ${c.to}() const;   // in ${c.from}: only one implicit route left`;
  if (c.operator ?? c.operator2) return `if (static_cast<std::size_t>(lhs) ${c.operator ?? c.operator2} rhs) { /* … */ }   // both operands of one type`;
  return `f(static_cast<long>(x));   // the argument converted to the exact parameter type`;
}

const AMBIGUOUS: ErrorPattern = {
  id: 'cpp.ambiguous-overload',
  language: 'cpp',
  // Calls by name are cpp.ambiguous-call's; these are operators, conversions, members, bases,
  // constructors and partial specialisations.
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:ambiguous overload for ${QO}operator(?<operator>${QN}{1,10})${QC}(?: \(operand types? (?:is|are) (?<types>[^\n]{1,400})\))?|use of overloaded operator ${QO}(?<operator2>${QN}{1,10})${QC} is ambiguous(?: \(with operand types? (?<types2>[^\n]{1,400})\))?|conversion from ${QO}(?<from>${QN}{1,300})${QC} to ${QO}(?<to>${QN}{1,300})${QC} is ambiguous|request for member ${QO}(?<member>${QN}{1,200})${QC} is ambiguous|member ${QO}(?<member2>${QN}{1,200})${QC} found in multiple base classes of different types|call to (?:constructor of|member function) ${QO}(?<call>${QN}{1,300})${QC} is ambiguous|ambiguous (?:template instantiation for|partial specializations of) ${QO}(?<template>${QN}{1,300})${QC}|${QO}(?<base>${QN}{1,300})${QC} is an ambiguous base of ${QO}(?<derived>${QN}{1,300})${QC}|ambiguous conversion from derived class ${QO}(?<derived2>${QN}{1,300})${QC} to base class ${QO}(?<base2>${QN}{1,300})${QC})`,
  ),
  requires: /ambiguous|multiple base classes/,
  errorType: 'is ambiguous',
  category: 'type',
  priority: 11,
  summary: (c) => {
    if (c.operator ?? c.operator2) return `operator${c.operator ?? c.operator2} has several equally good overloads for these operands${c.types ?? c.types2 ? ` (${c.types ?? c.types2})` : ''}${at(c)}.`;
    if (c.from) return `${c.from} converts to ${c.to} in more than one way${at(c)}.`;
    if (c.member ?? c.member2) return `The member ${c.member ?? c.member2} exists in more than one base class${at(c)}.`;
    if (c.base ?? c.base2) return `${c.base ?? c.base2} is a base of ${c.derived ?? c.derived2} more than once${at(c)}.`;
    if (c.template) return `Several partial specialisations of ${c.template} match equally well${at(c)}.`;
    return `The call to ${c.call} matches several overloads equally well${at(c)}.`;
  },
  explanation: (c) => {
    if (c.operator ?? c.operator2)
      return 'Overload resolution found several operators that need conversions of equal rank: built-in comparison after a conversion (streamoff vs size_t, an enum vs an int), a converting constructor or conversion operator on each side, or two libraries each defining the operator for the same types. The "candidates are" notes list them.';
    if (c.from) return 'The source type has more than one route to the target: a converting constructor of the target and a conversion operator of the source, or two conversion operators (to int and to double). None is better, so the conversion is ambiguous.';
    if (c.member ?? c.member2 ?? c.base ?? c.base2) return 'Multiple inheritance brings the same name (or the same base class) in through two paths; the compiler cannot choose which one is meant. Qualify the name with the base class, or use virtual inheritance for a shared base.';
    if (c.template) return 'Two partial specialisations of the template match these arguments and neither is more specialised than the other.';
    return 'Overload resolution found more than one best candidate: the arguments convert equally well to several parameter lists (a literal 0 to a pointer and an int, an int to long and double, braces to several constructors).';
  },
  causes: ['Arguments that need conversions of equal rank for several overloads', 'A class with both a converting constructor and a conversion operator', 'Multiple inheritance bringing a name or base in twice', 'Two libraries defining the same operator'],
  fixes: (c) => {
    const subject = c.member ?? c.member2 ?? c.template ?? c.call ?? (c.from ? `${c.from} -> ${c.to}` : c.base ?? c.base2 ? `${c.base ?? c.base2} in ${c.derived ?? c.derived2}` : `operator${c.operator ?? c.operator2 ?? ''}`);
    return [
      fix(`Make ${subject} unambiguous`, [
        c.member ?? c.member2 ? `Qualify ${c.member ?? c.member2} with the base class it should come from (Base::${c.member ?? c.member2}), or bring one in with a using-declaration.` : c.template ? `Add a specialisation of ${c.template} that is more specialised than both, or make their conditions exclusive.` : c.base ?? c.base2 ? `Inherit ${c.base ?? c.base2} virtually in the intermediate classes, or convert through one of them explicitly.` : `Convert the operands or arguments to the exact parameter types${c.from ? `, or mark one conversion of ${c.from} explicit` : ''}, so that one candidate is better than the rest.`,
        'The "candidate" notes under the error list every overload considered.',
      ], ambiguityCode(c)),
    ];
  },
  references: [cppref('Overload resolution', 'cpp/language/overload_resolution'), cppref('Implicit conversions', 'cpp/language/implicit_conversion')],
  samples: ["convert.h:9: error: ambiguous overload for ‘operator!=’ in ‘iss.tellg() != s.size()’", "src/vec.cpp:30:12: error: use of overloaded operator '==' is ambiguous (with operand types 'Vec' and 'int')", "src/shape.cpp:44:9: error: request for member 'draw' is ambiguous"],
};

const accessOf = (c: Captures): string => c.access ?? c.access2 ?? c.access3 ?? c.access4 ?? c.access5 ?? 'private';
const accessedMember = (c: Captures): string => c.member ?? c.member2 ?? c.member3 ?? 'the member';

/** The class and member an access error names, short (`uint64_t Bqf::count_size` -> Bqf, count_size). */
function accessCode(c: Captures): string {
  const member = c.member ?? c.member2 ?? c.member3;
  const qualified = /(?<qual>(?:[A-Za-z_]\w{0,100}(?:<[^<>()]{0,200}>)?::){1,10})(?<name>~?[A-Za-z_]\w{0,100})(?<params>\([^()]{0,300}\))?/.exec(member ?? '')?.groups;
  const cls = (c.cls ?? c.cls2 ?? c.cls3 ?? qualified?.qual.slice(0, -2) ?? 'Widget').split('::').pop() ?? 'Widget';
  const name = qualified?.name ?? (member && /^~?[A-Za-z_]\w{0,100}$/.test(member) ? member : undefined);
  if (!name || name === cls || qualified?.params !== undefined)
    return `class ${cls} {\npublic:              // was private: (or the class's default)\n    ${name && name !== cls ? `${name}${qualified?.params ?? '()'}` : `${cls}(/* … */)`};\n    friend class Caller; // or grant one class access\n};`;
  const getter = name.replace(/_+$/, '') || name;
  const field = getter === name ? `${name}_` : name;
  return `class ${cls} {\npublic:\n    const auto &${getter}() const { return ${field}; }   // a public accessor\nprivate:\n    /* … */ ${field};${field === name ? '' : `   // ${name}, renamed`}\n};`;
}

const ACCESS_CONTROL: ErrorPattern = {
  id: 'cpp.access-control',
  language: 'cpp',
  // gcc 7+ "is private within this context", older gcc "is private" (then "within this context"),
  // clang "is a private member of", and the constructors and destructors it names by their class.
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:${QO}(?<member>${QN}{1,400})${QC} is (?<access>private|protected) within this context|${QO}(?<member2>${QN}{1,400})${QC} is (?<access2>private|protected)$|${QO}(?<member3>${QN}{1,400})${QC} is a (?<access3>private|protected) member of\s{1,12}${QO}(?<cls>${QN}{1,400})${QC}|calling a (?<access4>private|protected) (?:copy |move )?(?:constructor|destructor) of class ${QO}(?<cls2>${QN}{1,400})${QC}|(?:base class|field of type|variable of type|temporary of type|inherited virtual base class) ${QO}(?<cls3>${QN}{1,400})${QC} has (?<access5>private|protected)\s{1,12}(?:copy |move )?(?:constructor|destructor|copy assignment operator))`,
  ),
  requires: /private|protected/,
  errorType: (c) => `is ${accessOf(c)} within this context`,
  category: 'name',
  priority: 11,
  summary: (c) => {
    const cls = c.cls ?? c.cls2 ?? c.cls3;
    return c.member || c.member2 || c.member3 ? `${accessedMember(c)} is ${accessOf(c)}${cls ? ` in ${cls}` : ''} and cannot be used here${at(c)}.` : `A ${accessOf(c)} constructor or destructor of ${cls} is used from outside the class${at(c)}.`;
  },
  explanation: (c) => {
    const cls = c.cls ?? c.cls2 ?? c.cls3 ?? 'the class';
    return `${accessOf(c) === 'private' ? 'Private members can be used only by the class itself and its friends' : 'Protected members can be used by the class, its friends and classes derived from it - and by a derived class only through objects of its own type'}. Members of a class are private by default (members of a struct public), and a constructor declared without an access label in a class is private too ("implicitly declared private here" in clang's note) - so code that constructs ${cls}, or derives from it, is refused. A library that made a member private in a new version breaks code that used it.`;
  },
  causes: ['A member declared in the private: section (or before any label of a class)', 'A constructor meant to be used only by a factory function or a friend', 'Code written against an older version of the class that had the member public'],
  fixes: (c) => {
    const member = accessedMember(c);
    const cls = c.cls ?? c.cls2 ?? c.cls3;
    return [
      fix(
        c.member || c.member2 || c.member3 ? `Use ${member} through the public interface${cls ? ` of ${cls}` : ''}` : `Make the constructor of ${cls} accessible where it is called`,
        [
          c.member || c.member2 || c.member3 ? `Call the public accessor for ${member}, or, if the class is yours, move ${member} to the public: (or protected:) section or add an accessor.` : `If ${cls} is yours, declare the constructor under public: (or protected: for a base class); otherwise create it through the factory the class provides.`,
          'friend gives one function or class access without making the member public.',
        ],
        accessCode(c),
      ),
    ];
  },
  references: [cppref('Access specifiers', 'cpp/language/access'), cppref('Friend declaration', 'cpp/language/friend')],
  samples: ["/home/dev/bqf/src/bqf_ec.cpp:183:30: error: ‘uint64_t Bqf::count_size’ is private within this context", "include/RMF/decorator/physics.h:119:28: error: 'mass_' is a private member of\n      'RMF::decorator::ParticleConst'", "include/RMF/decorator/physics.h:111:8: error: base class 'RMF::decorator::ParticleConst' has private\n      constructor"],
};

const abstractType = (c: Captures): string => c.type ?? c.type2 ?? c.type3 ?? c.type4 ?? 'the class';

const ABSTRACT_TYPE: ErrorPattern = {
  id: 'cpp.abstract-type',
  language: 'cpp',
  // gcc: "cannot declare variable 'x' to be of abstract type 'T'" (a console may wrap it anywhere),
  // "cannot allocate an object of abstract type", "invalid new-expression of abstract class type";
  // clang: "variable type 'T' is an abstract class", "allocating an object of abstract class type".
  // Then the first pure virtual function the notes name.
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:cannot declare (?:variable|field|parameter) ${QO}(?<name>${QN}{1,300})${QC} to be of ${wrappable('abstract type')}(?: ${QO}(?<type>${QN}{1,400})${QC})?|(?:variable|field|parameter|return|base) type ${QO}(?<type2>${QN}{1,400})${QC} is an abstract class|(?:allocating an object of|invalid new-expression of|invalid cast to) abstract class type ${QO}(?<type3>${QN}{1,400})${QC}|cannot allocate an object of abstract type ${QO}(?<type4>${QN}{1,400})${QC}|invalid abstract (?:return |parameter )?type ${QO}(?<type5>${QN}{1,400})${QC})`,
    String.raw`(?:[\s\S]{0,1500}?note:\s{1,12}(?:unimplemented pure virtual method ${QO}(?<pure>${QN}{1,200})${QC}|(?<pure2>virtual [^\n]{1,300}\)(?: const)?)(?:\n|$)))?`,
  ),
  requires: /abstract|cannot declare/,
  errorType: 'abstract type',
  category: 'type',
  priority: 11,
  summary: (c) => `${abstractType(c) === 'the class' ? 'The class' : abstractType(c)} is abstract (it has pure virtual functions), so no object of it can be created${c.name ? ` - not even ${c.name}` : ''}${at(c)}.`,
  explanation: (c) =>
    `A class with at least one pure virtual function (virtual … = 0), declared by itself or inherited and not overridden, is abstract: it can be used through pointers and references, but not instantiated. Here ${abstractType(c)} still has ${c.pure ?? c.pure2 ? `${(c.pure ?? c.pure2 ?? '').trim()} as a pure function` : 'a pure function'} ("because the following virtual functions are pure within" lists them). Most often the derived class means to override it but the signature differs (a missing const, another parameter type, a typo), so it declares a new function instead; or the base class gained a new pure function in a library update.`,
  causes: ['An override whose signature differs from the base class function (const, reference, parameter types)', 'A pure virtual function of the base never implemented in the derived class', 'A library update adding a pure virtual function to an interface'],
  fixes: (c) => {
    const pure = (c.pure ?? c.pure2 ?? '').trim();
    return [
      fix(
        `Implement every pure virtual function in ${abstractType(c)}`,
        [
          `${pure ? `Override ${pure}` : 'Override each function the notes list'} in ${abstractType(c)} with exactly the same signature, and mark it override: the compiler then reports a signature that does not match.`,
          c.name ? `Only then can ${c.name} be declared as a ${abstractType(c)}; otherwise hold it through a pointer or reference to a concrete subclass.` : 'Otherwise create a concrete subclass and use the abstract class through pointers or references.',
        ],
        'class RevertProcessor : public QtCSV::Reader::AbstractProcessor {\npublic:\n    bool processRowElements(const QStringList &elements) override;   // same signature as the pure function\n};',
      ),
    ];
  },
  references: [cppref('Abstract classes', 'cpp/language/abstract_class'), cppref('override specifier', 'cpp/language/override')],
  samples: ["..\\example\\main.cpp:84:21: error: cannot declare variable 'processor' to be of a\nbstract type 'RevertProcessor'", "src/app.cpp:12:9: error: variable type 'Shape' is an abstract class\nsrc/shape.h:5:18: note: unimplemented pure virtual method 'area' in 'Shape'"],
};

/** The type a narrowing diagnostic converts to, without the {aka …} that older gcc put inside its quotes. */
const narrowedTo = (c: Captures): string => (c.to ?? c.to2 ?? c.to3 ?? c.to4 ?? 'the target type').replace(/\s\{aka [^}\n]{1,200}\}$/, '');
const narrowedFrom = (c: Captures): string | undefined => c.from ?? c.from2 ?? c.from3;
/** The typedef's underlying type, when gcc gave it (`'int8' {aka 'char'}` or older `'int8 {aka char}'`). */
const narrowedAka = (c: Captures): string | undefined => c.toAka ?? /\{aka ([^}\n]{1,200})\}$/.exec(c.to ?? '')?.[1];

/** A negative constant narrowed to plain char: char is unsigned on ARM, AArch64, PowerPC and s390x. */
function unsignedCharCase(c: Captures): boolean {
  const value = (c.value ?? c.value2 ?? '').trim();
  return value.startsWith('-') && (narrowedAka(c) ?? narrowedTo(c)).trim() === 'char';
}

const NARROWING: ErrorPattern = {
  id: 'cpp.narrowing-conversion',
  language: 'cpp',
  // gcc: "narrowing conversion of 'v' from 'int' to 'char' [inside { }] [-Wnarrowing]" (the type's
  // typedef in {aka …}, inside or after its quotes; «» and »« where a translation left the message
  // English); clang: "non-constant-expression cannot be narrowed from type …", "constant expression
  // evaluates to 300 which cannot be narrowed to type …", "type 'double' cannot be narrowed to
  // 'int' in initializer list" [-Wc++11-narrowing].
  match: rx(
    ANY_LOC,
    ERR_L,
    String.raw`(?:narrowing conversion of ${LQO}(?<value>${LQN}{1,300})${LQC} from ${LQO}(?<from>${LQN}{1,200})${LQC}(?: \{aka ${LQO}?${LQN}{1,200}${LQC}?\})? to ${LQO}(?<to>${LQN}{1,200})${LQC}(?: \{aka ${LQO}(?<toAka>${LQN}{1,200})${LQC}\})?|non-constant-expression cannot be narrowed from type ${QO}(?<from2>${QN}{1,200})${QC} to ${QO}(?<to2>${QN}{1,200})${QC}|constant expression evaluates to (?<value2>[^\n]{1,100}?) which cannot be narrowed to type ${QO}(?<to3>${QN}{1,200})${QC}|type ${QO}(?<from3>${QN}{1,200})${QC} cannot be narrowed to ${QO}(?<to4>${QN}{1,200})${QC})`,
  ),
  requires: /narrow/,
  errorType: 'narrowing conversion',
  category: 'type',
  priority: 11,
  summary: (c) => `${c.value ?? c.value2 ? `The value ${c.value ?? c.value2}` : 'A value'}${narrowedFrom(c) ? ` of type ${narrowedFrom(c)}` : ''} does not fit ${narrowedTo(c)}${narrowedAka(c) ? ` (${narrowedAka(c)})` : ''} without loss, and braces forbid that narrowing${at(c)}.`,
  explanation: (c) =>
    `Since C++11, list-initialisation ({ } around the value: an array or struct initialiser, T{x}, a member's braced initialiser, emplace of an aggregate) refuses implicit conversions that can lose information: floating point to integer, a wider integer to a narrower one, signed to unsigned, unless the value is a constant that fits. ${unsignedCharCase(c) ? `Here a negative constant goes into ${narrowedTo(c)}${narrowedAka(c) ? ` (${narrowedAka(c)})` : ''}: plain char is signed on x86 but unsigned on ARM, AArch64, PowerPC and s390x, so code that built on a PC fails there.` : 'Code written for C++98, or for C, where the same initialiser compiled silently, breaks with a newer standard (gcc and clang default to C++17).'}`,
  causes: ['A negative constant in a char array on a platform where char is unsigned (ARM, AArch64, PowerPC)', 'A double or a wider integer in a braced initialiser of an int, float or smaller type', 'Old C or C++98 code compiled as C++11 or later'],
  fixes: (c) => {
    const to = narrowedTo(c);
    const value = c.value ?? c.value2 ?? 'value';
    return [
      unsignedCharCase(c)
        ? fix(`Give ${to} an explicitly signed type`, [`Declare the array${to === 'char' ? '' : ` or the typedef ${to}`} as signed char or int8_t instead of plain char, or build with -fsigned-char to keep x86's behaviour everywhere.`], `${to === 'char' ? 'static const signed char table[] = {-2, 0, 2};   // was: char' : `typedef int8_t ${to};   // was: typedef char ${to}`}\n# or, for the whole build\nCXXFLAGS += -fsigned-char`)
        : fix(`Convert ${value} to ${to} explicitly, or widen the target`, [`Write static_cast<${to}>(${value}) where the loss is intended, or give the variable, member or array elements a type that holds ${narrowedFrom(c) ?? 'the value'}.`], `${to} x{static_cast<${to}>(${value})};`),
      fix('As a stopgap for old code, lower the diagnostic to a warning', ['-Wno-narrowing (gcc) or -Wno-c++11-narrowing (clang) lets code written for C++98 build; fix the initialisers when you can.'], 'CXXFLAGS += -Wno-narrowing'),
    ];
  },
  references: [cppref('List-initialization: narrowing conversions', 'cpp/language/list_initialization#Narrowing_conversions'), GCC_WARN],
  samples: [
    "1.262 /opt/GSM/openlte/liblte/hdr/liblte_rrc.h:2354:181: error: narrowing conversion of '-96' from 'int' to 'int8 {aka char}' inside { } [-Wnarrowing]",
    'src/mesh.cpp:42:31: error: narrowing conversion of ‘(((double)w) * scale)’ from ‘double’ to ‘int’ [-Wnarrowing]\n   42 |     Rect r{0, 0, w * scale, h * scale};',
    "src/tables.cc:18:5: error: constant expression evaluates to -1 which cannot be narrowed to type 'uint8_t' (aka 'unsigned char') [-Wc++11-narrowing]",
    'src/grid.cpp:7:21: ошибка: narrowing conversion of «size» from «long unsigned int» to «int» [-Wnarrowing]',
  ],
};

/**
 * The function a gcc signature names, without its return type, parameters and template bindings:
 * `std::vector<_Tp, _Alloc>::reference std::vector<_Tp, _Alloc>::operator[](size_type) [with …]`
 * -> `std::vector<_Tp, _Alloc>::operator[]`.
 */
function functionName(signature: string | undefined): string {
  const sig = (signature ?? '').slice(0, 800);
  let depth = 0;
  let start = 0;
  for (let i = 0; i < sig.length; i++) {
    const ch = sig[i];
    if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (depth === 0 && ch === ' ' && !sig.slice(start, i).endsWith('operator')) start = i + 1;
    else if (depth === 0 && ch === '(' && !(sig.slice(start, i).endsWith('operator') && sig[i + 1] === ')')) return sig.slice(start, i) || sig;
  }
  return sig || 'the function';
}

const NON_CONSTEXPR_CALL: ErrorPattern = {
  id: 'cpp.non-constexpr-call',
  language: 'cpp',
  // gcc: "call to non-'constexpr' function 'f'" (gcc 4.x without the quotes), while checking a
  // constexpr function's body or evaluating a constant expression.
  match: rx(ANY_LOC, ERR_L, String.raw`call to non-${LQO}?constexpr${LQC}? function ${LQO}(?<func>${LQN}{1,800})${LQC}`),
  requires: /non-.?constexpr/,
  errorType: 'call to non-constexpr function',
  category: 'type',
  priority: 11,
  summary: (c) => `Code evaluated at compile time calls ${functionName(c.func)}, which is not constexpr${at(c)}.`,
  explanation: (c) => {
    const func = functionName(c.func);
    const why = /\bstd::(?:__\w+::)?(?:vector|basic_string|string)\b/.test(func)
      ? `${func} became constexpr only in C++20 (gcc 12+, clang 15+), so the code needs -std=c++20 or must not use it at compile time.`
      : /^_mm\d{0,3}_|^__builtin_ia32|^_m_|^v[a-z]{2,8}q?_[a-z]\d/.test(func)
        ? `${func} is an SIMD intrinsic: intrinsics are not constexpr, so a constexpr function cannot call them on a path evaluated at compile time.`
        : `${func} is not declared constexpr, and a constant expression can only call constexpr functions. Which library functions are constexpr depends on the standard (-std=) and on the library version.`;
    return `Code that runs at compile time - the initialiser of a constexpr variable, a static_assert, a template argument, or the body of a constexpr function that can never be a constant expression - may only call constexpr functions. ${why} Code that builds with one compiler often fails with another: gcc checks constexpr function bodies more strictly in C++11/14 mode, and older compilers accepted some library calls as an extension.`;
  },
  causes: ['A library function that is constexpr only in a newer standard (std::vector, std::string and <cmath> before C++20/23)', 'An intrinsic or a C function called from a constexpr function', 'A helper function of the project not marked constexpr', 'A compiler or -std older than the one the code was written for'],
  fixes: (c) => {
    const func = functionName(c.func);
    return [
      fix(
        `Call ${func} at run time only, or make it constexpr`,
        [`If ${func} is your own function, declare it constexpr (and everything it calls)${c.func && c.func !== func ? `; gcc's signature of it: ${c.func}` : ''}.`, 'Otherwise drop constexpr from the calling function (make it inline), or, in C++20, make the call only when the function is not being constant-evaluated.'],
        'constexpr std::uint64_t mul(std::uint64_t a, std::uint64_t b) {\n    if (std::is_constant_evaluated())   // C++20 (if consteval in C++23)\n        return a * b;                   // plain code at compile time\n    return fast_mul(a, b);              // the non-constexpr call at run time\n}',
      ),
      fix('Build with the standard the code needs', ['std::vector and std::string are constexpr from C++20 (gcc 12+, clang 15+); set the standard the project was written for.'], 'set(CMAKE_CXX_STANDARD 20)\n# or\nCXXFLAGS += -std=c++20'),
    ];
  },
  references: [cppref('constexpr specifier', 'cpp/language/constexpr'), cppref('std::is_constant_evaluated', 'cpp/types/is_constant_evaluated')],
  samples: [
    "bonsai/hll/vec/vec.h: In function ‘constexpr __m128i vec::_mm_mullo_epi64x(__m128i, uint64_t)’:\nbonsai/hll/vec/vec.h:115:27: error: call to non-‘constexpr’ function ‘__m128i _mm_mullo_epi64(__m128i, __m128i)’\n     return _mm_mullo_epi64(a, _mm_set1_epi64x(b));",
    "src/table.cpp:12:40: error: call to non-'constexpr' function 'double std::pow(double, double)'\n   12 | constexpr double kScale = std::pow(10.0, 6);",
    "include/util.h:30:22: error: call to non-constexpr function 'int hash(const char*)'",
  ],
};

const BAD_FUNCTION_CALL: ErrorPattern = {
  id: 'cpp.bad-function-call',
  language: 'cpp',
  // The uncaught exception (libstdc++, libc++, MSVC) or only its throw in a debugger's backtrace:
  // then the std::function frame above it, and its caller.
  match: new RegExp(
    String.raw`(?:terminate called after throwing an instance of ${QO}std::bad_function_call${QC}|uncaught exception of type std::(?:__1::)?bad_function_call|Microsoft C\+\+ exception: std::bad_function_call|\bboost::bad_function_call\b|call to empty boost::function|\bstd::(?:__1::|__cxx11::)?__throw_bad_function_call\b[^\n]{0,200}(?:\n#\d{1,4}\s{1,4}(?:0x[0-9a-fA-F]{1,16} in )?std::(?:__1::)?function<(?<signature>[^\n]{1,300}?)>::operator\(\)[^\n]{0,600}(?:\n#\d{1,4}\s{1,4}(?:0x[0-9a-fA-F]{1,16} in )?(?<caller>[^\n]{1,300}?) \()?)?)`,
  ),
  requires: /bad_function_call|empty boost::function/,
  errorType: 'bad_function_call',
  category: 'runtime',
  priority: 16,
  summary: (c) => `An empty std::function${c.signature ? `<${c.signature}>` : ''} was called${c.caller ? ` (from ${c.caller})` : ''}: std::bad_function_call.`,
  explanation: (c) =>
    `Calling a std::function that holds no target throws std::bad_function_call; nothing caught it, so std::terminate aborted the program. The function object was default-constructed, assigned nullptr, moved from, or its callback was never registered (or already reset) when it was invoked${c.caller ? ` - here by ${c.caller}` : ''}. Destructors and shutdown paths are typical: a callback cleared before the last call.`,
  causes: ['A callback member that was never assigned (default-constructed std::function)', 'A std::function that was moved from or reset to nullptr before the call', 'A callback invoked during shutdown after its owner cleared it'],
  fixes: (c) => [
    fix(
      `Check the std::function${c.signature ? `<${c.signature}>` : ''} before calling it`,
      [`Test it for a target before the call${c.caller ? ` in ${c.caller}` : ''}, or give it a no-op default so it is never empty.`, 'In gdb, catch throw stops where the exception is thrown; in the backtrace, the frame after std::function::operator() (the next number down) is the code that called the empty function.'],
      'if (on_response)          // false when it holds no target\n    on_response(response);\n\nstd::function<void(const Response &)> on_response = [](const Response &) {};   // a no-op default',
    ),
  ],
  references: [cppref('std::bad_function_call', 'cpp/utility/functional/bad_function_call'), cppref('std::function::operator()', 'cpp/utility/functional/function/operator()')],
  samples: [
    '#6  0x0000ffff8af42fc8 in __cxa_throw () from /lib64/libstdc++.so.6\n#7  0x0000ffff8af3e3e0 in std::__throw_bad_function_call() () from /lib64/libstdc++.so.6\n#8  0x00000000004fc9c8 in std::function<void (Response const&)>::operator()(Response const&) const (this=0xffff85f57e08) at /usr/include/c++/12/bits/std_function.h:590\n#9  0x00000000004fd1a0 in Tracker::finish (this=0x1) at tracker.cc:88',
    "terminate called after throwing an instance of 'std::bad_function_call'\n  what():  bad_function_call\nAborted (core dumped)",
  ],
};

/**
 * cppTwin, gated by the C pattern's own cheap test: a text that test rejects (no "is deprecated"
 * anywhere) costs the twin nothing, where cppTwin alone would run the whole C regex on it.
 */
function twin(pattern: ErrorPattern, samples: string[]): ErrorPattern {
  return { ...cppTwin(pattern, samples), requires: pattern.requires ?? pattern.match };
}

const C_AND_CPP: ErrorPattern[] = [FORMAT_NOT_LITERAL, FORMAT_ARGUMENTS, ARRAY_BOUNDS, STRING_OPERATIONS, LIFETIME_WARNINGS, UNINITIALIZED, DEPRECATED, REDEFINITION];

export const NATIVE_DIAGNOSTIC_PATTERNS: readonly ErrorPattern[] = [
  ...C_AND_CPP,
  twin(FORMAT_NOT_LITERAL, ['src/ui.cpp:52:15: error: format not a string literal and no format arguments [-Werror=format-security]\n   52 |     std::printf(msg.c_str());']),
  twin(FORMAT_ARGUMENTS, ["src/log.cpp:20:17: error: format '%d' expects argument of type 'int', but argument 2 has type 'std::size_t' {aka 'long unsigned int'} [-Werror=format=]"]),
  twin(ARRAY_BOUNDS, ["src/ring.cpp:31:14: error: array subscript 8 is above array bounds of 'int [8]' [-Werror=array-bounds]"]),
  twin(STRING_OPERATIONS, ["In member function 'void Packet::set_name(const char*)':\nsrc/packet.cpp:22:12: error: 'char* strncpy(char*, const char*, size_t)' specified bound 16 equals destination size [-Werror=stringop-truncation]"]),
  twin(LIFETIME_WARNINGS, ["src/session.cpp:57:10: error: pointer 'conn' used after 'void free(void*)' [-Werror=use-after-free]"]),
  twin(UNINITIALIZED, ["src/swarkland.cpp:228:23: error: ‘range’ may be used uninitialized in this function [-Werror=maybe-uninitialized]\nsrc/swarkland.cpp:214:9: note: ‘range’ was declared here\n     int range;\n         ^"]),
  twin(DEPRECATED, ["../src/reader/kiwix-read.cpp:83:38: error: ‘kiwix::Reader::Reader(std::string)’ is deprecated [-Werror=deprecated-declarations]"]),
  twin(REDEFINITION, ['src/widget.cpp:40:30: error: redefinition of default argument']),
  TEMPLATE_DEPTH,
  AMBIGUOUS,
  ACCESS_CONTROL,
  ABSTRACT_TYPE,
  NARROWING,
  NON_CONSTEXPR_CALL,
  BAD_FUNCTION_CALL,
];
