import type { ErrorPattern } from '../rules/error-pattern';
import type { Reference } from '../translation';
import { fix } from './answer-parts';

/**
 * TypeScript compiler diagnostics, most frequent first. tsc prints "file(line,col): error
 * TSnnnn: message" or "file:line:col - error TSnnnn: message"; editors' "message ts(nnnn)" is
 * rewritten to the same form by the normaliser. Every pattern requires its code, so the
 * message part is optional: an unusual wording still gets the code's explanation.
 */

/**
 * The first TypeScript diagnostic of the text, when it has one of `codes`: `\bTS<codes>: <body>`
 * with the code captured and the body optional. A build log lists many errors and the first
 * is the one to fix (later ones often follow from it), so a pattern only matches when its code
 * is the first one printed: the lines before it may be anything but another diagnostic.
 * Next.js prints tsc's message without the code ("Type error: Property 'x' does not exist
 * on type 'Y'."); with `bare` the pattern also takes that form when the body (required there)
 * implies the code. Anchored at the start of the text (one attempt) and line by line: linear.
 */
function tsc(codes: string, body = '', bare = false): RegExp {
  const plain = body.replace(/\(\?<[A-Za-z_]\w*>/g, '(?:');
  const lead = String.raw`(?<![\s\S])(?:(?![^\n]*\bTS\d{4,5}: |Type error: )[^\n]*\n)*?[^\n]*?`;
  const form = bare && body ? `(?:\\bTS(?<code>${codes}): |^Type error: (?=${plain}))` : `\\bTS(?<code>${codes}): `;
  return new RegExp(`${lead}${form}${body ? `(?:${body})?` : ''}`, 'm');
}
// A quoted type: bounded and lazy, ending at a quote followed by the end of the message, so
// types containing quotes ("a" | "b") are kept whole and backtracking stays bounded.
const TYPE = (name: string): string => `'(?<${name}>[^\\n]{1,300}?)'(?=\\.?(?:\\s|$|\\.))`;
const NAME = (name: string): string => `'(?<${name}>[^'\\n]{1,200})'`;

const handbook = (page: string, title: string): Reference => ({
  title: `TypeScript handbook: ${title}`,
  url: `https://www.typescriptlang.org/docs/handbook/${page}`,
});
const TSCONFIG: Reference = { title: 'TypeScript: TSConfig reference', url: 'https://www.typescriptlang.org/tsconfig' };
const EVERYDAY = handbook('2/everyday-types.html', 'Everyday Types');
const NARROWING = handbook('2/narrowing.html', 'Narrowing');
const OBJECTS = handbook('2/objects.html', 'Object Types');
const FUNCTIONS = handbook('2/functions.html', 'More on Functions');
const MODULES = handbook('2/modules.html', 'Modules');
const CLASSES = handbook('2/classes.html', 'Classes');
const COMPAT = handbook('type-compatibility.html', 'Type Compatibility');
const DECLARATIONS = handbook('declaration-files/introduction.html', 'Declaration Files');

const code = (c: Readonly<Record<string, string>>, fallback: string): string => `TS${c.code ?? fallback}`;
const unquote = (s: string | undefined): string => (s ?? '').replace(/^"|"$/g, '');

/**
 * tsc's message bodies (diagnosticMessages.json) for the codes without a pattern of their own, so
 * that Next.js' "Type error: <message>" (printed without the code) still gets its code.
 */
const Q1 = String.raw`'[^'\n]{1,200}'`;
const QT = String.raw`'[^\n]{1,300}?'`;
const BARE: readonly (readonly [string, string])[] = [
  ['2540', String.raw`Cannot assign to ${Q1} because it is a read-only property`],
  ['2588', String.raw`Cannot assign to ${Q1} because it is a constant`],
  ['2448', String.raw`Block-scoped variable ${Q1} used before its declaration`],
  ['2365', String.raw`Operator '[^'\n]{1,10}' cannot be applied to types`],
  ['2362', 'The left-hand side of an arithmetic operation must be of type'],
  ['2363', 'The right-hand side of an arithmetic operation must be of type'],
  ['2538', String.raw`Type ${QT} cannot be used as an index type`],
  ['2698', 'Spread types may only be created from object types'],
  ['2559', String.raw`Type ${QT} has no properties in common with type`],
  ['2749', String.raw`${Q1} refers to a value, but is being used as a type here`],
  ['2693', String.raw`${Q1} only refers to a type, but is being used as a value here`],
  ['2503', String.raw`Cannot find namespace ${Q1}`],
  ['2590', 'Expression produces a union type that is too complex to represent'],
  ['2589', 'Type instantiation is excessively deep and possibly infinite'],
  ['2488', String.raw`Type ${QT} must have a '\[Symbol\.iterator\]\(\)' method that returns an iterator`],
  ['2614', String.raw`Module ${QT} has no exported member ${Q1}\. Did you mean to use 'import`],
  ['2613', String.raw`Module ${QT} has no default export\. Did you mean to use 'import \{`],
  ['2315', String.raw`Type ${Q1} is not generic`],
  ['2314', String.raw`Generic type ${QT} requires \d{1,2} type argument`],
  ['2351', 'This expression is not constructable'],
  ['2556', 'A spread argument must either have a tuple type or be passed to a rest parameter'],
  ['2555', String.raw`Expected at least \d{1,3} arguments?, but got \d{1,3}`],
  ['2774', 'This condition will always return true since this function is always defined'],
  ['2801', String.raw`This condition will always return true since this ${QT} is always defined`],
  ['2420', String.raw`Class ${Q1} incorrectly implements interface`],
  ['2415', String.raw`Class ${Q1} incorrectly extends base class`],
  ['2430', String.raw`Interface ${Q1} incorrectly extends interface`],
  ['2515', String.raw`Non-abstract class ${Q1} does not implement inherited abstract member`],
  ['2511', 'Cannot create an instance of an abstract class'],
  ['2550', String.raw`Property ${Q1} does not exist on type ${QT}\. Do you need to change your target library`],
  ['2792', String.raw`Cannot find module ${Q1}\. Did you mean to set the 'moduleResolution' option`],
  ['2835', 'Relative import paths need explicit file extensions'],
  ['2306', String.raw`File ${Q1} is not a module`],
  ['2742', String.raw`The inferred type of ${Q1} cannot be named without a reference to`],
  ['2657', 'JSX expressions must have one parent element'],
  ['2686', String.raw`${Q1} refers to a UMD global`],
  ['2694', String.raw`Namespace ${Q1} has no exported member`],
  ['17004', String.raw`Cannot use JSX unless the '--jsx' flag is provided`],
  ['1208', String.raw`${Q1} cannot be compiled under '--isolatedModules'`],
  ['1484', String.raw`${Q1} is a type and must be imported using a type-only import when 'verbatimModuleSyntax' is enabled`],
  ['4111', String.raw`Property ${Q1} comes from an index signature, so it must be accessed with`],
  ['2377', "Constructors for derived classes must contain a 'super' call"],
  ['17009', "'super' must be called before accessing 'this' in the constructor of a derived class"],
  ['2723', "Cannot invoke an object which is possibly 'null' or 'undefined'"],
  ['2722', "Cannot invoke an object which is possibly 'undefined'"],
  ['2721', "Cannot invoke an object which is possibly 'null'"],
  ['2783', String.raw`${Q1} is specified more than once, so this usage will be overwritten`],
  ['2802', String.raw`Type ${QT} can only be iterated through when using the '--downlevelIteration' flag`],
  ['7005', String.raw`Variable ${Q1} implicitly has an 'any(?:\[\])?' type`],
  ['7034', String.raw`Variable ${Q1} implicitly has type '[^'\n]{1,60}' in some locations where its type cannot be determined`],
  ['7015', "Element implicitly has an 'any' type because index expression is not of type 'number'"],
  ['7017', String.raw`Element implicitly has an 'any' type because type ${QT} has no index signature`],
  ['7030', 'Not all code paths return a value'],
  ['7026', String.raw`JSX element implicitly has type 'any' because no interface 'JSX\.IntrinsicElements' exists`],
  ['7041', "The containing arrow function captures the global value of 'this'"],
  ['2391', 'Function implementation is missing or not immediately following the declaration'],
  ['2394', 'This overload signature is not compatible with its implementation signature'],
  ['2717', 'Subsequent property declarations must have the same type'],
  ['2403', 'Subsequent variable declarations must have the same type'],
  ['2678', String.raw`Type ${QT} is not comparable to type`],
  ['18028', 'Private identifiers are only available when targeting ECMAScript 2015 and higher'],
  ['1343', String.raw`The 'import\.meta' meta-property is only allowed when the '--module' option is`],
];
const BARE_CODES = [...new Set(BARE.map(([c]) => c))].join('|');
const BARE_TESTS = BARE.map(([c, body]) => [c, new RegExp(`^(?:${body})`)] as const);
/** The code a bare message stands for ('0000' when none: the pattern then matched a coded line). */
const bareCode = (message: string | undefined): string => BARE_TESTS.find(([, test]) => test.test(message ?? ''))?.[0] ?? '0000';

export const TYPESCRIPT_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'typescript.deno-permission-denied',
    language: 'typescript',
    // Deno runs with no access to network, files or environment unless a flag grants it.
    match: /(?:Uncaught (?:\(in promise\) )?)?(?<errorClass>PermissionDenied|NotCapable): (?:Requires )?(?<what>[^\n]{1,200}?), run again with the (?<flag>--allow-[a-z]{2,10}) flag/,
    errorType: (c) => c.errorClass ?? 'PermissionDenied',
    category: 'permission',
    priority: 30,
    summary: (c) => `Deno refused ${c.what}: the program was started without ${c.flag}.`,
    explanation: (c) => `Deno denies network, file, environment and subprocess access unless a flag grants it. Here the program needed ${c.what}, which ${c.flag} allows (optionally limited to the hosts or paths it needs).`,
    causes: (c) => [`deno run without ${c.flag}`, 'A dependency that needs access the program was not given'],
    fixes: (c) => [{ title: `Grant ${c.flag}, as narrowly as possible`, steps: ['Add the flag to the deno run command (or to the task in deno.json)'], code: `deno run ${c.flag}${c.flag === '--allow-net' ? '=127.0.0.1:3000' : ''} main.ts` }],
    references: [{ title: 'Deno: security and permissions', url: 'https://docs.deno.com/runtime/fundamentals/security/' }],
    samples: ['error: Uncaught PermissionDenied: network access to "127.0.0.1:3000", run again with the --allow-net flag\n    at unwrapResponse ($deno$/ops/dispatch_json.ts:43:11)'],
  },
  {
    id: 'typescript.ts2322-not-assignable',
    language: 'typescript',
    match: tsc('2322', `Type ${TYPE('source')} is not assignable to type ${TYPE('target')}`, true),
    errorType: (c) => code(c, '2322'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.source ? `A value of type '${c.source}' is assigned where '${c.target}' is required.` : 'A value is assigned to a variable, property or return type it does not fit.'),
    explanation: (c) =>
      `TypeScript checks every assignment, return value and property against the declared type.${c.source ? ` Here the value's type is '${c.source}' and the declared type is '${c.target}', and the first is not a subtype of the second.` : ''} Either the value is wrong (a string where a number is expected, a possibly-undefined value, a missing property), or the declared type is narrower than what the code really handles.`,
    causes: ['The value really has another type (e.g. string from an input or env var vs number)', 'The value may be undefined/null and the target type does not allow it', 'An object literal misses properties or has extra ones', 'A string literal union (e.g. "a" | "b") receives a general string'],
    fixes: (c) => {
      const target = c.target ?? 'number';
      const source = c.source ?? 'string';
      const nullable = /\b(?:undefined|null)\b/.test(source) && !/\b(?:undefined|null)\b/.test(target);
      const convert = nullable
        ? fix(`Narrow the ${source} value to ${target}`, ['Check for the missing case before assigning, or give a default.'], `if (value === undefined || value === null) {\n  throw new Error('value is missing');\n}\nconst checked: ${target} = value;`)
        : target === 'number' && /\bstring\b/.test(source)
          ? fix('Convert the string to a number', ['Parse and validate input before assigning.'], `const value: number = Number(input);\nif (Number.isNaN(value)) throw new Error('not a number');`)
          : target === 'string' && !/\bstring\b/.test(source)
            ? fix(`Convert the ${source} value to a string`, [], 'const value: string = String(input);')
            : fix(`Give the value the shape of ${target}`, [`Build the value so that it has the type '${target}' (check the properties the compiler lists under the message), or fix the declared type.`], `const value: ${target} = build(input); // input is ${source}`);
      return [
        convert,
        fix(`Widen the declared type if ${source} is legitimate`, [`Only when the code really handles both: let the declaration accept '${source}' as well as '${target}'.`], `let value: ${target} | ${source};`),
        fix(`Keep literal types for ${target} with as const`, [`When '${target}' is a union of string literals, a plain string does not fit; declare constants with as const so they keep their literal type.`], `const mode = 'dark' as const; // assignable to ${target} if 'dark' is one of its members`),
      ];
    },
    references: [COMPAT, EVERYDAY],
    samples: [
      "src/config.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      `src/user.ts:8:3 - error TS2322: Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'.

8   name: process.env.USER_NAME,
    ~~~~`,
      "Type '\"primary\" | \"secondary\" | \"danger\"' is not assignable to type 'ButtonVariant'.ts(2322)",
    ],
  },
  {
    id: 'typescript.ts2339-property-missing',
    language: 'typescript',
    match: tsc('2339', `Property ${NAME('prop')} does not exist on type (?![^\\n]*Do you need to change your target library)${TYPE('type')}(?![^\\n]*Did you mean)`, true),
    errorType: (c) => code(c, '2339'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.prop ? `'${c.prop}' does not exist on type '${c.type}'.` : 'A property is used that the type does not declare.'),
    explanation: (c) =>
      `TypeScript only allows properties that the type declares.${c.prop ? ` The type '${c.type}' has no '${c.prop}'.` : ''} The name may be misspelt, the type may be too general (an empty object {}, a union where only one member has the property, an API response typed loosely), or the property is added at runtime without the type knowing.`,
    causes: ['A typo in the property name', 'The variable has a union or general type (e.g. {} or Response) and needs narrowing or a more precise type', 'A property added dynamically, or missing from the interface', 'Missing type declarations for a library or for window/global extensions'],
    fixes: (c) => [
      fix(`Declare ${c.prop ?? 'the property'} on ${c.type ?? 'the type'}`, [/^[A-Z]\w*$/.test(c.type ?? '') ? `Add it to the declaration of ${c.type} (or to the interface it comes from).` : `'${c.type ?? '{}'}' is an inline or generic type: give the value a named type that declares ${c.prop ?? 'the property'}, or extend the library's type by declaration merging.`], `interface ${/^[A-Z]\w*$/.test(c.type ?? '') ? c.type : 'Model'} {\n  ${c.prop ?? 'field'}: string;\n}`),
      fix('Narrow unions before access', [], `if ('${c.prop ?? 'field'}' in value) {\n  value.${c.prop ?? 'field'};\n}`),
      fix('Type external data explicitly', ['Give fetched JSON an interface (and validate it) instead of using a general type.'], 'const data = (await res.json()) as User[];'),
    ],
    references: [OBJECTS, NARROWING],
    samples: ["src/app.ts(20,15): error TS2339: Property 'email' does not exist on type '{}'.", "error TS2339: Property 'user' does not exist on type 'Request<ParamsDictionary, any, any, ParsedQs, Record<string, any>>'."],
  },
  {
    id: 'typescript.ts2345-argument',
    language: 'typescript',
    match: tsc('2345', `Argument of type ${TYPE('arg')} is not assignable to parameter of type ${TYPE('param')}`, true),
    errorType: (c) => code(c, '2345'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.arg ? `An argument of type '${c.arg}' is passed where '${c.param}' is expected.` : 'A function is called with an argument of the wrong type.'),
    explanation: (c) =>
      `The function's parameter is declared as ${c.param ? `'${c.param}'` : 'a type'} and the call passes ${c.arg ? `'${c.arg}'` : 'a value of another type'}. Common cases: a value that may be undefined/null passed to a parameter that does not accept it, a string passed where a string literal union is expected, or an object missing required fields.`,
    causes: ['The argument may be undefined or null (optional property, find(), env var)', 'A general string passed to a parameter typed as a literal union', 'An object literal missing required properties or with wrong property types'],
    fixes: (c) => {
      const param = c.param ?? 'string';
      const arg = c.arg ?? 'unknown';
      return [
        /\b(?:undefined|null)\b/.test(arg) && !/\b(?:undefined|null)\b/.test(param)
          ? fix(`Narrow the ${arg} argument to ${param}`, ['Check for the missing case (or give a default) before the call.'], `if (value === undefined || value === null) throw new Error('value is missing');\nfn(value); // value is ${param} here`)
          : fix(`Pass a ${param} value`, [`Convert or build the argument so its type is '${param}' instead of '${arg}'.`], `const value: ${param} = convert(input);\nfn(value);`),
        fix(`Type the value as ${param} where it is created`, ['Declare the variable with the parameter\'s type (for string literal unions, use as const), so the mismatch shows where the value is made.'], `const value: ${param} = /* ... */;`),
      ];
    },
    references: [FUNCTIONS, NARROWING],
    samples: ["src/api.ts(33,22): error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'."],
  },
  {
    id: 'typescript.ts2304-cannot-find-name',
    language: 'typescript',
    match: tsc('2304', `Cannot find name ${NAME('name')}(?!\\. Do you need|\\. Did you mean)`, true),
    errorType: (c) => code(c, '2304'),
    category: 'name',
    priority: 40,
    summary: (c) => (c.name ? `The name '${c.name}' is not declared.` : 'A name is used that is not declared.'),
    explanation: (c) =>
      `TypeScript found no declaration for ${c.name ? `'${c.name}'` : 'this name'}: no variable, import, type or global of that name is visible. It is misspelt, not imported, or it is a global (Node.js, DOM, test framework) whose type definitions are not loaded.`,
    causes: ['A missing import', 'A typo', 'Global types not loaded: @types/node, @types/jest, or "dom" missing from lib', 'A "types" array in tsconfig that excludes the needed @types package'],
    fixes: (c) => [
      fix('Import or declare it', [`Add the import for ${c.name ?? 'the name'}.`]),
      fix('Load the type definitions for globals', ['Install the @types package and check "types"/"lib" in tsconfig.json.'], 'npm install --save-dev @types/node'),
    ],
    references: [MODULES, TSCONFIG],
    samples: ["src/index.ts(3,1): error TS2304: Cannot find name 'axios'."],
  },
  {
    id: 'typescript.ts2307-cannot-find-module',
    language: 'typescript',
    match: tsc('2307', `Cannot find module ${NAME('module')}(?!\\. Did you mean)`, true),
    errorType: (c) => code(c, '2307'),
    category: 'dependency',
    priority: 40,
    summary: (c) => (c.module ? `TypeScript cannot resolve the module '${c.module}' or its types.` : 'TypeScript cannot resolve an imported module or its types.'),
    explanation: (c) => {
      const m = c.module ?? '';
      if (/\.(?:css|scss|sass|less|svg|png|jpe?g|gif|webp)$/.test(m)) {
        return `'${m}' is not code: the bundler handles it, but TypeScript needs a module declaration for that file type (usually from the framework's env.d.ts or your own declarations file).`;
      }
      if (m.startsWith('.') || m.startsWith('@/') || m.startsWith('~/')) {
        return `The path '${m}' does not resolve to a .ts/.tsx/.d.ts file: the path or case is wrong, or it is an alias that tsconfig "paths" (and "baseUrl") does not define.`;
      }
      return `The package${m ? ` '${m}'` : ''} is not installed, or it ships no types and no @types package is installed, or the moduleResolution setting does not match how the package publishes its entry points ("exports").`;
    },
    causes: ['The package is not installed', 'A relative path or alias is wrong / not configured in tsconfig "paths"', 'Asset imports (CSS, images) without a module declaration', 'moduleResolution does not understand the package\'s "exports" (use "bundler" or "node16"/"nodenext")'],
    fixes: (c) => {
      const m = c.module ?? '';
      if (/\.(?:css|scss|sass|less|svg|png|jpe?g|gif|webp)$/.test(m)) {
        return [fix(`Declare the module type for ${m}`, ['Add a declarations file included by tsconfig (frameworks such as Vite and Next.js ship one: check it is included).'], `// src/assets.d.ts\ndeclare module '*.${m.split('.').pop()}';`)];
      }
      return [
        fix(m ? `Install ${m} (and its types)` : 'Install the package (and its types)', m.startsWith('.') ? [`${m} is a relative path: check the file exists with that exact name and case.`] : [], m && !m.startsWith('.') && !m.startsWith('@/') && !m.startsWith('~/') ? `npm install ${m.startsWith('@') ? m.split('/').slice(0, 2).join('/') : m.split('/')[0]}` : null),
        fix(m.startsWith('@/') || m.startsWith('~/') ? `Configure the alias used by ${m} in tsconfig` : 'Configure path aliases in tsconfig', [], m.startsWith('~/') ? '{\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "~/*": ["src/*"] }\n  }\n}' : '{\n  "compilerOptions": {\n    "baseUrl": ".",\n    "paths": { "@/*": ["src/*"] }\n  }\n}'),
        fix('Match moduleResolution to your runtime', [], '"moduleResolution": "bundler"  // or "nodenext" for Node.js ESM'),
      ];
    },
    references: [handbook('modules/introduction.html', 'Modules introduction'), TSCONFIG],
    samples: [
      "src/main.ts:2:22 - error TS2307: Cannot find module '@nestjs/core' or its corresponding type declarations.",
      "src/App.tsx(1,8): error TS2307: Cannot find module './App.module.css' or its corresponding type declarations.",
    ],
  },
  {
    id: 'typescript.possibly-null-or-undefined',
    language: 'typescript',
    match: tsc('2531|2532|2533|18047|18048|18049', `(?:${NAME('name')}|Object) is possibly '(?<value>null|undefined)'(?<both> or 'undefined')?`, true),
    errorType: (c) => code(c, c.name ? (c.both ? '18049' : c.value === 'null' ? '18047' : '18048') : c.both ? '2533' : c.value === 'null' ? '2531' : '2532'),
    category: 'null',
    priority: 40,
    summary: (c) => `${c.name ? `'${c.name}'` : 'A value'} may be ${c.value ?? 'null or undefined'} where it is used.`,
    explanation: (c) =>
      `With strictNullChecks, TypeScript tracks values that can be ${c.value ?? 'null or undefined'} (optional properties, find(), querySelector, Map.get, possibly-missing env vars) and refuses property access or calls on them until the code proves they are present.`,
    causes: ['An optional property or parameter used without a check', 'A lookup that can fail: find(), getElementById(), Map.get(), a regex match', 'A class field or variable that is only set later'],
    fixes: (c) => [
      fix('Check before use (narrowing)', [], `if (${c.name ?? 'value'} == null) {\n  throw new Error('${c.name ?? 'value'} is missing');\n}\n${c.name ?? 'value'}.doSomething();`),
      fix('Use optional chaining and defaults where absence is fine', [], `const length = ${c.name ?? 'value'}?.length ?? 0;`),
      fix('Use the non-null assertion only when you are certain', ['value! tells the compiler to trust you; a wrong assumption crashes at runtime.']),
    ],
    references: [NARROWING, handbook('2/everyday-types.html', 'null and undefined')],
    samples: ["src/dom.ts(5,3): error TS2531: Object is possibly 'null'.", "src/service.ts:14:10 - error TS18048: 'user.address' is possibly 'undefined'.", "'el' is possibly 'null'.ts(18047)"],
  },
  {
    id: 'typescript.ts7006-implicit-any',
    language: 'typescript',
    match: tsc('7006|7031', `(?<kind>Parameter|Binding element) ${NAME('param')} implicitly has an 'any' type`, true),
    errorType: (c) => code(c, c.kind === 'Binding element' ? '7031' : '7006'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.param ? `The parameter '${c.param}' has no type.` : 'A parameter has no type annotation.'),
    explanation: 'With noImplicitAny (part of strict), every parameter whose type cannot be inferred from context must be annotated. TypeScript refuses to silently treat it as any.',
    causes: ['A function parameter without a type annotation', 'A callback whose context gives no type (e.g. passed to an untyped function)', 'Destructured parameters without a type'],
    fixes: (c) => [fix('Annotate the parameter', [], `function handle(${c.param ?? 'event'}: MouseEvent) { /* ... */ }\nconst total = items.reduce((sum: number, item: Item) => sum + item.price, 0);`)],
    references: [FUNCTIONS, TSCONFIG],
    samples: ["src/utils.ts(1,20): error TS7006: Parameter 'x' implicitly has an 'any' type."],
  },
  {
    id: 'typescript.ts7016-no-declaration-file',
    language: 'typescript',
    match: tsc('7016', `Could not find a declaration file for module ${NAME('module')}`, true),
    errorType: (c) => code(c, '7016'),
    category: 'dependency',
    priority: 40,
    summary: (c) => (c.module ? `The package '${c.module}' has no type declarations.` : 'An imported JavaScript package has no type declarations.'),
    explanation: (c) =>
      `The module${c.module ? ` '${c.module}'` : ''} is plain JavaScript without bundled .d.ts files, so under noImplicitAny TypeScript will not type it as any. Most popular packages have community types in DefinitelyTyped (@types/…).`,
    causes: ['The package ships no types and @types is not installed', 'The @types version does not match the package version'],
    fixes: (c) => {
      const m = c.module ?? 'some-lib';
      const name = m.startsWith('@') ? m.slice(1).split('/').slice(0, 2).join('__') : m.split('/')[0];
      return [
        fix('Install the community types', [], `npm install --save-dev @types/${name}`),
        fix('Or declare the module yourself', ['Add a declarations file included by tsconfig.'], `// src/types/${name}.d.ts\ndeclare module '${m}';`),
      ];
    },
    references: [DECLARATIONS],
    samples: ["src/server.ts(3,21): error TS7016: Could not find a declaration file for module 'express'. '/app/node_modules/express/index.js' implicitly has an 'any' type."],
  },
  {
    id: 'typescript.ts2554-argument-count',
    language: 'typescript',
    match: tsc('2554', 'Expected (?<expected>\\d+(?:-\\d+)?) arguments?, but got (?<got>\\d+)', true),
    errorType: (c) => code(c, '2554'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.expected ? `The call passes ${c.got} argument(s); the function expects ${c.expected}.` : 'A function is called with the wrong number of arguments.'),
    explanation: 'The number of arguments does not match the function signature: required parameters are missing, or extra ones are passed. A signature change in your code or a library upgrade is the usual reason.',
    causes: ['A required parameter is missing in the call', 'Extra arguments passed', 'A library changed the signature in a new version'],
    fixes: [fix('Match the call to the signature', ['Hover the function to see its parameters; make a parameter optional if callers may omit it.'], 'function greet(name: string, greeting = "Hello") { /* ... */ }')],
    references: [FUNCTIONS],
    samples: ['src/index.ts(9,1): error TS2554: Expected 2 arguments, but got 1.'],
  },
  {
    id: 'typescript.ts2741-missing-property',
    language: 'typescript',
    match: tsc('2741', `Property ${NAME('prop')} is missing in type '(?<source>[^\\n]{1,300}?)' but required in type ${TYPE('target')}`, true),
    errorType: (c) => code(c, '2741'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.prop ? `'${c.prop}' is required by '${c.target}' but missing.` : 'An object misses a required property.'),
    explanation: (c) => `The object ${c.source ? `of type '${c.source}' ` : ''}is used where ${c.target ? `'${c.target}'` : 'a type'} is required, and that type declares ${c.prop ? `'${c.prop}'` : 'a property'} as required (no ?).`,
    causes: ['The object literal or component props omit a required property', 'The property should be optional in the type'],
    fixes: (c) => [
      fix(`Provide ${c.prop ?? 'the property'}`, [`Pass or set ${c.prop ?? 'the property'} wherever a ${c.target ?? 'value of that type'} is created.`]),
      fix(`Or make it optional in ${c.target ?? 'the type'}`, [], `interface ${/^[A-Z]\w*$/.test(c.target ?? '') ? c.target : 'Props'} {\n  ${c.prop ?? 'title'}?: string; // if it may be omitted\n}`),
    ],
    references: [OBJECTS],
    samples: ["src/App.tsx(14,6): error TS2741: Property 'title' is missing in type '{ onClose: () => void; }' but required in type 'ModalProps'."],
  },
  {
    id: 'typescript.ts2739-missing-properties',
    language: 'typescript',
    match: tsc('2739|2740', `Type '(?<source>[^\\n]{1,300}?)' is missing the following properties from type '(?<target>[^\\n]{1,300}?)': (?<props>[^\\n]{1,300})`, true),
    errorType: (c) => code(c, /\band \d+ more\b/.test(c.props ?? '') ? '2740' : '2739'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.target ? `The value lacks properties required by '${c.target}'.` : 'A value lacks several properties its type requires.'),
    explanation: (c) => `The value${c.source ? ` of type '${c.source}'` : ''} is used as ${c.target ? `'${c.target}'` : 'another type'}, which also requires: ${c.props ?? 'more properties'}. Often a different type is used by mistake (a DTO for an entity, a promise for its value).`,
    causes: ['An object built without all required fields', 'A different but similar type used (e.g. a partial DTO, or a Promise instead of the awaited value)'],
    fixes: (c) => [
      fix(`Build a full ${c.target ?? 'object'}, or use a type that fits`, [`Missing: ${c.props ?? 'see the message'}. Await promises; use Partial<${c.target ?? 'T'}> or Pick<${c.target ?? 'T'}, …> when only some fields are meant.`], /^Promise</.test(c.source ?? '') ? `const value: ${c.target ?? 'T'} = await load(); // not: const value = load();` : `const value: Partial<${c.target ?? 'T'}> = { /* ... */ };`),
    ],
    references: [OBJECTS, handbook('utility-types.html', 'Utility Types')],
    samples: ["src/users.ts(22,5): error TS2740: Type 'Promise<User>' is missing the following properties from type 'User': id, email, name, createdAt"],
  },
  {
    id: 'typescript.ts2769-no-overload',
    language: 'typescript',
    match: tsc('2769', 'No overload matches this call', true),
    errorType: (c) => code(c, '2769'),
    category: 'type',
    priority: 40,
    summary: 'None of the function\'s overloads accepts these arguments.',
    explanation: 'The function has several signatures (overloads) and the arguments fit none of them. TypeScript lists each overload with its own error below the message; the last one listed is usually the one you intended.',
    causes: ['An argument has a slightly different type than every overload expects (often undefined, or a string instead of a literal)', 'Arguments in the wrong order or shape (e.g. options object)'],
    fixes: [fix('Read the per-overload errors', ['Find the overload you meant in the indented details and fix the argument it complains about.'])],
    references: [handbook('2/functions.html', 'Function overloads')],
    samples: [
      `src/server.ts:10:9 - error TS2769: No overload matches this call.
  Overload 1 of 2, '(path: string, ...handlers: RequestHandler[]): Router', gave the following error.`,
    ],
  },
  {
    id: 'typescript.ts1005-expected',
    language: 'typescript',
    match: tsc('1005', `'(?<expected>[^'\\n]{1,10})' expected`, true),
    errorType: (c) => code(c, '1005'),
    category: 'syntax',
    priority: 40,
    summary: (c) => (c.expected ? `Syntax error: '${c.expected}' expected.` : 'Syntax error: a token is missing.'),
    explanation: (c) => `The parser expected ${c.expected ? `'${c.expected}'` : 'another token'} at this position. Usually a bracket, comma or semicolon is missing just before it, or a newer syntax is compiled by an older TypeScript version.`,
    causes: ['A missing closing bracket, parenthesis or comma nearby', 'JSX in a .ts file instead of .tsx', 'Syntax newer than the installed TypeScript version (e.g. satisfies, accessor)'],
    fixes: [
      fix('Check the line and the one before', ['Look for unbalanced brackets; rename the file to .tsx when it contains JSX.']),
      fix('Check the TypeScript version', [], 'npx tsc --version'),
    ],
    references: [handbook('2/basic-types.html', 'The Basics')],
    samples: ["src/App.ts(10,12): error TS1005: '>' expected.", "src/a.ts(4,1): error TS1005: ';' expected."],
  },
  {
    id: 'typescript.ts2564-no-initializer',
    language: 'typescript',
    match: tsc('2564', `Property ${NAME('prop')} has no initializer and is not definitely assigned in the constructor`, true),
    errorType: (c) => code(c, '2564'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.prop ? `The class field '${c.prop}' may be undefined after construction.` : 'A class field is never initialised.'),
    explanation: 'With strictPropertyInitialization, each class field whose type does not include undefined must get a value in its declaration or in the constructor. Fields filled in later (by a framework, an init method, dependency injection or an ORM) need to say so.',
    causes: ['A field without initialiser and not assigned in the constructor', 'Fields set by a framework (ORM entities, Angular @Input, DTOs) after construction'],
    fixes: (c) => [
      fix('Initialise it, or make it optional', [], `${c.prop ?? 'name'} = '';\n// or\n${c.prop ?? 'name'}?: string;`),
      fix('Assert definite assignment for framework-filled fields', [], `${c.prop ?? 'name'}!: string;`),
    ],
    references: [CLASSES, TSCONFIG],
    samples: ["src/user.entity.ts(5,3): error TS2564: Property 'email' has no initializer and is not definitely assigned in the constructor."],
  },
  {
    id: 'typescript.ts2416-incompatible-override',
    language: 'typescript',
    match: tsc('2416', `Property ${NAME('prop')} in type ${NAME('type')} is not assignable to the same property in base type ${NAME('base')}`, true),
    errorType: (c) => code(c, '2416'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.prop ? `'${c.prop}' in '${c.type}' does not match its declaration in '${c.base}'.` : 'A subclass property or method is incompatible with the base type.'),
    explanation: 'A class that extends another class or implements an interface must keep each property/method compatible: the same (or narrower) types, compatible parameters and return types. The override changes the signature in an incompatible way.',
    causes: ['The overriding method has different parameter or return types', 'A library upgrade changed the base class or interface'],
    fixes: (c) => [fix(`Match ${c.prop ?? 'the member'} in ${c.type ?? 'the class'} to ${c.base ?? 'the base type'}`, [`Copy the signature of ${c.prop ?? 'the member'} from ${c.base ?? 'the base type'} (or from the library's current version) and adapt the implementation in ${c.type ?? 'the class'}.`])],
    references: [CLASSES],
    samples: ["src/logger.ts(8,3): error TS2416: Property 'log' in type 'FileLogger' is not assignable to the same property in base type 'Logger'."],
  },
  {
    id: 'typescript.ts2366-missing-return',
    language: 'typescript',
    match: tsc('2366', 'Function lacks ending return statement', true),
    errorType: (c) => code(c, '2366'),
    category: 'type',
    priority: 40,
    summary: 'Some code path of the function ends without returning a value.',
    explanation: 'The function declares a return type that does not include undefined, but at least one path (a missing else, a switch without default, a loop that can finish) reaches the end without return.',
    causes: ['if/else chain without a final else', 'switch without default (or not exhaustive)', 'A catch block that does not return or rethrow'],
    fixes: [fix('Return or throw on every path', [], "switch (kind) {\n  case 'a': return 1;\n  case 'b': return 2;\n  default: throw new Error(`unknown kind: ${kind}`);\n}")],
    references: [FUNCTIONS],
    samples: ["src/price.ts(3,40): error TS2366: Function lacks ending return statement and return type does not include 'undefined'."],
  },
  {
    id: 'typescript.unknown-type',
    language: 'typescript',
    match: tsc('2571|18046', `(?:(?<object>Object)|${NAME('name')}) is of type 'unknown'`, true),
    errorType: (c) => code(c, c.object ? '2571' : '18046'),
    category: 'type',
    priority: 40,
    summary: (c) => `${c.name ? `'${c.name}'` : 'A value'} has type unknown and must be narrowed before use.`,
    explanation: (c) =>
      `unknown is the safe "could be anything" type: TypeScript allows nothing on it until a check proves what it is. ${c.name === 'e' || c.name === 'err' || c.name === 'error' ? 'Variables in catch clauses are unknown under strict mode (useUnknownInCatchVariables), because anything can be thrown.' : 'Values from JSON.parse, fetch, generics or catch clauses often have this type.'}`,
    causes: ['A catch variable used as an Error without a check', 'Parsed JSON or API data used without validation'],
    fixes: (c) => [
      fix('Narrow it', [], c.name === 'e' || c.name === 'err' || c.name === 'error'
        ? `} catch (${c.name}) {\n  const message = ${c.name} instanceof Error ? ${c.name}.message : String(${c.name});\n}`
        : `if (typeof value === 'object' && value !== null && 'id' in value) {\n  // value is narrowed here\n}`),
      fix('Validate external data with a schema', ['A validator (zod, valibot, class-validator) returns a typed value.']),
    ],
    references: [NARROWING, handbook('release-notes/typescript-3-0.html', 'TypeScript 3.0: the unknown type')],
    samples: ["src/api.ts(15,17): error TS18046: 'err' is of type 'unknown'.", "src/a.ts(2,1): error TS2571: Object is of type 'unknown'."],
  },
  {
    id: 'typescript.ts2551-did-you-mean',
    language: 'typescript',
    match: tsc('2551', `Property ${NAME('prop')} does not exist on type '(?<type>[^\\n]{1,300}?)'\\. Did you mean ${NAME('suggestion')}\\?`, true),
    errorType: (c) => code(c, '2551'),
    category: 'name',
    priority: 40,
    summary: (c) => (c.suggestion ? `'${c.prop}' does not exist; did you mean '${c.suggestion}'?` : 'A property name is misspelt.'),
    explanation: (c) => `The type${c.type ? ` '${c.type}'` : ''} has no property ${c.prop ? `'${c.prop}'` : 'of that name'}, but has a similar one${c.suggestion ? `, '${c.suggestion}'` : ''}. Most likely a typo or a casing difference.`,
    causes: ['A typo or different capitalisation', 'An API renamed the property'],
    fixes: (c) => [fix('Use the suggested name', [c.suggestion ? `Replace .${c.prop} with .${c.suggestion}${c.type ? ` (the name ${c.type} declares)` : ''}.` : `Use the name ${c.type ?? 'the type'} declares.`])],
    references: [OBJECTS],
    samples: ["src/form.ts(7,9): error TS2551: Property 'lenght' does not exist on type 'string[]'. Did you mean 'length'?"],
  },
  {
    id: 'typescript.ts2305-no-exported-member',
    language: 'typescript',
    match: tsc('2305|2724', `(?:Module )?'"?(?<module>[^'"\\n]{1,200})"?' has no exported member ${NAME('member')}(?!\\. Did you mean to use 'import)`, true),
    errorType: (c) => code(c, '2305'),
    category: 'dependency',
    priority: 40,
    summary: (c) => (c.member ? `'${unquote(c.module)}' does not export '${c.member}'.` : 'An imported name is not exported by the module.'),
    explanation: (c) => `The import asks ${c.module ? `'${unquote(c.module)}'` : 'the module'} for ${c.member ? `'${c.member}'` : 'a name'}, which it does not export: a typo, a default export imported as a named one, or a name that was renamed or removed in the installed version.`,
    causes: ['A default export imported with braces (named import)', 'The name was renamed/removed in a library upgrade', 'A typo or case difference'],
    fixes: (c) => {
      const m = unquote(c.module) || 'express';
      const member = c.member ?? 'Router';
      return [
        fix(`Check what ${m} exports`, [`Look for ${member} in the module's exports (a typo, a rename in the installed version, or a default export).`, `Use the import style ${m} provides.`], `import ${member} from '${m}';      // if it is the default export\nimport { ${member} } from '${m}';  // if it is a named export`),
      ];
    },
    references: [MODULES],
    samples: ["src/index.ts(1,10): error TS2305: Module '\"./utils\"' has no exported member 'formatDate'."],
  },
  {
    id: 'typescript.default-import-interop',
    language: 'typescript',
    match: tsc('1259|1192', `Module '"?(?<module>[^'"\\n]{1,200})"?' (?:can only be default-imported using the '(?<flag>\\w+)' flag|has no default export(?!\\. Did you mean to use 'import \\{))`, true),
    errorType: (c) => code(c, c.flag ? '1259' : '1192'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.module ? `'${unquote(c.module)}' has no default export as TypeScript sees it.` : 'A default import is used for a module without a default export.'),
    explanation: (c) =>
      c.flag
        ? `The module is CommonJS (export =). A default import of it only type-checks with ${c.flag} (and allowSyntheticDefaultImports) enabled, which also makes the emitted code interoperate correctly.`
        : 'The module exports only named members (or uses export =), so import x from … has nothing to bind.',
    causes: ['esModuleInterop is off while importing a CommonJS module with a default import', 'The module has only named exports'],
    fixes: (c) => {
      const m = unquote(c.module) || 'express';
      const local = (m.split('/').filter((p) => p && p !== 'index' && p !== 'node_modules' && p !== '@types').pop() ?? 'mod').replace(/\W+(\w)/g, (_, ch: string) => ch.toUpperCase()).replace(/\W/g, '') || 'mod';
      return [
        fix(`Enable interop in tsconfig to default-import ${m}`, [], '{\n  "compilerOptions": {\n    "esModuleInterop": true\n  }\n}'),
        fix(`Or use a namespace/named import of ${m}`, [], `import * as ${local} from '${m}';`),
      ];
    },
    references: [TSCONFIG, MODULES],
    samples: ["src/app.ts(1,8): error TS1259: Module '\"/app/node_modules/@types/express/index\"' can only be default-imported using the 'esModuleInterop' flag", "src/a.ts(1,8): error TS1192: Module '\"./config\"' has no default export."],
  },
  {
    id: 'typescript.ts2355-must-return',
    language: 'typescript',
    match: tsc('2355', "A function whose declared type is neither '(?:undefined|void)'", true),
    errorType: (c) => code(c, '2355'),
    category: 'type',
    priority: 40,
    summary: 'A function declares a return type but never returns a value.',
    explanation: 'The function is annotated with a return type other than void/any/undefined, yet its body has no return statement with a value. A missing return, or an arrow function with a block body ({ … }) that was meant to return its expression.',
    causes: ['A forgotten return statement', 'An arrow function with braces instead of an expression body'],
    fixes: [fix('Return the value', [], 'const total = (items: Item[]): number => items.reduce((s, i) => s + i.price, 0);')],
    references: [FUNCTIONS],
    samples: ["src/calc.ts(1,26): error TS2355: A function whose declared type is neither 'undefined', 'void', nor 'any' must return a value."],
  },
  {
    id: 'typescript.unused-declaration',
    language: 'typescript',
    match: tsc('6133|6192|6196|6198', `(?:${NAME('name')} is declared but (?:its value is )?never (?:read|used)|All (?:imports|destructured elements) (?:in import declaration )?are unused)`),
    errorType: (c) => code(c, '6133'),
    category: 'build',
    priority: 40,
    summary: (c) => (c.name ? `'${c.name}' is declared but never used.` : 'Unused declarations or imports.'),
    explanation: 'noUnusedLocals/noUnusedParameters turn unused variables, imports and parameters into errors. The code is fine at runtime; the compiler (or the lint step) is configured to reject leftovers.',
    causes: ['Leftover imports or variables after refactoring', 'A parameter required by a signature but not used in the body'],
    fixes: (c) => [
      fix(c.name ? `Remove ${c.name}, or prefix it with _ if it is a parameter` : 'Remove it, or prefix unused parameters with _', c.name ? [`Delete the declaration or import of ${c.name}; a parameter that must stay can be renamed _${c.name}.`] : [], 'app.use((_req, res) => res.send("ok"));'),
      fix('Relax the rule for development builds if preferred', [], '"noUnusedLocals": false'),
    ],
    references: [TSCONFIG],
    samples: ["src/index.ts(2,1): error TS6133: 'path' is declared but its value is never read."],
  },
  {
    id: 'typescript.ts2352-conversion',
    language: 'typescript',
    match: tsc('2352', `Conversion of type '(?<source>[^\\n]{1,300}?)' to type '(?<target>[^\\n]{1,300}?)' may be a mistake`, true),
    errorType: (c) => code(c, '2352'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.source ? `Asserting '${c.source}' as '${c.target}' looks like a mistake to TypeScript.` : 'A type assertion between unrelated types.'),
    explanation: 'A type assertion (x as T) is only allowed when one type is assignable to the other. These types do not overlap enough, so the assertion would almost certainly be wrong at runtime.',
    causes: ['Asserting between unrelated types instead of converting the value', 'A wrong assumption about what a function returns'],
    fixes: (c) => [
      fix(c.target ? `Convert the value to ${c.target} instead of asserting` : 'Convert the value instead of asserting', c.source ? [`An assertion does not change a ${c.source} at runtime; convert it into a ${c.target} value.`] : [], c.target === 'number' ? 'const n = Number(text); // not: text as unknown as number' : c.target === 'string' ? 'const s = String(value);' : 'const n = Number(text); // not: text as unknown as number'),
      fix('If you are certain, go through unknown', [`x as unknown as ${c.target ?? 'T'} silences the check; validate the data instead where possible.`]),
    ],
    references: [handbook('2/everyday-types.html', 'Type assertions')],
    samples: ["src/a.ts(4,11): error TS2352: Conversion of type 'string' to type 'number' may be a mistake because neither type sufficiently overlaps with the other. If this was intentional, convert the expression to 'unknown' first."],
  },
  {
    id: 'typescript.top-level-await',
    language: 'typescript',
    match: tsc('1378|1375', "(?:Top-level 'await' expressions are only allowed when|(?<where>'await' expressions are only allowed at the top level of a file when))", true),
    errorType: (c) => code(c, c.where ? '1375' : '1378'),
    category: 'configuration',
    priority: 40,
    summary: 'Top-level await needs an ES module target configuration.',
    explanation: 'await outside functions is only valid in ES modules compiled for ES2022+/ESNext. The tsconfig module/target settings (or the file not being a module: no import/export) do not allow it.',
    causes: ['"module" is commonjs (or older than es2022/esnext/node16/nodenext)', '"target" is below es2017', 'The file has no import/export, so it is not a module'],
    fixes: [
      fix('Compile as a modern ES module', [], '{\n  "compilerOptions": {\n    "module": "nodenext",\n    "target": "es2022"\n  }\n}'),
      fix('Or wrap the code in an async function', [], 'async function main() {\n  await start();\n}\nmain();'),
    ],
    references: [handbook('release-notes/typescript-3-8.html', 'TypeScript 3.8: top-level await'), TSCONFIG],
    samples: ["src/index.ts(5,1): error TS1378: Top-level 'await' expressions are only allowed when the 'module' option is set to 'es2022', 'esnext', 'system', 'node16', 'nodenext', or 'preserve', and the 'target' option is set to 'es2017' or higher."],
  },
  {
    id: 'typescript.ts2688-type-definition',
    language: 'typescript',
    match: tsc('2688', `Cannot find type definition file for ${NAME('name')}`, true),
    errorType: (c) => code(c, '2688'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.name ? `The type definitions '${c.name}' are listed but not installed.` : 'A type definition package is missing.'),
    explanation: (c) => `tsconfig "types" (or a /// <reference types> directive, or an implicit @types folder) names ${c.name ? `'${c.name}'` : 'a package'}, but no @types/${c.name ?? '…'} package or typeRoots entry provides it.`,
    causes: ['The @types package is listed in tsconfig "types" but not installed', 'A stray folder inside node_modules/@types (e.g. after a failed install)'],
    fixes: (c) => [fix('Install it or remove it from "types"', [], `npm install --save-dev @types/${c.name ?? 'node'}`)],
    references: [TSCONFIG, handbook('triple-slash-directives.html', 'Triple-Slash Directives')],
    samples: ["error TS2688: Cannot find type definition file for 'jest'.\n  The file is in the program because:\n    Entry point of type library 'jest' specified in compilerOptions"],
  },
  {
    id: 'typescript.compiler-option',
    language: 'typescript',
    match: tsc('5023|5024|5025|5069|5070|5095', `(?:Unknown compiler option ${NAME('option')}|Compiler option ${NAME('option2')} requires a value of type (?<type>\\w+))?`),
    errorType: (c) => code(c, '5023'),
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.option ?? c.option2 ? `The compiler option '${c.option ?? c.option2}' is invalid.` : 'tsconfig.json contains an invalid compiler option.'),
    explanation: (c) =>
      c.option2
        ? `'${c.option2}' must be a ${c.type ?? 'different type'} in tsconfig.json.`
        : 'tsconfig.json has an option the installed TypeScript does not know (a typo, an option from a newer/older version, or an option placed outside "compilerOptions"), or a combination of options that requires another one.',
    causes: ['A typo in the option name', 'An option from another TypeScript version', 'An option in the wrong section of tsconfig.json'],
    fixes: (c) => [
      fix(c.option ?? c.option2 ? `Check ${c.option ?? c.option2} against your TypeScript version` : 'Check the option against your TypeScript version', c.option2 && c.type ? [`${c.option2} takes a value of type ${c.type}.`] : [], 'npx tsc --version\nnpx tsc --showConfig'),
    ],
    references: [TSCONFIG],
    samples: ["tsconfig.json(4,5): error TS5023: Unknown compiler option 'strictNullCheck'."],
  },
  {
    id: 'typescript.ts1308-await-non-async',
    language: 'typescript',
    match: tsc('1308', "'await' expressions are only allowed within async functions", true),
    errorType: (c) => code(c, '1308'),
    category: 'syntax',
    priority: 40,
    summary: 'await is used inside a function that is not async.',
    explanation: 'await can only appear in async functions (or module top level). The enclosing function, often a callback passed to forEach/map or an event handler, is not marked async.',
    causes: ['A callback without async', 'A method or function missing the async keyword'],
    fixes: [fix('Mark the function async (and use for…of for sequential awaits)', [], 'for (const file of files) {\n  await upload(file);\n}')],
    references: [handbook('release-notes/typescript-3-8.html', 'TypeScript 3.8: top-level await')],
    samples: ["src/jobs.ts(12,17): error TS1308: 'await' expressions are only allowed within async functions and at the top levels of modules."],
  },
  {
    id: 'typescript.ts2353-excess-property',
    language: 'typescript',
    match: tsc('2353', `Object literal may only specify known properties, and ${NAME('prop')} does not exist in type ${TYPE('type')}`, true),
    errorType: (c) => code(c, '2353'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.prop ? `'${c.prop}' is not a property of '${c.type}'.` : 'An object literal has a property its type does not declare.'),
    explanation: 'Object literals are checked for excess properties: a property the target type does not know is most often a typo or a field that belongs elsewhere.',
    causes: ['A typo in a property name', 'A field not declared in the interface yet', 'A wrong options object for a library call'],
    fixes: (c) => [fix(`Fix the name, or add ${c.prop ?? 'the property'} to ${c.type ?? 'the type'}`, [`Check the spelling against the properties ${c.type ?? 'the type'} declares.`], `interface ${/^[A-Z]\w*$/.test(c.type ?? '') ? c.type : 'Options'} {\n  ${c.prop ?? 'retries'}?: number;\n}`)],
    references: [OBJECTS],
    samples: ["src/client.ts(6,3): error TS2353: Object literal may only specify known properties, and 'timout' does not exist in type 'RequestInit'."],
  },
  {
    id: 'typescript.ts7053-index-signature',
    language: 'typescript',
    match: tsc('7053', `Element implicitly has an 'any' type because expression of type '(?<key>[^\\n]{1,200}?)' can't be used to index type ${TYPE('type')}`, true),
    errorType: (c) => code(c, '7053'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.type ? `'${c.type}' cannot be indexed with an arbitrary ${c.key ?? 'key'}.` : 'An object is indexed with a key its type does not allow.'),
    explanation: (c) => `obj[key] with a key of type ${c.key ? `'${c.key}'` : 'string'} is only allowed if the object type has an index signature or the key is one of its known property names. TypeScript cannot know that this key exists on the object.`,
    causes: ['Indexing a typed object with a general string key', 'A lookup table declared without an index type'],
    fixes: (c) => [
      fix('Type the key as keyof the object', [`The object's type is ${c.type ?? 'fixed'}; a ${c.key ?? 'string'} key must be narrowed to one of its keys.`], 'const key = input as keyof typeof labels;\nlabels[key];'),
      fix('Declare the table as a Record', [], `const labels: Record<${c.key === 'string' || c.key === 'number' ? c.key : 'string'}, string> = { a: "A" }; // instead of ${c.type ?? 'a fixed object type'}`),
    ],
    references: [handbook('2/keyof-types.html', 'Keyof Type Operator'), handbook('2/indexed-access-types.html', 'Indexed Access Types')],
    samples: ["src/i18n.ts(9,10): error TS7053: Element implicitly has an 'any' type because expression of type 'string' can't be used to index type '{ en: string; de: string; }'."],
  },
  {
    id: 'typescript.ts2454-used-before-assigned',
    language: 'typescript',
    match: tsc('2454', `Variable ${NAME('name')} is used before being assigned`, true),
    errorType: (c) => code(c, '2454'),
    category: 'name',
    priority: 40,
    summary: (c) => (c.name ? `'${c.name}' may be read before it gets a value.` : 'A variable may be read before assignment.'),
    explanation: 'The variable is declared without an initial value and some code path reads it before any assignment (for example when it is only assigned inside an if or a try block).',
    causes: ['Assigned only in some branches or inside try', 'Declared with let and no initialiser'],
    fixes: (c) => [fix('Initialise it, or assign on every path', [], `let ${c.name ?? 'result'}: string | undefined = undefined;`)],
    references: [NARROWING],
    samples: ["src/load.ts(10,15): error TS2454: Variable 'config' is used before being assigned."],
  },
  {
    id: 'typescript.missing-global-types',
    language: 'typescript',
    match: tsc('2580|2591|2582|2593|2584', `Cannot find name ${NAME('name')}\\. Do you need to (?:install type definitions for (?<target>[^?\\n]{1,60})\\?(?<typesField>[^\\n]{0,120}?types field)?|change your target library)`, true),
    errorType: (c) => code(c, !c.target ? '2584' : /test runner/.test(c.target) ? (c.typesField ? '2593' : '2582') : c.typesField ? '2591' : '2580'),
    category: 'configuration',
    priority: 41,
    summary: (c) => (c.name ? `The global '${c.name}' has no type definitions loaded.` : 'A global has no type definitions loaded.'),
    explanation: (c) =>
      c.target
        ? `'${c.name}' exists at runtime (${c.target}), but TypeScript only knows it through a type definition package, which is not installed or not included by tsconfig "types".`
        : `'${c.name}' is a browser (DOM) global, and the tsconfig "lib" setting does not include "dom".`,
    causes: ['@types/node or @types/jest (or the runner\'s types) not installed', 'tsconfig "types" lists packages but not this one', '"lib" lacks "dom" for browser globals'],
    fixes: (c) => {
      const target = c.target ?? '';
      const name = c.name ?? 'the global';
      if (/test runner/.test(target)) return [fix(`Install the types of ${target} that declares ${name}`, ['Jest: @types/jest; Mocha: @types/mocha; Vitest: add "vitest/globals" to "types".'], 'npm install --save-dev @types/jest   # or: add "vitest/globals" to "types"')];
      if (!c.target) return [fix(`Add the DOM library that declares ${name}`, [], '"lib": ["ES2022", "DOM"]')];
      return [fix(`Install the ${target} types that declare ${name}`, [], `npm install --save-dev @types/${/^node\b/.test(target) ? 'node' : target.split(/\s/)[0]}\n# tsconfig: "types": ["${/^node\b/.test(target) ? 'node' : target.split(/\s/)[0]}"]`)];
    },
    references: [TSCONFIG],
    samples: [
      "src/index.ts(1,17): error TS2580: Cannot find name 'require'. Do you need to install type definitions for node? Try `npm i --save-dev @types/node`.",
      "test/app.spec.ts(3,1): error TS2582: Cannot find name 'describe'. Do you need to install type definitions for a test runner? Try `npm i --save-dev @types/jest` or `npm i --save-dev @types/mocha`.",
    ],
  },
  {
    id: 'typescript.ts18003-no-inputs',
    language: 'typescript',
    match: tsc('18003', 'No inputs were found in config file'),
    errorType: (c) => code(c, '18003'),
    category: 'configuration',
    priority: 40,
    summary: 'tsconfig.json matches no source files.',
    explanation: 'The "include"/"files" patterns of the config select no .ts files (wrong folder, patterns relative to another directory, or everything excluded), so there is nothing to compile.',
    causes: ['"include" points to a folder that does not exist or has no .ts files', 'tsc run from another directory with -p pointing at the wrong config'],
    fixes: [fix('Point include at your sources', [], '{\n  "include": ["src/**/*.ts"]\n}')],
    references: [TSCONFIG],
    samples: ["error TS18003: No inputs were found in config file '/app/tsconfig.json'. Specified 'include' paths were '[\"src/**/*\"]' and 'exclude' paths were '[\"node_modules\"]'."],
  },
  {
    id: 'typescript.ts2349-not-callable',
    language: 'typescript',
    match: tsc('2349', 'This expression is not callable', true),
    errorType: (c) => code(c, '2349'),
    category: 'type',
    priority: 40,
    summary: 'Something that is not a function is called.',
    explanation: 'The expression being called has a type with no call signature: a value instead of a function, a module namespace instead of its default export, or a union in which some members are not callable.',
    causes: ['Calling a namespace import (import * as x) that is not a function', 'A property that is a value, not a method', 'A union type where not every member is callable'],
    fixes: [fix('Import or access the function itself', [], "import express from 'express'; // with esModuleInterop\nconst app = express();")],
    references: [FUNCTIONS, MODULES],
    samples: ["src/app.ts(3,13): error TS2349: This expression is not callable.\n  Type 'typeof import(\"express\")' has no call signatures."],
  },
  {
    id: 'typescript.ts2786-jsx-component',
    language: 'typescript',
    match: tsc('2786', `${NAME('name')} cannot be used as a JSX component`, true),
    errorType: (c) => code(c, '2786'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.name ? `'${c.name}' is not accepted as a JSX component.` : 'A component is not accepted as a JSX component.'),
    explanation: (c) =>
      `JSX only accepts components whose return type is a valid JSX element (ReactNode in recent React types).${c.name ? ` '${c.name}'` : ' The component'} returns something else: an async Server Component (Promise<Element>) checked against older @types/react, a function returning undefined, or two copies of @types/react whose element types differ.`,
    causes: [
      'An async component (returns a Promise) with @types/react older than 18.3 / TypeScript older than 5.1',
      'Two versions of @types/react installed (a library brings its own)',
      'The component returns undefined or another non-element value',
    ],
    fixes: (c) => {
      const name = c.name ?? 'MyComponent';
      return [
        fix(`Update the React types used to check ${name}`, ['Async Server Components need @types/react 18.3+ and TypeScript 5.1+.'], 'npm install --save-dev @types/react@latest @types/react-dom@latest typescript@latest'),
        fix('Make sure only one @types/react is installed', ['If a library pulls its own copy, pin one version with "overrides" (npm) or "resolutions" (yarn).'], 'npm ls @types/react'),
        fix(`Return an element (or null) from ${name}`, [], `function ${/^[A-Z]\w*$/.test(name) ? name : 'MyComponent'}() {\n  return <div />; // never undefined\n}`),
      ];
    },
    references: [{ title: 'TypeScript handbook: JSX', url: 'https://www.typescriptlang.org/docs/handbook/jsx.html' }],
    samples: [
      "src/App.tsx(12,8): error TS2786: 'Header' cannot be used as a JSX component.\n  Its return type 'Element | undefined' is not a valid JSX element.",
      "./app/(ee)/settings/layout.tsx:9:11\nType error: 'SettingsLayout' cannot be used as a JSX component.",
    ],
  },
  {
    id: 'typescript.ts2552-did-you-mean-name',
    language: 'typescript',
    match: tsc('2552', `Cannot find name ${NAME('name')}\\. Did you mean ${NAME('suggestion')}\\?`, true),
    errorType: (c) => code(c, '2552'),
    category: 'name',
    priority: 40,
    summary: (c) => (c.name ? `'${c.name}' is not declared; did you mean '${c.suggestion}'?` : 'A name is not declared, and a similar one exists.'),
    explanation: (c) => `No variable, import or type named ${c.name ? `'${c.name}'` : 'like this'} is visible here, but ${c.suggestion ? `'${c.suggestion}'` : 'a similar name'} is: most likely a typo, a casing difference or a missing import.`,
    causes: ['A typo or different capitalisation', 'A missing import of the intended name'],
    fixes: (c) => [
      fix(c.name ? `Replace ${c.name} with ${c.suggestion ?? 'the declared name'}` : 'Use the declared name', [c.name ? `If ${c.name} is really meant, import or declare ${c.name} instead.` : 'Or import the name you meant.']),
    ],
    references: [MODULES],
    samples: ["src/index.ts(4,3): error TS2552: Cannot find name 'consol'. Did you mean 'console'?"],
  },
  {
    id: 'typescript.ts2344-constraint',
    language: 'typescript',
    match: tsc('2344', `Type ${TYPE('source')} does not satisfy the constraint ${TYPE('target')}`, true),
    errorType: (c) => code(c, '2344'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.source ? `'${c.source}' does not satisfy the constraint '${c.target}'.` : 'A type argument does not satisfy its constraint.'),
    explanation: 'A generic type parameter is declared with a constraint (T extends X) and the type given for it is not assignable to X. In Next.js builds this also reports page or route props that do not match the types the framework expects (for example params being a Promise since Next.js 15).',
    causes: ['The type argument lacks properties the constraint requires', 'A framework-generated type check (Next.js page/route props) does not match the exported component or handler'],
    fixes: (c) => [
      fix('Make the type argument fit the constraint', [c.target ? `Compare '${c.source}' with '${c.target}' and add or correct the properties that differ.` : 'Compare the type argument with the constraint.']),
      fix('Next.js 15: params and searchParams are Promises', [], "export default async function Page({ params }: { params: Promise<{ slug: string }> }) {\n  const { slug } = await params;\n}"),
    ],
    references: [handbook('2/generics.html', 'Generics')],
    samples: ["src/store.ts(8,20): error TS2344: Type 'User' does not satisfy the constraint 'Record<string, string>'."],
  },
  {
    id: 'typescript.ts2367-no-overlap',
    language: 'typescript',
    match: tsc('2367', `This (?:comparison|condition) (?:appears to be unintentional|will always return '(?:true|false)') because the types ${TYPE('left')} and ${TYPE('right')} have no overlap`, true),
    errorType: (c) => code(c, '2367'),
    category: 'type',
    priority: 40,
    summary: (c) => (c.left ? `'${c.left}' and '${c.right}' can never be equal.` : 'A comparison between types that never overlap.'),
    explanation: 'TypeScript knows both sides of this === or !== comparison and they have no value in common, so the result is always the same: usually a typo in a string literal, a value already narrowed away by an earlier check, or a number compared with a string.',
    causes: ['A string literal that is not one of the union members', 'An earlier check already excluded this case', 'Comparing a number with a string (e.g. an id from a URL)'],
    fixes: (c) => [fix('Compare values of the same type', [c.left ? `Check the literal against the members of '${c.left}', or convert one side.` : 'Convert one side or fix the literal.'], 'if (Number(req.params.id) === user.id) { /* ... */ }')],
    references: [NARROWING],
    samples: ["src/a.ts(3,5): error TS2367: This comparison appears to be unintentional because the types '\"open\" | \"closed\"' and '\"opened\"' have no overlap."],
  },
  {
    id: 'typescript.ts2451-redeclare',
    language: 'typescript',
    match: tsc('2451|2300|2393', `(?:Cannot redeclare block-scoped variable|Duplicate identifier|Duplicate function implementation)(?: ${NAME('name')})?`),
    errorType: (c) => code(c, '2451'),
    category: 'name',
    priority: 40,
    summary: (c) => (c.name ? `'${c.name}' is declared twice in the same scope.` : 'A name is declared twice in the same scope.'),
    explanation: 'Two declarations of the same name meet in one scope. Often two script files (no import/export) share the global scope, or two versions of a type package (@types/…) both declare the same globals.',
    causes: ['Files without import/export are global scripts and share one scope', 'Duplicate @types packages (two versions, or @types for a library that bundles its own types)', 'The same variable declared twice with let/const'],
    fixes: (c) => [
      fix(`Make the files modules${c.name ? ` or rename ${c.name}` : ''}`, ['Add an export (export {};) so each file has its own scope.'], 'export {};'),
      fix('Remove duplicate type packages', ['List them and remove the one that is not needed, or set "skipLibCheck": true.'], 'npm ls @types/node'),
    ],
    references: [MODULES, TSCONFIG],
    samples: ["src/a.ts(1,7): error TS2451: Cannot redeclare block-scoped variable 'app'.", "node_modules/@types/node/globals.d.ts(6,13): error TS2300: Duplicate identifier 'RequestInfo'."],
  },
  {
    // Next.js prints tsc's message without its code ("Type error: …"); these are the other common
    // messages of tsc's catalog (diagnosticMessages.json), each answered with the code it stands for.
    id: 'typescript.bare-diagnostic',
    language: 'typescript',
    match: tsc(BARE_CODES, `(?<message>${BARE.map(([, body]) => `(?:${body})`).join('|')})`, true),
    errorType: (c) => code(c, bareCode(c.message)),
    category: 'type',
    priority: 34,
    summary: (c) => `TypeScript reports ${code(c, bareCode(c.message))}${c.message ? `: ${c.message}` : '.'}`,
    explanation: (c) =>
      `The type checker rejected the code with ${code(c, bareCode(c.message))}${c.message ? ` ("${c.message}")` : ''}. Next.js and other build tools run tsc and print its message without the code; fix this first error and build again, since later ones often follow from it.`,
    causes: ['The code does not match the declared types, or uses a name, module or syntax the compiler options do not allow'],
    fixes: (c) => [
      fix(`Fix ${code(c, bareCode(c.message))} at the line shown`, [`Open the file and line printed above the message and read it together with the types it names.`, 'Run the compiler alone to see every error with its code.'], 'npx tsc --noEmit --pretty'),
    ],
    references: [handbook('2/understanding-errors.html', 'Understanding Errors'), TSCONFIG],
    samples: [
      "./src/app/page.tsx:8:7\nType error: Cannot assign to 'current' because it is a read-only property.",
      "Failed to compile.\n\n./src/lib/db.ts:3:10\nType error: Module '\"./client\"' has no exported member 'db'. Did you mean to use 'import db from \"./client\"' instead?",
    ],
  },
  {
    // Any other diagnostic: the code is still the right name, and tsc's message says what to do.
    id: 'typescript.diagnostic',
    language: 'typescript',
    match: tsc('\\d{4,5}', '(?<message>[^\\n]{1,300})'),
    errorType: (c) => code(c, '0000'),
    category: 'type',
    priority: 35,
    summary: (c) => `TypeScript reports ${code(c, '0000')}${c.message ? `: ${c.message}` : '.'}`,
    explanation: (c) =>
      `The compiler rejected the code with ${code(c, '0000')}. The message names the types or names involved; later errors in the same build often follow from this first one, so fix it first and compile again.`,
    causes: ['The code does not match a declared type, name or module', 'A compiler option or a dependency version the code was not written for'],
    fixes: (c) => [
      fix(`Look up ${code(c, '0000')}`, ['Read the message together with the line it points at; the TypeScript docs and issue tracker explain each code.', 'Fix this first error and compile again before looking at the others.'], 'npx tsc --noEmit --pretty'),
      fix('Check the TypeScript and type-package versions', ['A mismatch between typescript, @types/* and a library often produces errors in code that did not change.'], 'npx tsc --version\nnpm ls typescript @types/node'),
    ],
    references: [handbook('2/understanding-errors.html', 'Understanding Errors'), TSCONFIG],
    samples: ["src/app.ts(3,1): error TS1128: Declaration or statement expected.", "node_modules/@types/lodash/common/object.d.ts(1026,46): error TS1109: Expression expected."],
  },
];
