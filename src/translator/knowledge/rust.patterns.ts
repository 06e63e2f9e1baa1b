import type { Reference } from '../translation';
import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/*
 * Rust / Cargo knowledge. Priorities used in this file:
 *   40  cargo resolver/manifest errors (as the cargo patterns in packages.patterns.ts)
 *   20  runtime panics with an exact message, tool failures with one cause
 *   15  linker failures
 *   10  a compiler error code (error[Exxxx])
 *  -10  any error[Exxxx] / any "thread 'x' panicked at"
 *  -15  only rustc's "try `rustc --explain Exxxx`" line
 *  -20  "could not compile" (the real error is printed above it; its code wins when shown)
 *
 * Panics other than unwrap on None/Err, index out of bounds, arithmetic overflow and stack
 * overflow are labelled "panic": the summary still says which one. A database error inside a
 * panic's message is still the panic's (the program raised it): these patterns answer it.
 *
 * Regexes are bounded and anchored on literals; [^\n] is always followed by a bare \n.
 */

const code = (e: string): Reference => ref(`Rust error code ${e}`, `https://doc.rust-lang.org/error_codes/${e}.html`);

function rx(...parts: string[]): RegExp {
  return new RegExp(parts.join(''), 'm');
}

/*
 * Headers are matched as `rror[E0382]` (without the leading "e") on purpose: pasted output often
 * loses the first character of the first line, and "error[E..." still contains the match.
 */

/** Optional `--> src/main.rs:4:20` line after an error header. Captures `file`, `line`, `col`. */
const LOC = String.raw`(?:[^\n]{0,500}\n {0,12}--> (?<file>[^\n]{1,400}?):(?<line>\d{1,7}):(?<col>\d{1,7}))?`;

/**
 * Optional panic header, new (1.73+) `thread 'main' panicked at src/main.rs:4:37:\n` (1.86+ adds
 * the thread id: `thread 'main' (1234) panicked at`) or old `thread 'main' panicked at '`.
 * Captures `thread`, `file`, `line`.
 */
const PANIC_AT = String.raw`(?:thread '(?<thread>[^'\n]{1,200})'(?: \(\d{1,12}\))? panicked at (?:(?<file>[^\n']{1,400}?):(?<line>\d{1,7}):(?<col>\d{1,7}):\n|'))?`;
/** Optional old-format location after the message: `', src/main.rs:4:37` (very old: no column). */
const OLD_LOC = String.raw`(?:', (?<oldFile>[^\s']{1,400}?):(?<oldLine>\d{1,7})(?::\d{1,7})?)?`;

function at(c: Captures): string {
  const file = c.file ?? c.oldFile;
  const line = c.line ?? c.oldLine;
  return file ? ` (${file}:${line})` : '';
}
/** The linker rustc could not run, in either wording. */
function linkerOf(c: Captures): string {
  return c.linker ?? c.execLinker ?? 'cc';
}
function inThread(c: Captures): string {
  return c.thread ? ` in thread '${c.thread}'` : '';
}

const BOOK_OWNERSHIP = ref('The Rust Book: What Is Ownership?', 'https://doc.rust-lang.org/book/ch04-01-what-is-ownership.html');
const BOOK_BORROWING = ref('The Rust Book: References and Borrowing', 'https://doc.rust-lang.org/book/ch04-02-references-and-borrowing.html');
const BOOK_LIFETIMES = ref('The Rust Book: Validating References with Lifetimes', 'https://doc.rust-lang.org/book/ch10-03-lifetime-syntax.html');
const BOOK_PATHS = ref('The Rust Book: Bringing Paths into Scope with the use Keyword', 'https://doc.rust-lang.org/book/ch07-04-bringing-paths-into-scope-with-the-use-keyword.html');
const BACKTRACE_FIX = fix('Get a backtrace', ['Re-run with RUST_BACKTRACE=1 to see the call chain that led to the panic.'], 'RUST_BACKTRACE=1 cargo run');

export const RUST_PATTERNS: readonly ErrorPattern[] = [
  // ---------------------------------------------------------------- ownership and borrowing
  {
    id: 'rust.e0382',
    language: 'rust',
    match: rx(
      String.raw`rror\[E0382\]: (?<action>borrow|use|assign to part) of (?:partially )?moved value: ` + '`(?<name>[^`\\n]{1,200})`',
      LOC,
      String.raw`(?:[\s\S]{0,1500}?move occurs because ` + '`[^`\\n]{1,200}` has type `(?<type>[^`\\n]{1,200})`)?',
    ),
    errorType: 'E0382',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' is used after its value was moved${at(c)}.`,
    explanation: (c) =>
      `In Rust each value has one owner. Passing '${c.name}' by value to a function, assigning it to another variable or moving it into a closure/thread transfers ownership, and the old variable can no longer be used.${c.type ? ` Its type ${c.type} does not implement Copy, so it is moved rather than copied.` : ''} The error points at the later ${c.action} after the move.`,
    causes: ['Passing a value (String, Vec, struct) by value to a function and using it afterwards', 'Using a value after moving it into a closure or thread (move || ...)', 'Iterating with for x in vec (consumes vec) and using vec later', 'Calling a method that takes self instead of &self'],
    fixes: (c) => [
      fix('Borrow instead of moving', ['Pass a reference (&value) if the callee only needs to read it; change the parameter to &T / &str.'], `fn print_all(items: &Vec<String>) { /* ... */ }\nprint_all(&${c.name});\nprintln!("{:?}", ${c.name});`),
      fix('Clone when you really need two owners', [`Call .clone() to give the callee its own copy${c.type ? ` of the ${c.type}` : ''} (costs an allocation).`], `consume(${c.name}.clone());`),
      fix('Iterate by reference', ["Use for x in &items or items.iter() so the collection is not consumed."]),
    ],
    references: [code('E0382'), BOOK_OWNERSHIP],
    samples: [
      'error[E0382]: borrow of moved value: `v`\n --> src/main.rs:5:22\n  |\n2 |     let v = vec![1, 2, 3];\n  |         - move occurs because `v` has type `Vec<i32>`, which does not implement the `Copy` trait\n3 |     let w = v;\n  |             - value moved here\n4 |\n5 |     println!("{:?}", v);\n  |                      ^ value borrowed here after move',
      'error[E0382]: use of moved value: `config`',
      'rror[E0382]: use of moved value: `node`\n  --> src/first.rs:36:22\n   |\n35 |                 self.head = node.next;\n   |                             --------- value moved here',
    ],
  },
  {
    id: 'rust.e0499',
    language: 'rust',
    match: rx(String.raw`rror\[E0499\]: cannot borrow ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` as mutable more than once at a time`, LOC),
    errorType: 'E0499',
    category: 'concurrency',
    priority: 10,
    summary: (c) => `'${c.name}' is mutably borrowed twice at the same time${at(c)}.`,
    explanation: (c) => `Rust allows only one &mut reference to a value while that reference is in use. A first mutable borrow of '${c.name}' is still alive (used later) when a second one is created. This rule prevents data races and iterator invalidation.`,
    causes: ['Keeping a &mut from one call (e.g. get_mut, last_mut) while calling another &mut self method', 'Two mutable references into the same Vec/HashMap', 'Mutating a collection inside a loop that iterates it mutably'],
    fixes: (c) => [
      fix('Shorten the first borrow', [`Finish using the first &mut ${c.name} before creating the second (introduce a block or reorder statements).`]),
      fix('Split the borrow or use indices', ['Use split_at_mut, iterate by index, or collect changes and apply them after the loop.'], 'let (left, right) = v.split_at_mut(mid);\nleft[0] += right[0];'),
    ],
    references: [code('E0499'), BOOK_BORROWING],
    samples: ['error[E0499]: cannot borrow `list` as mutable more than once at a time\n  --> src/lib.rs:12:17\n   |\n11 |     let first = &mut list;\n   |                 --------- first mutable borrow occurs here\n12 |     let second = &mut list;\n   |                  ^^^^^^^^^ second mutable borrow occurs here'],
  },
  {
    id: 'rust.e0502',
    language: 'rust',
    match: rx(String.raw`rror\[E0502\]: cannot borrow ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` as (?<second>mutable|immutable) because it is also borrowed as (?<first>mutable|immutable)`, LOC),
    errorType: 'E0502',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' is borrowed as ${c.second} while ${c.first === 'immutable' ? 'an' : 'a'} ${c.first} borrow is still in use${at(c)}.`,
    explanation: (c) => `You cannot have a ${c.first} reference to '${c.name}' alive while taking a ${c.second} one. Typical case: holding a reference into a Vec (v[0], v.iter(), v.first()) and then calling v.push() - pushing may reallocate and leave the reference dangling.`,
    causes: ['Holding a reference into a collection while modifying the collection', 'Calling a &mut self method with an argument borrowed from self', 'Iterating a collection and mutating it inside the loop'],
    fixes: (c) => [
      fix('End the first borrow before mutating', [`Copy/clone the value you need out of ${c.name}, then take the ${c.second} borrow.`], 'let first = v[0];      // copy (for Copy types) or v[0].clone()\nv.push(first);'),
      fix('Collect first, then mutate', ['Compute what to change in one pass and apply it after the loop.']),
    ],
    references: [code('E0502'), BOOK_BORROWING],
    samples: ['error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable\n --> src/main.rs:4:5\n  |\n3 |     let first = &v[0];\n  |                  - immutable borrow occurs here\n4 |     v.push(6);\n  |     ^^^^^^^^^ mutable borrow occurs here'],
  },
  {
    id: 'rust.e0505',
    language: 'rust',
    match: rx(String.raw`rror\[E0505\]: cannot move out of ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` because it is borrowed`, LOC),
    errorType: 'E0505',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' is moved while a reference to it is still in use${at(c)}.`,
    explanation: (c) => `A reference to '${c.name}' is still used later in the code, but '${c.name}' is moved (passed by value, returned, or sent to a thread) before that. Moving would leave the reference pointing to a value that no longer lives there.`,
    causes: ['Passing a value by value while a borrow of it is used afterwards', 'Moving a value into a thread/closure while a reference exists'],
    fixes: (c) => [fix('Use the reference before moving, or clone', [`Reorder so the last use of the reference to ${c.name} comes before ${c.name} is moved.`, `Or move ${c.name}.clone(), or make the callee take a reference.`])],
    references: [code('E0505'), BOOK_BORROWING],
    samples: ['error[E0505]: cannot move out of `data` because it is borrowed\n  --> src/main.rs:9:10'],
  },
  {
    id: 'rust.e0506',
    language: 'rust',
    match: rx(String.raw`rror\[E0506\]: cannot assign to ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` because it is borrowed`, LOC),
    errorType: 'E0506',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' is assigned while it is borrowed${at(c)}.`,
    explanation: (c) => `A reference to '${c.name}' is still in use after this assignment. Overwriting the value would change (or drop) what the reference points to, which Rust forbids.`,
    causes: ['Assigning to a variable while a reference from it is used later', 'Updating a struct field while holding a reference into it'],
    fixes: (c) => [fix('Finish using the reference first', [`Move the assignment to ${c.name} after the last use of the borrow, or copy the borrowed value out before assigning.`])],
    references: [code('E0506'), BOOK_BORROWING],
    samples: ['error[E0506]: cannot assign to `count` because it is borrowed\n --> src/main.rs:6:5'],
  },
  {
    id: 'rust.e0507',
    language: 'rust',
    match: rx(String.raw`rror\[E0507\]: cannot move out of (?<what>[^\n]{1,300}?) which is behind a (?<kind>shared|mutable) reference`, LOC),
    errorType: 'E0507',
    category: 'type',
    priority: 10,
    summary: (c) => `Cannot take ownership of ${c.what} through a ${c.kind} reference${at(c)}.`,
    explanation: (c) => `${c.what} is only borrowed (behind a ${c.kind} reference), so it cannot be moved out - that would leave the owner with a hole. Typical cases: returning self.field from a &self method, or matching on a borrowed Option<String> by value.`,
    causes: ['Returning a non-Copy field from a &self method', 'Pattern-matching a borrowed enum/Option by value', 'Calling a method that takes self on a value behind a reference'],
    fixes: [
      fix('Borrow, clone or take', ['Return a reference (&self.field / as_ref()), clone it, or use std::mem::take / Option::take to move out and leave a default.'], 'fn name(&self) -> &str { &self.name }\n\nlet value = self.cache.take(); // Option: leaves None behind'),
    ],
    references: [code('E0507'), ref('std::mem::take', 'https://doc.rust-lang.org/std/mem/fn.take.html')],
    samples: ['error[E0507]: cannot move out of `self.name` which is behind a shared reference\n  --> src/user.rs:14:9'],
  },
  {
    id: 'rust.e0597',
    language: 'rust',
    match: rx(String.raw`rror\[E0597\]: ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` does not live long enough`, LOC),
    errorType: 'E0597',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' is dropped while a reference to it is still needed${at(c)}.`,
    explanation: (c) => `A reference to '${c.name}' outlives '${c.name}' itself: the value is dropped at the end of its scope (the closing brace), but the reference is stored somewhere that lives longer (an outer variable, a struct, a returned value, a spawned thread).`,
    causes: ['Storing a reference to a local in a variable declared in an outer scope', 'Returning or pushing references to locals', 'Passing references to a thread::spawn closure (needs \'static)'],
    fixes: (c) => [fix('Own the data instead of borrowing it', [`Store/return ${c.name} itself (String instead of &str, Vec<T> instead of &[T]), or declare ${c.name} in the outer scope so it lives long enough.`], 'fn make() -> String {\n    let s = String::from("hi");\n    s // return the owned value, not &s\n}')],
    references: [code('E0597'), BOOK_LIFETIMES],
    samples: ['error[E0597]: `x` does not live long enough\n --> src/main.rs:5:13\n  |\n4 |         let x = 5;\n  |             - binding `x` declared here\n5 |         r = &x;\n  |             ^^ borrowed value does not live long enough'],
  },
  {
    id: 'rust.e0716',
    language: 'rust',
    match: rx(String.raw`rror\[E0716\]: temporary value dropped while borrowed`, LOC),
    errorType: 'E0716',
    category: 'type',
    priority: 10,
    summary: (c) => `A reference points to a temporary value that is dropped at the end of the statement${at(c)}.`,
    explanation: 'Temporaries (e.g. the String returned by a function call, or format!()) live only until the end of the statement. Keeping a reference to it (let s = make_string().as_str();) leaves the reference dangling.',
    causes: ['Calling .as_str()/.as_slice()/.iter() on a temporary and storing the result', 'Borrowing from a value returned by a function in the same let statement'],
    fixes: [fix('Bind the temporary to a variable first', [], 'let owned = make_string();\nlet s = owned.as_str();')],
    references: [code('E0716'), BOOK_LIFETIMES],
    samples: ['error[E0716]: temporary value dropped while borrowed\n --> src/main.rs:3:13'],
  },
  {
    id: 'rust.e0373',
    language: 'rust',
    match: rx(String.raw`rror\[E0373\]: (?:closure|async block) may outlive the current function, but it borrows ` + '`(?<name>[^`\\n]{1,200})`', LOC),
    errorType: 'E0373',
    category: 'concurrency',
    priority: 10,
    summary: (c) => `A closure that may outlive the function borrows '${c.name}'${at(c)}.`,
    explanation: (c) => `The closure (typically passed to thread::spawn or tokio::spawn) can run after the current function returns, but it only borrows '${c.name}', which belongs to the current function. Spawned tasks require 'static data: the closure must own what it uses.`,
    causes: ['thread::spawn / tokio::spawn closure using local variables by reference', 'Returning a closure that captures locals by reference'],
    fixes: (c) => [
      fix("Move ownership into the closure", ["Add the 'move' keyword; clone or wrap shared data in Arc first if it is needed afterwards."], `let ${c.name} = Arc::new(${c.name});\nlet handle = {\n    let ${c.name} = Arc::clone(&${c.name});\n    std::thread::spawn(move || {\n        println!("{:?}", ${c.name});\n    })\n};`),
      fix('Use scoped threads for borrowing', ['std::thread::scope lets threads borrow locals safely.'], 'std::thread::scope(|s| {\n    s.spawn(|| println!("{:?}", data));\n});'),
    ],
    references: [code('E0373'), ref('The Rust Book: Using Threads to Run Code Simultaneously', 'https://doc.rust-lang.org/book/ch16-01-threads.html')],
    samples: ['error[E0373]: closure may outlive the current function, but it borrows `v`, which is owned by the current function\n --> src/main.rs:6:32'],
  },
  {
    id: 'rust.e0106',
    language: 'rust',
    match: rx(String.raw`rror\[E0106\]: missing lifetime specifiers?`, LOC),
    errorType: 'E0106',
    category: 'type',
    priority: 10,
    summary: (c) => `A reference type needs a lifetime annotation${at(c)}.`,
    explanation: 'A struct field or a function return type contains a reference (&T), and Rust cannot infer which input the reference borrows from. Structs holding references always need a lifetime parameter; functions need one when there are several reference inputs (or none).',
    causes: ['Struct field of type &str / &T without a lifetime', 'Function returning &T with two reference parameters', 'Function returning &T with no reference parameters (usually should return an owned value)'],
    fixes: [
      fix('Annotate the lifetime', ['Introduce a lifetime parameter linking the output to the right input.'], "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {\n    if x.len() > y.len() { x } else { y }\n}\n\nstruct Parser<'a> {\n    input: &'a str,\n}"),
      fix('Or own the data', ['Use String / Vec<T> in structs or return owned values to avoid lifetimes entirely.']),
    ],
    references: [code('E0106'), BOOK_LIFETIMES],
    samples: ['error[E0106]: missing lifetime specifier\n --> src/main.rs:1:33\n  |\n1 | fn longest(x: &str, y: &str) -> &str {\n  |               ----     ----     ^ expected named lifetime parameter'],
  },
  {
    id: 'rust.e0384',
    language: 'rust',
    match: rx(String.raw`rror\[E0384\]: cannot assign twice to immutable variable ` + '`(?<name>[^`\\n]{1,200})`', LOC),
    errorType: 'E0384',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' is immutable but is assigned a second time${at(c)}.`,
    explanation: (c) => `Variables are immutable by default in Rust. '${c.name}' was declared with let (without mut) and then assigned again.`,
    causes: ['Missing mut in the declaration', 'Loop variable or function parameter reassigned'],
    fixes: (c) => [fix('Declare it mutable or shadow it', ['Add mut, or create a new binding with let (shadowing).'], `let mut ${c.name} = 0;\n${c.name} += 1;`)],
    references: [code('E0384'), ref('The Rust Book: Variables and Mutability', 'https://doc.rust-lang.org/book/ch03-01-variables-and-mutability.html')],
    samples: ['error[E0384]: cannot assign twice to immutable variable `x`\n --> src/main.rs:4:5'],
  },
  {
    id: 'rust.e0596',
    language: 'rust',
    match: rx(String.raw`rror\[E0596\]: cannot borrow ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` as mutable, as (?<reason>[^\n]{1,200})`),
    errorType: 'E0596',
    category: 'type',
    priority: 10,
    summary: (c) => `'${c.name}' cannot be borrowed mutably: ${c.reason?.replace(/^it /, 'it ')}.`,
    explanation: (c) =>
      /behind a `&` reference|behind a shared reference/.test(c.reason ?? '')
        ? `'${c.name}' is reached through a shared reference (&T / &self), which never allows mutation. The function needs &mut (e.g. &mut self).`
        : `Calling a method that takes &mut self (push, insert, sort, ...) requires the binding to be declared mutable. '${c.name}' was declared without mut.`,
    causes: ['Missing mut on the let binding', 'Method takes &self but needs to modify a field (should be &mut self)', 'Parameter declared as &T instead of &mut T'],
    fixes: (c) => [
      fix('Make the binding or reference mutable', ['Add mut to the declaration, or change &self/&T to &mut self/&mut T.'], `let mut ${c.name} = Vec::new();\n${c.name}.push(1);`),
      fix('Use interior mutability if shared mutation is intended', ['Wrap the field in RefCell (single thread) or Mutex (multi-thread).']),
    ],
    references: [code('E0596'), BOOK_BORROWING],
    samples: ['error[E0596]: cannot borrow `v` as mutable, as it is not declared as mutable\n --> src/main.rs:3:5', 'error[E0596]: cannot borrow `self.items` as mutable, as it is behind a `&` reference'],
  },

  // ---------------------------------------------------------------- types and names
  {
    id: 'rust.e0308',
    language: 'rust',
    match: rx(
      String.raw`rror\[E0308\]: mismatched types`,
      LOC,
      String.raw`(?:[\s\S]{0,1500}?expected (?:[\w ]{0,30}?)?` + '`(?<expected>[^`\\n]{1,200})`, found (?:[\\w ]{0,30}?)?`(?<found>[^`\\n]{1,200})`)?',
    ),
    errorType: 'E0308',
    category: 'type',
    priority: 10,
    summary: (c) => (c.expected ? `Expected ${c.expected} but found ${c.found}${at(c)}.` : `Mismatched types${at(c)}.`),
    explanation: (c) => {
      const e = c.expected ?? '';
      const f = c.found ?? '';
      if (e === 'String' && /^&(?:'static )?str$/.test(f)) return 'A string literal or slice (&str) was used where an owned String is required. Convert with .to_string() or String::from().';
      if (/^&(?:'static )?str$/.test(e) && f === 'String') return 'An owned String was given where &str is expected. Borrow it with &s or s.as_str().';
      if (e === '()' ) return 'The block or function is expected to return () (nothing), but its last expression produces a value - often a missing semicolon, or a function missing its "-> Type" return annotation.';
      if (/^Result<|^Option</.test(e) && !/^Result<|^Option</.test(f)) return `The function returns ${e}, so the value must be wrapped: Ok(value) / Some(value).`;
      if (/^(i|u)(8|16|32|64|128|size)$|^f(32|64)$/.test(e) && /^(i|u)(8|16|32|64|128|size)$|^f(32|64)$/.test(f)) return `Rust does not convert numbers implicitly: convert ${f} to ${e} with "as ${e}" or ${e}::try_from(x).`;
      return `The expression has type ${f || 'X'} but the context requires ${e || 'another type'}. Rust performs no implicit conversions between types.`;
    },
    causes: ['&str vs String', 'Missing Ok()/Some() around a return value', 'Numeric types of different widths (i32 vs usize vs f64)', 'Extra or missing semicolon on the last expression of a block'],
    fixes: [
      fix('Convert explicitly', ['Use .to_string()/String::from, &s, as/try_from, Ok(...)/Some(...) as appropriate.'], 'let name: String = "alice".to_string();\nlet idx: usize = n as usize;\nreturn Ok(value);'),
    ],
    references: [code('E0308'), ref('The Rust Book: Data Types', 'https://doc.rust-lang.org/book/ch03-02-data-types.html')],
    samples: [
      'error[E0308]: mismatched types\n --> src/main.rs:2:24\n  |\n2 |     let name: String = "alice";\n  |               ------   ^^^^^^^- help: try using a conversion method: `.to_string()`\n  |               |        |\n  |               |        expected `String`, found `&str`\n  |               expected due to this',
      'error[E0308]: mismatched types\n  --> src/lib.rs:10:5\n   |\n10 |     count\n   |     ^^^^^ expected `Result<usize, Error>`, found `usize`',
    ],
  },
  {
    id: 'rust.e0425',
    language: 'rust',
    match: rx(String.raw`rror\[E0425\]: cannot find (?<kind>value|function|[\w ]{1,30}?) ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` in (?<scope>this scope|[^\n]{1,200})`, LOC),
    errorType: 'E0425',
    category: 'name',
    priority: 10,
    summary: (c) => `Cannot find ${c.kind} '${c.name}' in ${c.scope}${at(c)}.`,
    explanation: (c) => `The ${c.kind} '${c.name}' is not declared where it is used: it is misspelled, declared in another scope or module without being imported, or it is a method that needs self.${c.name === 'self' ? ' Using self requires the function to take self/&self as a parameter.' : ''}`,
    causes: ['Typo in the name', 'Variable declared inside a block and used outside it', 'Function in another module not brought into scope with use', 'Calling a method without self.'],
    fixes: (c) => [fix('Declare, import or qualify the name', [`Check the spelling of '${c.name}'.`, 'Add a use statement or call it with its module path (module::name).', 'Inside impl blocks call methods as self.name().'])],
    references: [code('E0425'), BOOK_PATHS],
    samples: ['error[E0425]: cannot find value `totl` in this scope\n --> src/main.rs:7:20\n  |\n7 |     println!("{}", totl);\n  |                    ^^^^ help: a local variable with a similar name exists: `total`'],
  },
  {
    id: 'rust.e0412',
    language: 'rust',
    match: rx(String.raw`rror\[E0412\]: cannot find type ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` in (?<scope>this scope|[^\n]{1,200})`, LOC),
    errorType: 'E0412',
    category: 'name',
    priority: 10,
    summary: (c) => `The type '${c.name}' is not in scope${at(c)}.`,
    explanation: (c) => `The type '${c.name}' is used but not declared or imported here. Types from other modules or crates need a use statement (e.g. use std::collections::HashMap;).`,
    causes: ['Missing use statement', 'Typo in the type name', 'Type not pub in its module', 'Crate not added to Cargo.toml'],
    fixes: (c) => [fix('Import the type', [`Add use path::to::${c.name}; at the top of the file (rust-analyzer can add it).`], c.name === 'HashMap' || c.name === 'HashSet' ? `use std::collections::${c.name};` : null)],
    references: [code('E0412'), BOOK_PATHS],
    samples: ['error[E0412]: cannot find type `HashMap` in this scope\n --> src/main.rs:3:12'],
  },
  {
    id: 'rust.e0433',
    language: 'rust',
    match: rx(String.raw`rror\[E0433\]: failed to resolve: (?<detail>[^` + '`' + String.raw`\n]{0,200}` + '`(?<name>[^`\\n]{1,200})`' + String.raw`[^\n]{0,300}|[^\n]{1,300})`, LOC),
    errorType: 'E0433',
    category: 'dependency',
    priority: 10,
    summary: (c) => `Rust cannot resolve the path ${c.name ? `'${c.name}'` : ''}${at(c)}: ${c.detail?.trim()}.`.replace(/ {2,}/g, ' '),
    explanation: (c) => {
      const d = c.detail ?? '';
      if (/undeclared crate|unlinked crate|unresolved module/.test(d)) return `'${c.name}' is neither a module of this crate nor a dependency: add the crate to Cargo.toml (cargo add ${c.name}) or fix the module name. Since the 2018 edition, external crates do not need "extern crate", but they must be listed as dependencies.`;
      if (/undeclared type/.test(d)) return `The type '${c.name}' used in a path (Type::function) is not in scope - add the matching use statement.`;
      return 'A path (a::b::c) could not be resolved: one of its segments does not exist or is not visible from here.';
    },
    causes: ['Crate not listed in [dependencies] of Cargo.toml', 'Missing use statement for a type used as Type::new()', 'Wrong module path or module not declared with mod', 'Feature flag of a dependency not enabled'],
    fixes: (c) => [
      fix('Add the dependency', ['Add the crate with cargo add, then build again.'], `cargo add ${c.name && /^[a-z0-9_-]+$/.test(c.name) ? c.name.replace(/_/g, '-') : '<crate>'}`),
      fix('Import the item', [c.name ? `Add a use statement for ${c.name} (e.g. use std::collections::HashMap;), or declare the module with mod ${c.name};.` : 'Add a use statement for the type or module.']),
    ],
    references: [code('E0433'), BOOK_PATHS, ref('Cargo: Specifying Dependencies', 'https://doc.rust-lang.org/cargo/reference/specifying-dependencies.html')],
    samples: ['error[E0433]: failed to resolve: use of undeclared crate or module `rand`\n --> src/main.rs:4:17', 'error[E0433]: failed to resolve: use of unresolved module or unlinked crate `serde_json`', 'error[E0433]: failed to resolve: use of undeclared type `HashMap`'],
  },
  {
    id: 'rust.e0432',
    language: 'rust',
    match: rx(String.raw`rror\[E0432\]: unresolved imports? ` + '`(?<path>[^`\\n]{1,300})`', LOC),
    errorType: 'E0432',
    category: 'dependency',
    priority: 10,
    summary: (c) => `The import '${c.path}' cannot be resolved${at(c)}.`,
    explanation: (c) => `The use declaration refers to '${c.path}', which does not exist: the crate is not a dependency, the module path is wrong (crate:: / super:: / self::), the item is private, or it is behind a Cargo feature that is not enabled.`,
    causes: ['Crate missing from Cargo.toml', 'Wrong path: missing crate:: prefix or wrong module name', 'Item gated behind a disabled feature (e.g. tokio "full", serde "derive")', 'Module file not declared with mod in lib.rs/main.rs'],
    fixes: (c) => [
      fix('Fix the path or add the crate/feature', [`Check that ${c.path?.split('::')[0]} is a dependency (or a module declared with mod) and that ${c.path} exists and is pub.`, 'Enable the needed feature in Cargo.toml.'], '[dependencies]\nserde = { version = "1", features = ["derive"] }\ntokio = { version = "1", features = ["full"] }'),
    ],
    references: [code('E0432'), BOOK_PATHS, ref('Cargo: Features', 'https://doc.rust-lang.org/cargo/reference/features.html')],
    samples: ['error[E0432]: unresolved import `serde::Deserialize`\n --> src/model.rs:1:5\n  |\n1 | use serde::Deserialize;\n  |     ^^^^^^^^^^^^^^^^^^ no `Deserialize` in the root'],
  },
  {
    id: 'rust.e0599',
    language: 'rust',
    match: rx(String.raw`rror\[E0599\]: no (?<kind>method|function or associated item|associated item|variant or associated item|variant|associated function) named ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` found for (?<target>[^\n]{1,300}?) in the current scope`, LOC),
    errorType: 'E0599',
    category: 'name',
    priority: 10,
    summary: (c) => `There is no ${c.kind} '${c.name}' for ${c.target}${at(c)}.`,
    explanation: (c) => `The type ${c.target} has no ${c.kind} called '${c.name}'. It may be misspelled, defined in a trait that is not imported (trait methods are only callable when the trait is in scope), not implemented for this type, or only available with a Cargo feature. If the type is an Option/Result, you may need to unwrap or map it first.`,
    causes: ['Trait providing the method not imported (e.g. std::io::Write, Read, FromStr, Itertools)', 'Method exists on the inner type of an Option/Result/Box', 'Typo in the method name', 'Trait not implemented for this type (e.g. derive missing)'],
    fixes: (c) => [
      fix('Import the trait or unwrap the value', [`Check the spelling of ${c.name}; read the compiler help: it often lists "the following trait is implemented but not in scope".`, 'Add use for that trait, or call the method on the inner value (opt.as_ref().map(|x| x.method())).'], /write|flush/i.test(c.name ?? '') ? 'use std::io::Write;' : null),
      fix('Derive or implement the trait', [`If ${c.name} comes from a derivable trait (clone, eq, fmt), add #[derive(Clone, Debug, PartialEq)] to the type (${c.target}).`]),
    ],
    references: [code('E0599'), ref('The Rust Book: Traits', 'https://doc.rust-lang.org/book/ch10-02-traits.html')],
    samples: ['error[E0599]: no method named `write_all` found for struct `File` in the current scope\n --> src/main.rs:6:10', 'error[E0599]: no function or associated item named `new` found for struct `Config` in the current scope'],
  },
  {
    id: 'rust.e0277',
    language: 'rust',
    match: rx(
      String.raw`rror\[E0277\]: (?:the trait bound ` + '`(?<type>[^`\\n]{1,200}?): (?<trait>[^`\\n]{1,200})`' + String.raw` is not satisfied|` + '`(?<subject>[^`\\n]{1,200})`' + String.raw` (?:doesn't|does not) implement ` + '`(?<missingTrait>[^`\\n]{1,200})`' + String.raw`|(?<questionMark>the ` + '`\\?`' + String.raw` operator can only be (?:used|applied)[^\n]{0,300})|` + '`(?<sendType>[^`\\n]{1,200})`' + String.raw` cannot be (?<sendKind>sent|shared) between threads safely|(?<message>[^\n]{1,500}))`,
      LOC,
    ),
    errorType: 'E0277',
    category: 'type',
    priority: 10,
    summary: (c) => {
      if (c.trait) return `${c.type} does not implement the trait ${c.trait}${at(c)}.`;
      if (c.missingTrait) return `${c.subject} does not implement ${c.missingTrait}${at(c)}.`;
      if (c.questionMark) return `The ? operator is used in a function that does not return Result or Option${at(c)}.`;
      if (c.sendType) return `${c.sendType} cannot be ${c.sendKind} between threads safely${at(c)}.`;
      return `A trait bound is not satisfied${at(c)}: ${c.message}`;
    },
    explanation: (c) => {
      if (c.questionMark) return "'?' returns early with the error, so the enclosing function must return Result (or Option). main() can return Result<(), Box<dyn std::error::Error>> too.";
      if (c.sendType) return `${c.sendType} is not ${c.sendKind === 'sent' ? 'Send' : 'Sync'}, but it is moved into a thread or an async task that may run on another thread. Rc and RefCell are single-threaded; use Arc and Mutex/RwLock instead.`;
      if (c.missingTrait && /Display/.test(c.missingTrait)) return `{} formatting needs the Display trait, which ${c.subject} does not implement. Use {:?} (Debug, derivable) or implement Display.`;
      if (c.missingTrait && /Debug/.test(c.missingTrait)) return `{:?} formatting needs Debug; add #[derive(Debug)] to ${c.subject}.`;
      if (c.trait) return `A generic function, method or derive requires ${c.type} to implement ${c.trait}, and it does not. Implement or derive the trait, or use a type that implements it.`;
      return 'A generic constraint (T: Trait) is not met by the concrete type used here.';
    },
    causes: ['Missing #[derive(...)] (Debug, Clone, PartialEq, Hash, Serialize, ...)', "Using '?' inside a function returning () (e.g. main)", 'Rc/RefCell/raw pointers used across threads or in async tasks', 'Wrong type passed to a generic function (e.g. &String vs &str for a trait impl)'],
    fixes: (c) =>
      c.questionMark
        ? [fix('Return a Result from the function', [], 'fn main() -> Result<(), Box<dyn std::error::Error>> {\n    let text = std::fs::read_to_string("config.toml")?;\n    println!("{text}");\n    Ok(())\n}')]
        : c.sendType
          ? [fix('Use thread-safe types', ['Replace Rc with Arc and RefCell with Mutex/RwLock.'], 'let shared = Arc::new(Mutex::new(Vec::new()));')]
          : [
              fix(
                'Derive or implement the trait',
                [c.type && c.trait ? `Implement ${c.trait} for ${c.type} (derive it if it is derivable), or pass a type that implements it.` : c.subject ? `Implement ${c.missingTrait} for ${c.subject}, or derive it.` : 'Add the derive, or write an impl block for the trait.'],
                c.type && c.trait && /^[A-Z]\w*$/.test(c.type) && /^\w+$/.test(c.trait) ? `impl ${c.trait} for ${c.type} {\n    // ...\n}` : '#[derive(Debug, Clone, PartialEq)]\nstruct Point { x: i32, y: i32 }',
              ),
            ],
    references: [code('E0277'), ref('The Rust Book: Traits', 'https://doc.rust-lang.org/book/ch10-02-traits.html'), ref('The Rust Book: Extensible Concurrency with Send and Sync', 'https://doc.rust-lang.org/book/ch16-04-extensible-concurrency-sync-and-send.html')],
    samples: [
      'error[E0277]: `Point` doesn\'t implement `std::fmt::Display`\n --> src/main.rs:8:20',
      'error[E0277]: the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)\n --> src/main.rs:4:47',
      'error[E0277]: `Rc<RefCell<Vec<i32>>>` cannot be sent between threads safely',
      'error[E0277]: the trait bound `Config: Serialize` is not satisfied',
    ],
  },
  {
    id: 'rust.e0061',
    language: 'rust',
    match: rx(String.raw`rror\[E0061\]: this (?<kind>function|method|enum variant|struct|associated function) takes (?<expected>\d{1,3}) arguments? but (?<given>\d{1,3}) arguments? (?:was|were) supplied`, LOC),
    errorType: 'E0061',
    category: 'type',
    priority: 10,
    summary: (c) => `This ${c.kind} takes ${c.expected} argument(s) but ${c.given} ${c.given === '1' ? 'was' : 'were'} given${at(c)}.`,
    explanation: 'Rust has no default or optional arguments and no overloading: the number of arguments must match the signature exactly. The compiler help underneath shows which argument is missing or extra.',
    causes: ['Signature changed', 'Expecting default/optional parameters', 'Passing self explicitly to a method call'],
    fixes: [fix('Match the signature', ['Pass exactly the declared parameters; for optional values use Option<T> or a builder/config struct.'])],
    references: [code('E0061')],
    samples: ['error[E0061]: this function takes 2 arguments but 1 argument was supplied\n --> src/main.rs:9:5'],
  },
  {
    id: 'rust.e0369',
    language: 'rust',
    match: rx(String.raw`rror\[E0369\]: (?:binary operation ` + '`(?<op>[^`\\n]{1,5})`' + String.raw` cannot be applied to type ` + '`(?<type>[^`\\n]{1,200})`' + String.raw`|cannot (?<verb>add|subtract|multiply|divide|calculate the remainder of|mod) ` + '`(?<rhs>[^`\\n]{1,200})`' + String.raw` (?<prep>to|from|by|divided by) ` + '`(?<lhs>[^`\\n]{1,200})`)', LOC),
    errorType: 'E0369',
    category: 'type',
    priority: 10,
    summary: (c) => (c.op ? `The operator ${c.op} is not defined for ${c.type}${at(c)}.` : `Cannot ${c.verb} ${c.rhs} ${c.prep} ${c.lhs}${at(c)}.`),
    explanation: (c) => {
      if (c.lhs && /&str/.test(c.lhs) && c.verb === 'add') return 'Two &str cannot be added. The left operand of + must be an owned String: use format!("{a}{b}"), or a.to_string() + b.';
      if (c.op === '==' || c.op === '!=' || c.op === '<' || c.op === '>') return `Comparison operators need PartialEq/PartialOrd; ${c.type} does not implement them. Add #[derive(PartialEq)] (and PartialOrd if ordering is needed).`;
      return 'Operators are traits in Rust (Add, Sub, Mul, PartialEq, ...). The operand types here do not implement the required trait.';
    },
    causes: ['Adding two &str values', 'Comparing structs/enums without #[derive(PartialEq)]', 'Arithmetic between different numeric types or on Option values'],
    fixes: (c) => [fix('Use the right operation or implement the trait', ['For strings use format! or String + &str.', `Derive PartialEq/PartialOrd for comparisons${c.type ? ` (on ${c.type})` : ''}; convert numeric types first.`], 'let full = format!("{first} {last}");\n\n#[derive(PartialEq)]\nenum State { On, Off }')],
    references: [code('E0369'), ref('std::ops: Operator traits', 'https://doc.rust-lang.org/std/ops/index.html')],
    samples: ['error[E0369]: cannot add `&str` to `&str`\n --> src/main.rs:4:17', 'error[E0369]: binary operation `==` cannot be applied to type `Color`'],
  },
  {
    id: 'rust.e0614',
    language: 'rust',
    match: rx(String.raw`rror\[E0614\]: type ` + '`(?<type>[^`\\n]{1,200})`' + String.raw` cannot be dereferenced`, LOC),
    errorType: 'E0614',
    category: 'type',
    priority: 10,
    summary: (c) => `The value of type ${c.type} is not a reference, so it cannot be dereferenced with *${at(c)}.`,
    explanation: (c) => `* dereferences references and smart pointers (types implementing Deref). ${c.type} is a plain value: remove the *. This often happens after changing an iterator from .iter() to .into_iter() or copying a value out.`,
    causes: ['Extra * on a value that is already owned', 'Iterator now yields values instead of references'],
    fixes: (c) => [fix('Remove the dereference', [`The value is already a ${c.type}: drop the *, or borrow it first if a reference was intended.`])],
    references: [code('E0614')],
    samples: ['error[E0614]: type `u32` cannot be dereferenced\n --> src/main.rs:5:13'],
  },
  {
    id: 'rust.e0004',
    language: 'rust',
    match: rx(String.raw`rror\[E0004\]: non-exhaustive patterns: (?<missing>[^\n]{1,300}?) (?:not covered|and \d{1,5} more not covered)`, LOC),
    errorType: 'E0004',
    category: 'syntax',
    priority: 10,
    summary: (c) => `The match does not handle ${c.missing}${at(c)}.`,
    explanation: (c) => `match must cover every possible value. The case(s) ${c.missing} have no arm. Adding a variant to an enum makes all existing matches on it fail like this - which is the point: the compiler shows every place that needs updating.`,
    causes: ['Missing arm for an enum variant (e.g. None, Err(_))', 'Integer/string matches without a wildcard _ arm', 'A new enum variant was added'],
    fixes: (c) => [fix('Handle the missing case', ['Add an arm for it, or a wildcard _ => ... if the remaining cases share behaviour.'], `match value {\n    // existing arms\n    ${c.missing?.includes('None') ? 'None => { /* handle */ }' : '_ => { /* remaining cases */ }'}\n}`)],
    references: [code('E0004'), ref('The Rust Book: The match Control Flow Construct', 'https://doc.rust-lang.org/book/ch06-02-match.html')],
    samples: ['error[E0004]: non-exhaustive patterns: `None` not covered\n --> src/main.rs:6:11', 'error[E0004]: non-exhaustive patterns: `Status::Archived` not covered'],
  },
  {
    id: 'rust.e0282',
    language: 'rust',
    match: rx(String.raw`rror\[E0282\]: type annotations needed(?<forWhat>[^\n]{0,200})`, LOC),
    errorType: 'E0282',
    category: 'type',
    priority: 10,
    summary: (c) => `Rust cannot infer a type here${at(c)}; it needs an annotation.`,
    explanation: 'Some generic functions (collect, parse, into, Default::default, Vec::new without use) can produce many types, and nothing in the code pins down which one. Add a type on the variable or a turbofish (::<T>) on the call.',
    causes: ['.collect() without a target type', '.parse() without specifying the number type', 'Empty Vec::new() never used with a concrete element type'],
    fixes: [fix('Annotate the type', ['Give the variable a type or use the turbofish syntax.'], 'let nums: Vec<i32> = input.split(\',\').map(|s| s.parse().unwrap()).collect();\nlet port = value.parse::<u16>()?;')],
    references: [code('E0282'), ref('std::iter::Iterator::collect', 'https://doc.rust-lang.org/std/iter/trait.Iterator.html#method.collect')],
    samples: ['error[E0282]: type annotations needed\n --> src/main.rs:3:9\n  |\n3 |     let v = s.split(",").collect();\n  |         ^'],
  },
  {
    id: 'rust.e0063',
    language: 'rust',
    match: rx(String.raw`rror\[E0063\]: missing fields? (?<fields>[^\n]{1,300}?) in initializer of ` + '`(?<type>[^`\\n]{1,200})`', LOC),
    errorType: 'E0063',
    category: 'type',
    priority: 10,
    summary: (c) => `The struct literal for ${c.type} is missing ${c.fields}${at(c)}.`,
    explanation: (c) => `Every field must be given a value when constructing ${c.type} with a struct literal. Fields ${c.fields} are missing - often after a field was added to the struct.`,
    causes: ['A field was added to the struct', 'Expecting fields to default automatically'],
    fixes: (c) => [fix('Provide the fields or use Default', ['Set the missing fields, or derive Default and use ..Default::default().'], `#[derive(Default)]\nstruct ${c.type} { /* ... */ }\n\nlet v = ${c.type} { name: "x".into(), ..Default::default() };`)],
    references: [code('E0063'), ref('The Rust Book: Defining and Instantiating Structs', 'https://doc.rust-lang.org/book/ch05-01-defining-structs.html')],
    samples: ['error[E0063]: missing field `timeout` in initializer of `Config`\n  --> src/main.rs:12:18'],
  },
  {
    id: 'rust.e0603',
    language: 'rust',
    match: rx(String.raw`rror\[E0603\]: (?<kind>struct|function|module|enum|constant|trait|type alias|field|unit struct|tuple struct|static) ` + '`(?<name>[^`\\n]{1,200})`' + String.raw` is private`, LOC),
    errorType: 'E0603',
    category: 'permission',
    priority: 10,
    summary: (c) => `The ${c.kind} '${c.name}' is private and cannot be used here${at(c)}.`,
    explanation: (c) => `Items are private to their module by default. '${c.name}' is declared without pub (or inside a private module), so code outside that module cannot use it.`,
    causes: ['Missing pub on the item', 'The item is pub but its parent module is private', 'Re-export (pub use) missing'],
    fixes: (c) => [fix('Make it public (at the right level)', ['Add pub (or pub(crate)) to the item and to any private parent module, or re-export it with pub use.'], `pub ${c.kind === 'function' ? 'fn' : c.kind === 'module' ? 'mod' : c.kind} ${c.name}`)],
    references: [code('E0603'), ref('The Rust Reference: Visibility and privacy', 'https://doc.rust-lang.org/reference/visibility-and-privacy.html')],
    samples: ['error[E0603]: function `connect` is private\n --> src/main.rs:5:11'],
  },
  {
    id: 'rust.e0046',
    language: 'rust',
    match: rx(String.raw`rror\[E0046\]: not all trait items implemented, missing: (?<missing>[^\n]{1,300})`, LOC),
    errorType: 'E0046',
    category: 'type',
    priority: 10,
    summary: (c) => `The impl block is missing trait items: ${c.missing}${at(c)}.`,
    explanation: (c) => `An impl Trait for Type block must define every required method, type and constant of the trait. Missing: ${c.missing}.`,
    causes: ['Method not yet implemented', 'Method name or signature differs from the trait definition', 'Trait gained new required items after a dependency upgrade'],
    fixes: [fix('Implement the missing items', ['Add the missing items with the exact signatures from the trait (rust-analyzer: "Implement missing members").'], 'impl Iterator for Counter {\n    type Item = u32;\n    fn next(&mut self) -> Option<Self::Item> {\n        todo!()\n    }\n}')],
    references: [code('E0046'), ref('The Rust Book: Traits', 'https://doc.rust-lang.org/book/ch10-02-traits.html')],
    samples: ['error[E0046]: not all trait items implemented, missing: `fmt`\n --> src/main.rs:7:1'],
  },

  // ---------------------------------------------------------------- panics
  {
    id: 'rust.unwrap-none',
    language: 'rust',
    match: rx(PANIC_AT, String.raw`called ` + '`Option::unwrap\\(\\)`' + String.raw` on a ` + '`None`' + String.raw` value`, OLD_LOC),
    errorType: 'unwrap on None',
    category: 'null',
    priority: 20,
    summary: (c) => `unwrap() was called on a None value${inThread(c)}${at(c)}.`,
    explanation: (c) => `Option::unwrap panics when the Option is None. The code assumed a value was present - e.g. a HashMap::get, iterator next/first/last, env::var().ok() or str::find result - but it was missing.${at(c) ? ` The panic location${at(c)} is the unwrap call.` : ''}`,
    causes: ['Looking up a key/element that does not exist', 'An iterator or collection was empty', 'Optional configuration missing'],
    fixes: [
      fix('Handle None explicitly', ['Use match/if let, unwrap_or/unwrap_or_default, or turn it into an error with ok_or and ?.'], 'let user = users.get(&id).ok_or_else(|| format!("no user {id}"))?;\nlet port = cfg.port.unwrap_or(8080);'),
      fix('Use expect with a message while prototyping', ['expect("why this must exist") makes the panic self-explanatory.']),
      BACKTRACE_FIX,
    ],
    references: [ref('std::option::Option::unwrap', 'https://doc.rust-lang.org/std/option/enum.Option.html#method.unwrap'), ref('The Rust Book: To panic! or Not to panic!', 'https://doc.rust-lang.org/book/ch09-03-to-panic-or-not-to-panic.html')],
    samples: [
      "thread 'main' panicked at src/main.rs:8:37:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
      "thread 'main' panicked at 'called `Option::unwrap()` on a `None` value', src/main.rs:4:37",
    ],
  },
  {
    id: 'rust.unwrap-err',
    language: 'rust',
    match: rx(PANIC_AT, String.raw`called ` + '`Result::unwrap\\(\\)`' + String.raw` on an ` + '`Err`' + String.raw` value: (?<error>[^\n]{1,500}?)`, OLD_LOC, '$'),
    errorType: 'unwrap on Err',
    category: 'runtime',
    priority: 20,
    summary: (c) => `unwrap() was called on an Err value${inThread(c)}${at(c)}: ${c.error?.replace(/'$/, '')}`,
    explanation: (c) => {
      const e = c.error ?? '';
      let hint = '';
      if (/NotFound|No such file/.test(e)) hint = ' The error is "file not found": the path is wrong relative to the working directory (cargo run uses the directory you run it from).';
      else if (/PermissionDenied/.test(e)) hint = ' The error is a permission problem.';
      else if (/ParseIntError|ParseFloatError|InvalidDigit|Empty/.test(e)) hint = ' The error comes from parsing text as a number (remember to trim() input read from stdin, which ends with a newline).';
      else if (/ConnectionRefused|Connection refused/.test(e)) hint = ' The error is "connection refused": the server is not running or the address is wrong.';
      else if (/NotPresent/.test(e)) hint = ' The error is env::VarError::NotPresent: the environment variable is not set.';
      return `Result::unwrap panics when the Result is Err, printing the error's Debug output.${hint}`;
    },
    causes: ['I/O failed (file missing, permission denied)', 'Parsing failed (input with whitespace/newline, wrong format)', 'Network/database call failed', 'Environment variable missing'],
    fixes: [
      fix('Propagate the error with ?', ['Return Result from the function and use ? instead of unwrap; add context with anyhow or map_err.'], 'use anyhow::Context;\n\nlet text = std::fs::read_to_string(&path)\n    .with_context(|| format!("reading {}", path.display()))?;\nlet n: u32 = line.trim().parse()?;'),
      BACKTRACE_FIX,
    ],
    references: [ref('std::result::Result::unwrap', 'https://doc.rust-lang.org/std/result/enum.Result.html#method.unwrap'), ref('The Rust Book: Recoverable Errors with Result', 'https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html')],
    samples: [
      'thread \'main\' panicked at src/main.rs:5:52:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 2, kind: NotFound, message: "No such file or directory" }',
      "thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }', src/main.rs:7:41",
    ],
  },
  {
    id: 'rust.index-out-of-bounds',
    language: 'rust',
    match: rx(
      PANIC_AT,
      String.raw`(?:index out of bounds: the len is (?<len>\d{1,20}) but the index is (?<index>\d{1,20})|range (?:end|start) index (?<index2>\d{1,20}) out of range for slice of length (?<len2>\d{1,20})|(?:removal|insertion|swap_remove) index \(is (?<index3>\d{1,20})\) should be <=? len \(is (?<len3>\d{1,20})\))`,
      OLD_LOC,
    ),
    errorType: 'index out of bounds',
    category: 'runtime',
    priority: 20,
    summary: (c) => `Index ${c.index ?? c.index2 ?? c.index3} is out of bounds for a length of ${c.len ?? c.len2 ?? c.len3}${at(c)}.`,
    explanation: (c) => {
      const len = c.len ?? c.len2 ?? c.len3;
      const index = c.index ?? c.index2 ?? c.index3;
      return `${c.index2 ? 'Slicing with a range (&v[a..b]) checks both ends against the length' : c.index3 ? 'Vec::remove/insert/swap_remove check the position against the length' : 'Indexing a slice/Vec with [i] checks bounds'} and panics when it is outside.${len === '0' ? ' The collection is empty.' : ''}${index === len ? ' index == len is an off-by-one error (..= instead of ..).' : ''}`;
    },
    causes: ['Off-by-one loop bounds (0..=len)', 'Empty collection', 'Index computed from other data that does not match this collection'],
    fixes: [fix('Use get() or iterate', ['v.get(i) returns Option instead of panicking; prefer iterators over manual indexes.'], 'if let Some(item) = v.get(i) {\n    println!("{item}");\n}\nfor (i, item) in v.iter().enumerate() { /* ... */ }'), BACKTRACE_FIX],
    references: [ref('slice::get', 'https://doc.rust-lang.org/std/primitive.slice.html#method.get'), ref('The Rust Book: Storing Lists of Values with Vectors', 'https://doc.rust-lang.org/book/ch08-01-vectors.html')],
    samples: [
      "thread 'main' panicked at src/main.rs:4:13:\nindex out of bounds: the len is 3 but the index is 5",
      "thread 'main' panicked at C:\\Users\\Jane Doe\\proj\\src\\main.rs:4:13:\nindex out of bounds: the len is 3 but the index is 5",
      "thread 'main' panicked at 'index out of bounds: the len is 0 but the index is 0', src/lib.rs:22:9",
      "---- tests::parses_header stdout ----\nthread 'tests::parses_header' panicked at src/header.rs:41:18:\nrange end index 8 out of range for slice of length 5",
    ],
  },
  {
    id: 'rust.str-slicing',
    language: 'rust',
    match: rx(PANIC_AT, String.raw`(?:byte index (?<index>\d{1,20}) is (?<problem>not a char boundary|out of bounds)(?:; it is inside [^\n]{0,100}?)? of ` + '`(?<text>[^`\\n]{0,200})`' + String.raw`|begin <= end \((?<begin>\d{1,20}) <= (?<end>\d{1,20})\) when slicing)`, OLD_LOC),
    // Out of range is an index-out-of-bounds panic; cutting a UTF-8 character is a plain panic.
    errorType: (c) => (c.problem === 'out of bounds' ? 'index out of bounds' : 'panic'),
    category: 'runtime',
    priority: 20,
    summary: (c) => (c.problem === 'not a char boundary' ? `Byte index ${c.index} falls inside a multi-byte UTF-8 character${at(c)}.` : c.problem ? `Byte index ${c.index} is beyond the end of the string${at(c)}.` : `A string slice has begin ${c.begin} > end ${c.end}${at(c)}.`),
    explanation: (c) =>
      c.problem === 'not a char boundary'
        ? 'Rust strings are UTF-8 and &s[a..b] uses byte offsets. Characters like é, emoji or CJK take 2-4 bytes, so slicing by a character count cuts a character in half.'
        : 'String slicing with byte ranges panics when the range is outside the string or reversed.',
    causes: ['Slicing by character count on non-ASCII text', 'Truncating user input to N bytes', 'Range computed from another string'],
    fixes: [fix('Slice by characters, or check boundaries', ['Use chars()/char_indices(), s.get(a..b) (returns Option), or is_char_boundary().'], 'let short: String = s.chars().take(10).collect();\nif let Some(part) = s.get(0..n) { /* ... */ }')],
    references: [ref('The Rust Book: Storing UTF-8 Encoded Text with Strings', 'https://doc.rust-lang.org/book/ch08-02-strings.html'), ref('str::get', 'https://doc.rust-lang.org/std/primitive.str.html#method.get')],
    samples: ["thread 'main' panicked at src/main.rs:3:15:\nbyte index 1 is not a char boundary; it is inside 'é' (bytes 0..2) of `é`"],
  },
  {
    id: 'rust.arithmetic-overflow',
    language: 'rust',
    // The runtime check in debug builds, or rustc's deny-by-default lint when the overflow is
    // visible at compile time.
    match: rx(
      PANIC_AT,
      String.raw`(?:attempt to (?<op>add|subtract|multiply|negate|shift left|shift right|calculate the remainder|divide|calculate the absolute value) with overflow`,
      OLD_LOC,
      String.raw`|rror: this arithmetic operation will overflow)`,
    ),
    errorType: 'arithmetic overflow',
    category: 'runtime',
    priority: 20,
    summary: (c) =>
      c.op ? `Panic on integer overflow: attempt to ${c.op} with overflow${at(c)}.` : 'rustc found an integer operation that always overflows (the arithmetic_overflow lint).',
    explanation: (c) =>
      c.op
        ? `In debug builds Rust checks integer arithmetic and panics when a result does not fit the type (release builds wrap around silently).${c.op === 'subtract' ? ' With unsigned types (usize, u32) this usually means something like 0 - 1, e.g. len() - 1 on an empty collection.' : ''}`
        : 'The operands are known at compile time and the result does not fit the type, so rustc refuses the code (the deny-by-default arithmetic_overflow lint); at run time the same operation would panic in debug builds and wrap in release builds.',
    causes: ['Subtracting from an unsigned value that is 0 (v.len() - 1 on an empty Vec)', 'Accumulating beyond the type range (u8/i32 counters)', 'Multiplying large values'],
    fixes: [fix('Use checked/saturating arithmetic or a wider type', ['checked_sub returns None on overflow; saturating_sub clamps at 0; or use i64/u64.'], 'let last = v.len().checked_sub(1).ok_or("empty list")?;\nlet remaining = total.saturating_sub(used);')],
    references: [ref('The Rust Book: Integer Overflow', 'https://doc.rust-lang.org/book/ch03-02-data-types.html#integer-overflow'), ref('usize::checked_sub', 'https://doc.rust-lang.org/std/primitive.usize.html#method.checked_sub')],
    samples: [
      "thread 'main' panicked at src/main.rs:6:20:\nattempt to subtract with overflow",
      "thread 'main' panicked at 'attempt to add with overflow', src/counter.rs:12:9",
      'error: this arithmetic operation will overflow\n --> src/main.rs:3:13\n  |\n3 |     let x = 255u8 + 1;\n  |             ^^^^^^^^^ attempt to compute `u8::MAX + 1_u8`, which would overflow\n  |\n  = note: `#[deny(arithmetic_overflow)]` on by default',
    ],
  },
  {
    id: 'rust.divide-by-zero',
    language: 'rust',
    match: rx(PANIC_AT, String.raw`attempt to (?:divide|calculate the remainder) (?:by|with a divisor of) zero`, OLD_LOC),
    errorType: 'panic',
    category: 'runtime',
    priority: 20,
    summary: (c) => `Integer division by zero${at(c)}.`,
    explanation: 'Integer division and remainder by zero always panic in Rust (floating-point gives inf/NaN). The divisor was a runtime value equal to zero.',
    causes: ['Averaging over an empty collection', 'Divisor from input/config that can be zero'],
    fixes: [fix('Check the divisor', ['Use checked_div / checked_rem or an explicit check.'], 'let avg = total.checked_div(count).unwrap_or(0);')],
    references: [ref('i32::checked_div', 'https://doc.rust-lang.org/std/primitive.i32.html#method.checked_div')],
    samples: ["thread 'main' panicked at src/stats.rs:4:5:\nattempt to divide by zero"],
  },
  {
    id: 'rust.already-borrowed',
    language: 'rust',
    match: rx(PANIC_AT, String.raw`(?:already (?<mutably>mutably )?borrowed: Borrow(?:Mut)?Error|RefCell already (?<mutably2>mutably )?borrowed)`, OLD_LOC),
    errorType: (c) => (c.mutably || c.mutably2 ? 'BorrowError' : 'BorrowMutError'),
    category: 'concurrency',
    priority: 20,
    summary: (c) => `A RefCell was borrowed while an incompatible borrow was still active${at(c)}.`,
    explanation: (c) =>
      `RefCell enforces the borrowing rules at runtime: many borrow() or one borrow_mut(), never both. ${c.mutably || c.mutably2 ? 'A borrow() happened while a borrow_mut() guard was still alive.' : 'A borrow_mut() happened while another borrow()/borrow_mut() guard was still alive.'} Guards live until the end of the statement or scope that holds them - e.g. a method that calls borrow_mut() while its caller still holds borrow().`,
    causes: ['Holding a Ref/RefMut guard in a variable while calling code that borrows the same RefCell', 'Recursive or callback code re-entering the same RefCell', 'Borrow in a loop condition kept alive across the body (while let Some(x) = cell.borrow_mut().pop())'],
    fixes: [fix('Shorten the guard lifetime', ['Copy/clone the data out and drop the guard before calling other code; use a block or drop(guard).'], 'let next = { state.borrow().queue.front().cloned() }; // guard dropped here\nstate.borrow_mut().process(next);'), BACKTRACE_FIX],
    references: [ref('std::cell::RefCell', 'https://doc.rust-lang.org/std/cell/struct.RefCell.html'), ref('The Rust Book: RefCell<T> and the Interior Mutability Pattern', 'https://doc.rust-lang.org/book/ch15-05-interior-mutability.html')],
    samples: ["thread 'main' panicked at src/app.rs:31:22:\nalready borrowed: BorrowMutError", "thread 'main' panicked at 'already mutably borrowed: BorrowError', src/ui.rs:18:30"],
  },
  {
    id: 'rust.stack-overflow',
    language: 'rust',
    // Rust 1.86+ adds the thread id: "thread 'main' (1234) has overflowed its stack"; logs may keep
    // only "fatal runtime error: stack overflow" (", aborting" since 1.84), and a log normaliser may
    // have taken "fatal" for a log level.
    match: /thread '(?<thread>[^'\n]{1,200})'(?: \(\d{1,12}\))? has overflowed its stack|(?:^|fatal )runtime error: stack overflow|\(exit code: 0xc00000fd, STATUS_STACK_OVERFLOW\)/m,
    errorType: 'stack overflow',
    category: 'runtime',
    priority: 20,
    summary: (c) => (c.thread ? `Thread '${c.thread}' overflowed its stack.` : 'A thread overflowed its stack.'),
    explanation: (c) => `The stack of ${c.thread ? `thread '${c.thread}'` : 'the thread'} is exhausted (main thread typically 8 MB, spawned threads 2 MB). Causes: unbounded recursion (including a Display/Debug impl that formats itself), or very large values (big arrays) placed on the stack.`,
    causes: ['Infinite or very deep recursion', 'Large arrays/structs on the stack (e.g. [u8; 10_000_000])', 'A trait impl calling itself (fmt using {} on self)'],
    fixes: [
      fix('Remove recursion or move data to the heap', ['Convert recursion to a loop with an explicit stack; Box or Vec large buffers.'], 'let buffer = vec![0u8; 10_000_000]; // heap instead of [0u8; 10_000_000]'),
      fix('Give the thread a bigger stack if depth is legitimate', [], 'std::thread::Builder::new()\n    .stack_size(64 * 1024 * 1024)\n    .spawn(run)?\n    .join()\n    .unwrap();'),
    ],
    references: [ref('std::thread::Builder::stack_size', 'https://doc.rust-lang.org/std/thread/struct.Builder.html#method.stack_size')],
    samples: [
      "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\nAborted (core dumped)",
      "crunch[1845944]: thread 'async-std/runtime' (1846010) has overflowed its stack\ncrunch[1845944]: fatal runtime error: stack overflow, aborting",
      '2025-05-19 23:41:09.000\t./run.sh: line 7:    40 Aborted                 (core dumped) factorion-bot\n2025-05-19 23:41:09.000\tfatal runtime error: stack overflow',
      "error: process didn't exit successfully: `target\\debug\\parser.exe` (exit code: 0xc00000fd, STATUS_STACK_OVERFLOW)",
    ],
  },
  {
    id: 'rust.tokio-no-runtime',
    language: 'rust',
    match: /there is no reactor running, must be called from the context of a Tokio 1\.x runtime|no reactor running|must be called from the context of a Tokio (?:1\.x )?runtime/,
    errorType: 'panic',
    category: 'concurrency',
    priority: 20,
    summary: 'A Tokio API was used outside a Tokio runtime.',
    explanation: 'tokio::spawn, timers, TcpStream and most Tokio I/O need a running Tokio runtime on the current thread. The code ran from a plain fn main, a std::thread, another executor (futures::executor::block_on, async-std), or a test without #[tokio::test]. Mixing two major versions of tokio in one build causes the same error.',
    causes: ['main is not annotated with #[tokio::main]', 'Test uses #[test] instead of #[tokio::test]', 'Calling Tokio APIs from a std::thread or another executor', 'Two different tokio versions in Cargo.lock'],
    fixes: [fix('Start a runtime', ['Annotate the entry point, or build a runtime explicitly and block_on the future.'], '#[tokio::main]\nasync fn main() {\n    run().await;\n}\n\n#[tokio::test]\nasync fn it_works() { /* ... */ }'), fix('Check for duplicate tokio versions', ['Run cargo tree -d -i tokio and align the versions.'])],
    references: [ref('tokio::main attribute', 'https://docs.rs/tokio/latest/tokio/attr.main.html'), ref('tokio::runtime', 'https://docs.rs/tokio/latest/tokio/runtime/index.html')],
    samples: ["thread 'main' panicked at src/main.rs:10:5:\nthere is no reactor running, must be called from the context of a Tokio 1.x runtime"],
  },
  {
    id: 'rust.tokio-nested-runtime',
    language: 'rust',
    match: /Cannot (?:start a runtime from within a runtime|drop a runtime in a context where blocking is not allowed)/,
    errorType: 'panic',
    category: 'concurrency',
    priority: 20,
    summary: 'A Tokio runtime was started or dropped inside another runtime.',
    explanation: 'Runtime::block_on (or creating/dropping a Runtime, or reqwest::blocking) was called from async code already running on a Tokio runtime. Blocking inside an async task would stall the executor, so Tokio panics.',
    causes: ['Calling block_on / Runtime::new inside an async fn', 'Using reqwest::blocking or other blocking clients inside #[tokio::main]', 'Library with its own runtime called from async code'],
    fixes: [fix('Await instead of blocking', ['Make the caller async and .await the future; for blocking work use tokio::task::spawn_blocking.'], 'let result = tokio::task::spawn_blocking(move || heavy_sync_work(input)).await?;')],
    references: [ref('tokio::task::spawn_blocking', 'https://docs.rs/tokio/latest/tokio/task/fn.spawn_blocking.html'), ref('tokio::runtime', 'https://docs.rs/tokio/latest/tokio/runtime/index.html')],
    samples: ["thread 'tokio-runtime-worker' panicked at src/db.rs:14:9:\nCannot start a runtime from within a runtime. This happens because a function (like `block_on`) attempted to block the current thread while the thread is being used to drive asynchronous tasks."],
  },

  // ---------------------------------------------------------------- cargo and linking
  {
    id: 'rust.linker-not-found',
    language: 'rust',
    // Older rustc: "could not exec the linker `cc`: No such file or directory".
    match: /error: (?:linker `(?<linker>[^`\n]{1,100})` not found|could not exec the linker `(?<execLinker>[^`\n]{1,100})`)/,
    errorType: 'linker not found',
    category: 'build',
    priority: 20,
    summary: (c) => `The linker '${linkerOf(c)}' is not installed.`,
    explanation: (c) =>
      linkerOf(c) === 'link.exe'
        ? 'On Windows with the MSVC toolchain, Rust needs the Microsoft C++ build tools (link.exe) from Visual Studio Build Tools.'
        : `rustc compiles Rust code itself but uses the system C toolchain ('${linkerOf(c)}') to link the final binary. No C compiler/linker is installed (typical on fresh Linux/WSL installs and slim Docker images), or a cross-compilation target points to a linker that is not installed.`,
    causes: ['No C compiler installed (build-essential / gcc / Xcode command line tools)', 'Slim Docker image without gcc', 'Cross-compiling with a target-specific linker not installed'],
    fixes: (c) => [
      linkerOf(c) === 'link.exe'
        ? fix('Install the MSVC build tools', ['Install "Desktop development with C++" from Visual Studio Build Tools, or switch to the gnu toolchain.'])
        : fix('Install a C toolchain', ['Debian/Ubuntu: sudo apt install build-essential', 'Fedora: sudo dnf install gcc', 'macOS: xcode-select --install', 'Alpine: apk add build-base'], 'sudo apt-get update && sudo apt-get install -y build-essential'),
    ],
    references: [ref('The Rust Book: Installation', 'https://doc.rust-lang.org/book/ch01-01-installation.html')],
    samples: ["error: could not exec the linker `cc`: No such file or directory (os error 2)", "error: linker `cc` not found\n  |\n  = note: No such file or directory (os error 2)\n\nerror: could not compile `hello` (bin \"hello\") due to 1 previous error"],
  },
  {
    id: 'rust.linking-failed',
    language: 'rust',
    // The MSVC linker's own code (LNK2019, LNK1181...) names the failure better than the phrase.
    match: /error: linking with `(?<linker>[^`\n]{1,100})` failed(?:[\s\S]{0,6000}?(?:(?:cannot find -l|library not found for -l|unable to find library -l)(?<lib>[\w.+-]{1,100})|error (?<lnk>LNK\d{4})))?/,
    errorType: (c) => c.lnk ?? 'linking with cc failed',
    category: 'build',
    priority: 15,
    summary: (c) => (c.lib ? `Linking failed: the native library '${c.lib}' was not found.` : `Linking with '${c.linker}' failed.`),
    explanation: (c) =>
      c.lib
        ? `A crate (usually a *-sys crate) links against the system library lib${c.lib}, but its development files are not installed or not on the linker search path.`
        : c.lnk
          ? `The MSVC linker (link.exe) failed with ${c.lnk}${c.lnk === 'LNK2019' || c.lnk === 'LNK2001' ? ': a symbol is referenced but no linked library defines it - a missing system/import library, a C library built for another architecture or CRT, or a -sys crate linking the wrong version' : c.lnk === 'LNK1181' || c.lnk === 'LNK1104' ? ': an input library file cannot be opened - it is not installed or not on the library path (LIB / rustc-link-search)' : ''}.`
          : 'The linker reported errors after compilation succeeded. The "note:" lines under the error contain the linker output - look for "undefined reference" or "cannot find -l".',
    causes: ['System library development package missing (libssl-dev, libpq-dev, libsqlite3-dev, ...)', 'Library installed in a non-standard location', 'Cross-compiling without the target libraries'],
    fixes: (c) => [
      fix('Install the development package', [c.lib ? `Install the -dev/-devel package for lib${c.lib} (e.g. Debian: apt install lib${c.lib}-dev).` : `Read the note: lines under "linking with \`${c.linker}\` failed" to find the missing symbol or library${c.lnk ? ` (the ${c.lnk} lines)` : ''}.`, 'Or point to it with a build script: cargo:rustc-link-search=native=/path.'], c.lib === 'ssl' || c.lib === 'crypto' ? 'sudo apt-get install -y libssl-dev pkg-config' : null),
    ],
    references: [ref('Cargo: Build Scripts (rustc-link-lib / rustc-link-search)', 'https://doc.rust-lang.org/cargo/reference/build-scripts.html')],
    samples: [
      'error: linking with `cc` failed: exit status: 1\n  |\n  = note: LC_ALL="C" PATH="..." "cc" "-m64" ...\n  = note: /usr/bin/ld: cannot find -lpq: No such file or directory\n          collect2: error: ld returned 1 exit status',
      'error: linking with `cc` failed: exit status: 1\n = note: ld: entry point (_main) undefined. for architecture x86_64\n          clang: error: linker command failed with exit code 1 (use -v to see invocation)',
      'error: linking with `link.exe` failed: exit code: 1120\n  |\n  = note: "C:\\Program Files\\Microsoft Visual Studio\\2022\\BuildTools\\VC\\Tools\\MSVC\\14.38.33130\\bin\\HostX64\\x64\\link.exe" "/NOLOGO" ...\n  = note: libz_sys-3f2a.rlib(deflate.o) : error LNK2019: unresolved external symbol __imp_fopen referenced in function gz_open',
    ],
  },
  {
    id: 'rust.could-not-compile',
    language: 'rust',
    match: /error: [Cc]ould not compile `(?<crate>[^`\n]{1,200})`(?: \((?<target>[^)\n]{1,100})\))?(?:(?: due to| because of) (?<count>\d{1,6}) previous errors?)?/,
    errorType: 'could not compile',
    category: 'build',
    // Below every rustc code (the catch-all error[Exxxx] is -10): the summary line names the
    // failure only when the real error has no code (syntax errors, macro errors...).
    priority: -20,
    summary: (c) => `Cargo could not compile the crate '${c.crate}'${c.count ? ` (${c.count} error(s))` : ''}.`,
    explanation: 'This is only the summary line. The actual compiler errors (error[Exxxx]: ...) are printed above it; fix the first one first, since later errors are often consequences.',
    causes: ['Compile errors reported earlier in the output', 'A build script or dependency failed to build'],
    fixes: (c) => [fix('Read the first error above', [`Scroll up to the first "error[" or "error:" line reported for ${c.crate}${c.target ? ` (${c.target})` : ''}.`, 'Run cargo build again with fewer parallel messages: cargo build 2>&1 | head -50.', 'Use rustc --explain EXXXX for a detailed explanation of an error code.'])],
    references: [ref('Rust Compiler Error Index', 'https://doc.rust-lang.org/error_codes/error-index.html')],
    samples: ['error: could not compile `myapp` (bin "myapp") due to 3 previous errors', 'error: Could not compile `lists`.'],
  },

  {
    id: 'rust.msvc-link-error',
    language: 'rust',
    // link.exe lines of a Rust build whose "linking with `link.exe` failed" header was not pasted:
    // the object files are rustc's codegen units (.rcgu.o) or members of an .rlib. The message
    // after the code is in the system's language (Italian, German, Chinese...). Recent rustc
    // prints each line of the linker's output as "note: LINK : fatal error LNK1181: …"; link.exe
    // itself never writes "note:" before "LINK :".
    match: /(?:(?:\.rcgu\.o|\.rlib\([^)\n]{1,200}\))|^[ \t]{0,20}(?:= )?note: LINK) : (?:fatal )?error (?<code>LNK\d{4}): ?(?<message>[^\n]{0,300})/m,
    errorType: (c) => c.code ?? 'LNK2019',
    category: 'build',
    priority: 15,
    summary: (c) => `The MSVC linker failed with ${c.code} while linking Rust code.`,
    explanation: (c) =>
      `rustc hands its object files (codegen units, .rcgu.o) to link.exe. ${c.code === 'LNK2019' || c.code === 'LNK2001' ? 'LNK2019/LNK2001 mean a symbol is referenced but defined in none of the linked objects and libraries: a missing import/system library, a native library built for another architecture or CRT (/MD vs /MT), a -sys crate linking the wrong version, or (when building rustc/std itself) a mismatch between the compiler and the library being built.' : c.code === 'LNK1181' || c.code === 'LNK1104' ? 'LNK1181/LNK1104 mean an input library cannot be opened: it is not installed, or not on the library search path.' : 'The code identifies the linker failure; the text after it names the symbol or file.'}`,
    causes: ['A native library (or its import .lib) missing from the link', 'Native library built for another architecture (x86 vs x64) or C runtime', 'Stale build artifacts after a toolchain change'],
    fixes: (c) => [
      fix(`Find what ${c.code} is missing`, ['Read the symbol or file named after the code; find which library provides it.', 'Add it with a build script (cargo:rustc-link-lib=... and cargo:rustc-link-search=native=...) or install the matching development package / Windows SDK component.', 'After toolchain changes, run cargo clean.'], 'cargo clean\ncargo build -vv'),
      fix('Check the toolchain and architecture', ['Use the x64 MSVC build tools for x86_64-pc-windows-msvc, and the same CRT (/MD) for C libraries.'], 'rustup show\nrustup target list --installed'),
    ],
    references: [ref('Microsoft Learn: Linker Tools Error LNK2019', 'https://learn.microsoft.com/en-us/cpp/error-messages/tool-errors/linker-tools-error-lnk2019'), ref('Cargo: Build Scripts (rustc-link-lib / rustc-link-search)', 'https://doc.rust-lang.org/cargo/reference/build-scripts.html')],
    samples: [
      "  = note:    Creazione della libreria C:\\rust\\build\\x86_64-pc-windows-msvc\\stage1-std\\x86_64-pc-windows-msvc\\release\\deps\\std-7302f725555de45e.dll.lib\n          std-7302f725555de45e.std.choc2ddc-cgu.0.rcgu.o : error LNK2019: riferimento al simbolo esterno rust_oom non risolto nella funzione _ZN4core3fmt5Write10write_char17h4b41e90904bba6daE\n          std-7302f725555de45e.std.choc2ddc-cgu.11.rcgu.o : error LNK2001: simbolo esterno rust_oom non risolto",
      '          app.app.2b8c-cgu.3.rcgu.o : error LNK2019: unresolved external symbol sqlite3_open referenced in function _ZN3app2db4open17h0d3e',
      "note: LINK : fatal error LNK1181: cannot open input file 'SDL2.lib'",
    ],
  },
  {
    id: 'cargo.rustc-too-old',
    language: 'rust',
    // cargo 1.70-1.79: "package `x v1` cannot be built because it requires rustc 1.79 or newer,
    // while the currently active rustc version is 1.76.0"; cargo 1.80+: "rustc 1.76.0 is not
    // supported by the following packages:\n  x@1.2.3 requires rustc 1.79".
    match:
      /package `(?<crate>[^`\s]{1,200})(?: v(?<crateVersion>[^`\s]{1,50}))?` cannot be built because it requires rustc (?<version>[\d.]{1,20})(?: or newer)?(?:, while the currently active rustc version is (?<current>[\d.]{1,20}))?|rustc (?<current2>[\d.]{1,20}) is not supported by the following packages?:\n[ \t]{0,10}(?<crate2>[^\s@]{1,200})@(?<crateVersion2>[^\s]{1,50}) requires rustc (?<version2>[\d.]{1,20})/,
    errorType: 'rustc version too old',
    category: 'dependency',
    priority: 40,
    summary: (c) => `${c.crate ?? c.crate2} ${c.crateVersion ?? c.crateVersion2 ?? ''} needs rustc ${c.version ?? c.version2} or newer${c.current ?? c.current2 ? `, but rustc ${c.current ?? c.current2} is active` : ''}.`.replace(/ {2,}/g, ' '),
    explanation: () =>
      `The crate declares a minimum supported Rust version (rust-version in its Cargo.toml), and the compiler in use is older. Usually a dependency was resolved to its newest release (a fresh Cargo.lock, cargo install without --locked, or cargo update), which raised the MSRV above your toolchain - often a pinned Docker image (rust:1.xx), a distribution package of rustc, or rust-toolchain.toml.`,
    causes: ['The toolchain is pinned to an old version (Docker image, CI action, rust-toolchain.toml, distro rustc)', 'cargo update / cargo install picked the newest dependency versions', 'No Cargo.lock committed, so CI resolves newer versions than your machine'],
    fixes: (c) => {
      const crate = c.crate ?? c.crate2 ?? '';
      const have = c.crateVersion ?? c.crateVersion2;
      return [
        fix(`Update Rust to ${c.version ?? c.version2} or newer`, ['Update the toolchain (and the Docker image / CI toolchain pin).'], `rustup update stable\nrustc --version\n# Dockerfile\nFROM rust:${(c.version ?? c.version2 ?? '').split('.').slice(0, 2).join('.')}`),
        fix(`Or pin ${crate} to an older release`, [`Select the newest ${crate} version that supports your rustc (cargo prints the command), or let the MSRV-aware resolver (Rust 1.84+, resolver = "3" / incompatible-rust-versions = "fallback") choose.`, 'Use cargo install --locked to build with the versions the crate was published with.'], `cargo update ${crate}${have ? `@${have}` : ''} --precise <older-version>`),
      ];
    },
    references: [ref('Cargo: The rust-version field', 'https://doc.rust-lang.org/cargo/reference/rust-version.html'), ref('Cargo: cargo update', 'https://doc.rust-lang.org/cargo/commands/cargo-update.html')],
    samples: [
      'error: package `bitstream-io v2.5.3` cannot be built because it requires rustc 1.79 or newer, while the currently active rustc version is 1.76.0\nEither upgrade to rustc 1.79 or newer, or use\ncargo update bitstream-io@2.5.3 --precise ver\nwhere `ver` is the latest version of `bitstream-io` supporting rustc 1.76.0',
      'error: rustc 1.75.0 is not supported by the following packages:\n  clap@4.5.20 requires rustc 1.74\n  clap_builder@4.5.20 requires rustc 1.74\nEither upgrade rustc or select compatible dependency versions with\n`cargo update <name>@<current-ver> --precise <compatible-ver>`',
    ],
  },
  {
    id: 'cargo.manifest-parse',
    language: 'rust',
    // The header, or the cause cargo chains under it (the innermost "Caused by:" line is matched
    // first): a newer edition or an unstable Cargo feature than this cargo knows, or bad TOML.
    match:
      /failed to parse manifest at `(?<path>[^`\n]{1,400})`|feature `(?<feature>edition20\d\d|[\w-]{1,60})` is required|this version of Cargo is older than the `(?<edition>\d{4})` edition|unknown variant `(?<variant>20\d\d)`, expected one of `2015`/,
    errorType: 'failed to parse manifest',
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.feature || c.edition || c.variant ? `This cargo is too old for the manifest: it needs ${c.feature ? `the Cargo feature ${c.feature}` : `edition ${c.edition ?? c.variant}`}.` : `Cargo cannot parse the manifest ${c.path}.`),
    explanation: (c) =>
      c.feature || c.edition || c.variant
        ? `The Cargo.toml (yours or a dependency's) uses ${c.feature ? `the feature ${c.feature}` : `edition ${c.edition ?? c.variant}`}, which this version of cargo does not support yet (edition 2021 needs Rust 1.56+, edition 2024 needs 1.85+). Update the toolchain, or use an older version of the dependency.`
        : `Cargo read ${c.path} and rejected it. The "Caused by:" lines under the error say why: invalid TOML (an unclosed quote or bracket), an unknown or misspelled key, a wrong value type, or a feature/edition this cargo does not know.`,
    causes: ['Old cargo/rustc reading a manifest with a newer edition (2021, 2024) or Cargo feature', 'A dependency released a version with a newer edition (no Cargo.lock, cargo install without --locked)', 'TOML syntax error or a misspelled key in Cargo.toml'],
    fixes: (c) => [
      c.feature || c.edition || c.variant
        ? fix('Update the toolchain', ['Update Rust/cargo (and the pinned Docker image or CI toolchain).'], 'rustup update stable\ncargo --version')
        : fix(`Fix ${c.path}`, [`Open ${c.path} and read the "Caused by:" lines for the key and position; validate the TOML.`]),
      fix('Keep dependencies at versions your cargo understands', ['Commit Cargo.lock and use cargo install --locked; pin the dependency to an older release if needed.'], 'cargo install --locked <crate>'),
    ],
    references: [ref('Cargo: The Manifest Format', 'https://doc.rust-lang.org/cargo/reference/manifest.html'), ref('The Rust Edition Guide', 'https://doc.rust-lang.org/edition-guide/')],
    samples: [
      'error: failed to parse manifest at `/home/dev/app/Cargo.toml`\n\nCaused by:\n  feature `edition2021` is required\n\n  consider adding `cargo-features = ["edition2021"]` to the manifest',
      "error: failed to parse manifest at `/app/Cargo.toml`\n\nCaused by:\n  could not parse input as TOML\n\nCaused by:\n  TOML parse error at line 8, column 9",
    ],
  },
  {
    id: 'cargo.lockfile-parse',
    language: 'rust',
    match: /failed to parse lock file at: (?<path>[^\n]{1,400})|lock file version (?<lockVersion>\d{1,2}) requires `-Znext-lockfile-bump`/,
    errorType: 'failed to parse lock file',
    category: 'configuration',
    priority: 40,
    summary: (c) => (c.lockVersion ? `Cargo.lock uses lock file version ${c.lockVersion}, which this cargo cannot read.` : `Cargo cannot read the lock file ${c.path}.`),
    explanation: 'Cargo.lock was written by a newer cargo (lock file version 4 is the default since Rust 1.83) or is corrupted (a merge conflict left in it). An older cargo - often a pinned Docker image or CI toolchain - refuses to read it.',
    causes: ['Cargo.lock generated with a newer toolchain than the one building', 'Merge conflict markers in Cargo.lock'],
    fixes: (c) => [
      fix('Build with the same (or newer) toolchain', [`Update Rust where ${c.path ?? 'Cargo.lock'} is read, or regenerate it with the older cargo.`], 'rustup update stable\n# or, with the old toolchain:\nrm Cargo.lock && cargo generate-lockfile'),
    ],
    references: [ref('Cargo: Cargo.toml vs Cargo.lock', 'https://doc.rust-lang.org/cargo/guide/cargo-toml-vs-cargo-lock.html')],
    samples: ['error: failed to parse lock file at: /app/Cargo.lock\n\nCaused by:\n  lock file version 4 requires `-Znext-lockfile-bump`'],
  },
  {
    id: 'cargo.no-manifest',
    language: 'rust',
    match: /could not find `Cargo\.toml` in `(?<path>[^`\n]{1,400})` or any parent directory/,
    errorType: 'could not find Cargo.toml',
    category: 'configuration',
    priority: 40,
    summary: (c) => `There is no Cargo.toml in ${c.path} or its parents.`,
    explanation: 'Cargo commands run on the package whose Cargo.toml is in the current directory or one of its parents. The command was run elsewhere (wrong directory, CI working-directory, Docker WORKDIR before COPY), or the project has no Cargo.toml.',
    causes: ['Running cargo outside the project directory', 'Docker build running cargo before copying Cargo.toml', 'CI step with the wrong working directory'],
    fixes: (c) => [fix('Run cargo in the package directory', [`cd into the directory with Cargo.toml (not ${c.path}), or pass --manifest-path.`], 'cargo build --manifest-path path/to/Cargo.toml')],
    references: [ref('Cargo: The Manifest Format', 'https://doc.rust-lang.org/cargo/reference/manifest.html')],
    samples: ['error: could not find `Cargo.toml` in `/home/runner/work/app` or any parent directory'],
  },
  {
    id: 'rust.explain-code',
    language: 'rust',
    // Pastes that cut off the error[Exxxx] header still end with rustc's pointer to the code.
    match: /For more information about (?:this|an) error, try `rustc --explain (?<code>E\d{4})`/,
    errorType: (c) => c.code ?? 'rustc error',
    category: 'build',
    priority: -15,
    summary: (c) => `rustc reported error ${c.code}.`,
    explanation: (c) => `The compiler rejected the code with error ${c.code} (the error itself is printed above this line). 'rustc --explain ${c.code}' prints a long explanation with examples.`,
    causes: ['See the error[...] message above the summary'],
    fixes: (c) => [fix('Read the detailed explanation', [`Run rustc --explain ${c.code}.`, 'Fix the first error in the output first.'], `rustc --explain ${c.code}`)],
    references: [ref('Rust Compiler Error Index', 'https://doc.rust-lang.org/error_codes/error-index.html')],
    samples: ['error: aborting due to 2 previous errors\n\nSome errors have detailed explanations: E0277, E0599.\nFor more information about an error, try `rustc --explain E0277`.'],
  },

  {
    id: 'rust.ice',
    language: 'rust',
    match: /error: internal compiler error: (?<message>[^\n]{1,500})|error: the compiler unexpectedly panicked\. this is a bug\./,
    errorType: 'internal compiler error',
    category: 'build',
    priority: 30,
    summary: (c) => `rustc crashed (internal compiler error)${c.message ? `: ${c.message}` : ''}.`,
    explanation: 'This is a bug in the compiler, not in your code (although your code triggers it). ICEs are often caused by stale incremental-compilation data, or by a nightly regression.',
    causes: ['Corrupted incremental compilation cache (target/)', 'A compiler bug in this (often nightly) version', 'An unusual combination of features or macros'],
    fixes: [
      fix('Clean and retry, then try another toolchain', ['cargo clean removes incremental data that often triggers ICEs.', 'Try the latest stable or an older nightly; report the bug with the backtrace if it persists.'], 'cargo clean\nrustup update\ncargo +stable build'),
    ],
    references: [ref('rustc dev guide: Bug reports and ICEs', 'https://rustc-dev-guide.rust-lang.org/walkthrough.html'), ref('Rust: Filing compiler bugs', 'https://github.com/rust-lang/rust/blob/master/CONTRIBUTING.md#bug-reports')],
    samples: ["error: internal compiler error: compiler/rustc_middle/src/ty/layout.rs:1234:21: unexpected type\n\nthread 'rustc' panicked at compiler/rustc_middle/src/util/bug.rs:36:26:\nBox<dyn Any>\nnote: the compiler unexpectedly panicked. this is a bug."],
  },
  {
    id: 'cargo.native-static-lib',
    language: 'rust',
    match: /could not find native static library `(?<lib>[^`\n]{1,200})`, perhaps an -L flag is missing\?/,
    errorType: 'could not find native static library',
    category: 'build',
    priority: 20,
    summary: (c) => `The static library ${c.lib} was not found on the linker search path.`,
    explanation: (c) => `A build script or #[link] attribute asked rustc to link lib${c.lib}.a (${c.lib}.lib on MSVC) statically, and none of the -L search directories contains it. The native library was not built/installed, or its directory was not passed with cargo:rustc-link-search.`,
    causes: ['The native library is not installed or not built', 'build.rs did not emit cargo:rustc-link-search for its directory', 'Cross-compiling without the target library'],
    fixes: (c) => [fix(`Provide lib${c.lib} and its directory`, [`Install or build ${c.lib}, then point rustc at it from build.rs.`], `// build.rs\nprintln!("cargo:rustc-link-search=native=/path/to/libdir");\nprintln!("cargo:rustc-link-lib=static=${c.lib}");`)],
    references: [ref('Cargo: Build Scripts (rustc-link-lib / rustc-link-search)', 'https://doc.rust-lang.org/cargo/reference/build-scripts.html')],
    samples: ['error: could not find native static library `ggml`, perhaps an -L flag is missing?\n\nerror: could not compile `llama-sys` (lib) due to 1 previous error'],
  },
  {
    id: 'cargo.locked-needs-update',
    language: 'rust',
    match: /the lock file (?<path>[^\n]{1,400}?) needs to be updated but --(?<flag>locked|frozen) was passed to prevent this/,
    errorType: 'lock file needs to be updated',
    category: 'dependency',
    priority: 40,
    summary: (c) => `Cargo.lock is out of date with Cargo.toml, and --${c.flag} forbids updating it.`,
    explanation: (c) => `${c.path} no longer matches the dependencies in Cargo.toml (a dependency was added or changed without committing the updated lock file), and --${c.flag} tells cargo to fail instead of rewriting it - usual in CI and cargo install --locked.`,
    causes: ['Cargo.toml changed but the updated Cargo.lock was not committed', 'Cargo.lock generated by a different cargo version or for a different workspace'],
    fixes: (c) => [fix('Update and commit the lock file', [`Run cargo update -w (or cargo build) locally and commit ${c.path}.`], 'cargo update -w\ngit add Cargo.lock')],
    references: [ref('Cargo: cargo build --locked', 'https://doc.rust-lang.org/cargo/commands/cargo-build.html#manifest-options')],
    samples: ['error: the lock file /home/runner/work/app/Cargo.lock needs to be updated but --locked was passed to prevent this\nIf you want to try to generate the lock file without accessing the network, remove the --locked flag and use --offline instead.'],
  },

  {
    id: 'rust.main-io-error',
    language: 'rust',
    // fn main() -> Result<..> returning an io::Error prints its Debug form: "Error: Os { code: 2,
    // kind: NotFound, message: \"No such file or directory\" }" (the message is localised on Windows).
    match: /^Error: (?:Os \{ code: (?<code>-?\d{1,10}), kind: (?<kind>\w{1,60}), message: "(?<message>[^"\n]{0,300})" \}|Custom \{ kind: (?<customKind>\w{1,60}), error: (?<error>[^\n]{0,300}) \}|Kind\((?<bareKind>\w{1,60})\))/m,
    errorType: (c) => c.kind ?? c.customKind ?? c.bareKind ?? 'io::Error',
    category: 'io',
    // Negative: build scripts print the same line under "--- stderr", and there the cargo
    // failure around it (matched on the whole text) is the answer.
    priority: -5,
    summary: (c) => `main() returned an I/O error: ${c.kind ?? c.customKind ?? c.bareKind}${c.message ? ` (${c.message})` : ''}.`,
    explanation: (c) =>
      `The program's main function returned Err with a std::io::Error, and Rust printed its Debug form and exited with code 1.${c.kind === 'NotFound' ? ' NotFound: a file or directory does not exist - relative paths are resolved from the current working directory, not from the executable or Cargo.toml.' : c.kind === 'PermissionDenied' ? ' PermissionDenied: the user running the program may not access the path.' : c.kind === 'AddrInUse' ? ' AddrInUse: another process already listens on that port.' : c.kind === 'ConnectionRefused' ? ' ConnectionRefused: nothing listens at the address.' : ''} The error has no path or context: add it with anyhow's .context() / .with_context() to see which operation failed.`,
    causes: ['A file path that does not exist relative to the working directory', 'Missing permissions', 'A network address that is in use or not listening'],
    fixes: (c) => [
      fix('Add context to find the failing operation', [`Wrap the I/O calls so the ${c.kind ?? c.customKind ?? c.bareKind} error says which path or address failed.`], 'use anyhow::Context;\n\nlet text = std::fs::read_to_string(&path)\n    .with_context(|| format!("reading {}", path.display()))?;'),
    ],
    references: [ref('std::io::ErrorKind', 'https://doc.rust-lang.org/std/io/enum.ErrorKind.html'), ref('The Rust Book: Recoverable Errors with Result', 'https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html')],
    samples: ['Error: Os { code: 2, kind: NotFound, message: "No such file or directory" }', 'Error: Os { code: 5, kind: PermissionDenied, message: "Zugriff verweigert" }'],
  },
  {
    id: 'rust.alloc-failed',
    language: 'rust',
    match: /memory allocation of (?<bytes>\d{1,20}) bytes failed/,
    errorType: 'memory allocation failed',
    category: 'runtime',
    priority: 20,
    summary: (c) => `An allocation of ${c.bytes} bytes failed and the process aborted.`,
    explanation: (c) => `Rust's global allocator could not get ${c.bytes} bytes from the system, which aborts the process (it does not unwind). Either memory is exhausted (container limit, leak, unbounded growth), or the size is absurd - a length read from corrupt or untrusted input passed to Vec::with_capacity / vec![0; n].`,
    causes: ['A size computed from untrusted or corrupt data', 'Out of memory under a container limit', 'Unbounded buffering of input'],
    fixes: (c) => [fix(`Check where ${c.bytes} bytes are requested`, ['Validate lengths from input before allocating; use try_reserve to handle failure.', 'Otherwise profile memory (heaptrack, dhat) and raise limits if the use is legitimate.'], 'let mut buf = Vec::new();\nbuf.try_reserve(len)?; // returns an error instead of aborting')],
    references: [ref('Vec::try_reserve', 'https://doc.rust-lang.org/std/vec/struct.Vec.html#method.try_reserve')],
    samples: ['memory allocation of 18446744073709551615 bytes failed\nAborted (core dumped)'],
  },
  {
    id: 'rust.toolchain-not-installed',
    language: 'rust',
    match: /error: toolchain '(?<toolchain>[^'\n]{1,100})' is not installed|error: (?:the )?'(?<binary>[\w-]{1,40})' (?:is not installed for the toolchain|binary, normally provided by the '[\w-]{1,40}' component, is not applicable to the) '(?<toolchain2>[^'\n]{1,100})'/,
    errorType: 'toolchain is not installed',
    category: 'configuration',
    priority: 20,
    summary: (c) => (c.binary ? `${c.binary} is not available for the toolchain '${c.toolchain2}'.` : `The Rust toolchain '${c.toolchain}' is not installed.`),
    explanation: (c) => `rustup selected ${c.toolchain ?? c.toolchain2} (from rust-toolchain.toml, a +toolchain argument or an override) but it${c.binary ? ` lacks ${c.binary}` : ' is not installed'}. Newer rustup versions install the toolchain from rust-toolchain.toml automatically; older ones and RUSTUP_AUTO_INSTALL=0 do not.`,
    causes: ['rust-toolchain.toml pins a toolchain that was never installed', 'A component (clippy, rustfmt, rust-src) missing for that toolchain', 'CI image with only the default toolchain'],
    fixes: (c) => [fix(`Install ${c.toolchain ?? c.toolchain2}`, ['Install the toolchain (and component) rustup asks for.'], `rustup toolchain install ${c.toolchain ?? c.toolchain2}${c.binary ? `\nrustup component add ${c.binary} --toolchain ${c.toolchain2}` : ''}`)],
    references: [ref('rustup book: Overrides (rust-toolchain.toml)', 'https://rust-lang.github.io/rustup/overrides.html')],
    samples: ["error: toolchain 'nightly-2024-05-01-x86_64-unknown-linux-gnu' is not installed"],
  },

  // ---------------------------------------------------------------- catch-alls
  {
    id: 'rust.compile-error',
    language: 'rust',
    match: rx(String.raw`rror\[(?<code>E\d{4})\]: (?<message>[^\n]{1,500})`, LOC),
    errorType: (c) => c.code ?? 'rustc error',
    category: 'build',
    priority: -10,
    summary: (c) => `rustc error ${c.code}${at(c)}: ${c.message}`,
    explanation: (c) => `The compiler rejected the code with error ${c.code}. Run 'rustc --explain ${c.code}' for a long explanation with examples; the "help:" lines under the error often contain the exact fix.`,
    causes: ['See the error message and the help/note lines below it', 'Errors reported later in the output are often consequences of the first one'],
    fixes: (c) => [fix('Read the detailed explanation', [`Run rustc --explain ${c.code}.`, 'Apply the compiler "help:" suggestion if present (cargo fix can apply some automatically).'], `rustc --explain ${c.code}`)],
    references: [ref('Rust Compiler Error Index', 'https://doc.rust-lang.org/error_codes/error-index.html')],
    samples: ['error[E0053]: method `fmt` has an incompatible type for trait\n --> src/main.rs:9:5'],
  },
  {
    id: 'rust.panic',
    language: 'rust',
    // New format: location line, message below; old format: quoted message then location, where
    // a multi-line message (assert_eq!, anyhow chains) puts the location lines further down.
    // Panic hooks that log (tracing, log-panics) may drop the "thread 'x'" part.
    match: /(?:thread '(?<thread>[^'\n]{1,200})'(?: \(\d{1,12}\))? |\b)panicked at (?:(?<file>[^\n']{1,400}?):(?<line>\d{1,7}):\d{1,7}:\n(?<message>[^\n]{1,500})|'(?<oldMessage>[^\n]{0,500}?)(?:', (?<oldFile>[^\s']{1,400}?):(?<oldLine>\d{1,7})(?::\d{1,7})?|$))/m,
    errorType: 'panic',
    category: 'runtime',
    priority: -10,
    summary: (c) => `${c.thread ? `Thread '${c.thread}'` : 'The program'} panicked${at(c)}${c.message ?? c.oldMessage ? `: ${c.message ?? c.oldMessage}` : '.'}`,
    explanation: 'A panic is an unrecoverable error: the thread unwinds and (for main) the program exits with code 101. The message comes from panic!, expect("..."), assert!, unreachable! or a failed runtime check. The location is where the panic was raised.',
    causes: ['expect()/unwrap() on a failing value', 'assert!/assert_eq! failed', 'Explicit panic!/unreachable!/todo!'],
    fixes: (c) => [
      fix(
        'Inspect the location and backtrace',
        [c.file ?? c.oldFile ? `Open ${c.file ?? c.oldFile}:${c.line ?? c.oldLine}${c.thread ? ` (thread '${c.thread}')` : ''}.` : `Find the panic!/expect/assert${inThread(c)} that prints this message.`, 'Re-run with RUST_BACKTRACE=1; replace panics on expected failures with Result.'],
        'RUST_BACKTRACE=1 cargo run',
      ),
    ],
    references: [ref('The Rust Book: Unrecoverable Errors with panic!', 'https://doc.rust-lang.org/book/ch09-01-unrecoverable-errors-with-panic.html')],
    samples: [
      "thread 'main' panicked at src/main.rs:14:10:\nfailed to read config.toml: Os { code: 2, kind: NotFound, message: \"No such file or directory\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
      "koji    | thread 'main' panicked at 'Connection Error: error communicating with database: failed to lookup address information: Temporary failure in name resolution', app/src/lib.rs:58:29\nkoji    | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
      "---- tests::adds stdout ----\nthread 'tests::adds' (81234) panicked at src/lib.rs:12:9:\nassertion `left == right` failed\n  left: 4\n right: 5",
      "thread 'main' panicked at 'assertion failed: `(left == right)`\n  left: `1`,\n right: `2`', src/main.rs:3:5",
      '2025-01-03T08:00:00Z ERROR panic: panicked at src/jobs/import.rs:41:22:\nimport failed: error returned from database: 1205 (HY000): Lock wait timeout exceeded',
    ],
  },
];
