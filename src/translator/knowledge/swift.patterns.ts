import type { ErrorPattern } from '../rules/error-pattern';

/**
 * Swift runtime traps, Xcode crash reasons and compiler diagnostics, most frequent first.
 * Compiler messages are matched with either case of their first letter: swiftc prints "error: cannot find…",
 * Xcode shows "Cannot find…".
 */

const SWIFT_BOOK = 'https://docs.swift.org/swift-book/documentation/the-swift-programming-language';
const APPLE_DOCS = 'https://developer.apple.com/documentation';

export const SWIFT_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'swift.nil-unwrap',
    language: 'swift',
    match: /[Uu]nexpectedly found nil while (?<action>implicitly unwrapping|unwrapping) an Optional value(?:: file (?<file>[^,\n]{1,300}), line (?<line>\d{1,7}))?/,
    errorType: 'unexpectedly found nil',
    category: 'null',
    priority: 45,
    summary: (c) =>
      `The app crashed because an Optional was nil where the code ${c.action === 'implicitly unwrapping' ? 'implicitly unwrapped it (a Type! property, often an @IBOutlet)' : 'force-unwrapped it with !'}${c.file ? ` (${c.file}:${c.line ?? '?'})` : ''}.`,
    explanation: (c) =>
      (c.action === 'implicitly unwrapping'
        ? 'A property declared with ! (implicitly unwrapped optional) was read while still nil. With @IBOutlets this means the outlet is not connected in the storyboard/XIB, or it is accessed before the view is loaded (e.g. setting a label in prepare(for:segue:) before viewDidLoad). '
        : 'A force unwrap (value!) or force cast (as!) met nil. Force unwrapping asserts "this can never be nil"; at runtime it was. ') +
      'Xcode stops on the failing line; inspect which optional is nil there and why.',
    causes: [
      'An @IBOutlet not connected in Interface Builder, or accessed before viewDidLoad',
      'Force-unwrapping the result of a failable operation (URL(string:), Int(_:), dictionary lookup, dequeueReusableCell as!)',
      'Data not loaded yet (async work not finished) when the value is used',
      'A resource missing from the bundle (Bundle.main.url(forResource:) returns nil)',
    ],
    fixes: [
      {
        title: 'Unwrap safely and handle the nil case',
        steps: ['Replace ! with if let / guard let and decide what to do when nil', 'Use ?? for a sensible default'],
        code: 'guard let url = URL(string: urlString) else {\n    assertionFailure("Invalid URL: \\(urlString)")\n    return\n}\nlet count = Int(text) ?? 0',
      },
      {
        title: 'Check outlets and timing',
        steps: ['Re-connect the @IBOutlet in the storyboard (Connections inspector)', 'Pass data to a property and apply it to views in viewDidLoad, not in prepare(for:)'],
        code: null,
      },
    ],
    references: [
      { title: 'The Swift Programming Language: Optionals', url: `${SWIFT_BOOK}/thebasics#Optionals` },
      { title: 'Apple: Addressing crashes from Swift runtime errors', url: `${APPLE_DOCS}/xcode/addressing-crashes-from-swift-runtime-errors` },
    ],
    samples: [
      'Fatal error: Unexpectedly found nil while unwrapping an Optional value: file MyApp/ProfileViewController.swift, line 42',
      'Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value',
    ],
  },
  {
    id: 'swift.index-out-of-range',
    language: 'swift',
    match: /(?:[Ff]atal error|Swift runtime failure): (?:Array )?[Ii]ndex (?:is )?out of range(?:: file (?<file>[^,\n]{1,300}), line (?<line>\d{1,7}))?/,
    errorType: 'Index out of range',
    category: 'runtime',
    priority: 45,
    summary: 'The app crashed reading or writing an array element at an index that does not exist.',
    explanation:
      'Swift arrays check every subscript: index must be in 0..<count. The index was negative or ≥ count — an off-by-one, an empty array, an index from another collection, ' +
      'or a table/collection view asking for a row of data that has changed (numberOfRows and the data source out of sync).',
    causes: [
      'Off-by-one (<= count instead of < count, count instead of count - 1)',
      'Accessing [0] / first element of an empty array',
      'Data source changed (async reload) while a table/collection view used old indexes',
      'Index computed for another array',
    ],
    fixes: [
      {
        title: 'Check bounds or use safe accessors',
        steps: ['Use first/last (optionals) or indices.contains', 'Iterate with indices or enumerated() instead of manual counters', 'Update table view data and UI on the main thread together'],
        code: 'if let first = items.first { use(first) }\nif items.indices.contains(i) { use(items[i]) }\nfor (i, item) in items.enumerated() { ... }',
      },
    ],
    references: [
      { title: 'The Swift Programming Language: Collection types (arrays)', url: `${SWIFT_BOOK}/collectiontypes` },
      { title: 'Apple: Addressing crashes from Swift runtime errors', url: `${APPLE_DOCS}/xcode/addressing-crashes-from-swift-runtime-errors` },
    ],
    samples: ['Swift/ContiguousArrayBuffer.swift:600: Fatal error: Index out of range', 'Thread 1: Fatal error: Index out of range'],
  },
  {
    id: 'swift.exc-bad-access',
    language: 'swift',
    match: /EXC_BAD_ACCESS(?: \(code=(?<code>\d{1,3}), address=(?<address>0x[0-9a-fA-F]{1,16})\))?/,
    errorType: 'EXC_BAD_ACCESS',
    category: 'memory',
    priority: 40,
    summary: (c) => `The app accessed invalid memory${c.address ? ` (address ${c.address})` : ''} and was stopped.`,
    explanation: (c) =>
      'EXC_BAD_ACCESS means the process read or wrote memory it may not access. In Swift this usually comes from an object used after it was deallocated (unowned/unsafe references, ' +
      'delegates in Objective-C APIs, KVO observers not removed), unsafe pointer code, a data race between threads, or infinite recursion overflowing the stack. ' +
      (c.address && /^0x0{0,13}[0-9a-f]{1,3}$/i.test(c.address) ? 'An address near 0 points to a nil/NULL pointer dereference.' : ''),
    causes: [
      'Using an object after it was deallocated (unowned self, Objective-C delegate/KVO without weak handling)',
      'Unsafe pointer / C interop bugs, or buffer overflow',
      'Data races: mutating shared state from several threads',
      'Stack overflow from infinite recursion (e.g. a property getter calling itself)',
    ],
    fixes: [
      {
        title: 'Let the diagnostics find it',
        steps: [
          'Enable Address Sanitizer and Thread Sanitizer in the scheme (Run → Diagnostics)',
          'Enable Zombie Objects for use-after-free in Objective-C objects',
          'Look at the stack trace for recursion',
        ],
        code: null,
      },
      {
        title: 'Prefer weak to unowned when lifetimes are unclear',
        steps: ['Capture self weakly in escaping closures and delegates'],
        code: 'service.load { [weak self] result in\n    guard let self else { return }\n    self.update(result)\n}',
      },
    ],
    references: [
      { title: 'Apple: Investigating memory access crashes', url: `${APPLE_DOCS}/xcode/investigating-memory-access-crashes` },
      { title: 'Apple: Diagnosing memory, thread, and crash issues early', url: `${APPLE_DOCS}/xcode/diagnosing-memory-thread-and-crash-issues-early` },
    ],
    samples: ['Thread 1: EXC_BAD_ACCESS (code=1, address=0x10)', 'Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Subtype: KERN_INVALID_ADDRESS at 0x0000000000000010'],
  },
  {
    id: 'swift.kvc-not-key-value-compliant',
    language: 'swift',
    match: /(?:setValue:forUndefinedKey:\]: )?this class is not key value coding-compliant for the key (?<key>\w{1,200})/,
    errorType: 'NSUnknownKeyException',
    category: 'configuration',
    priority: 45,
    summary: (c) => `A storyboard/XIB connection refers to "${c.key ?? ''}", which the class does not have (a broken @IBOutlet).`,
    explanation: (c) =>
      `While loading the interface, UIKit/AppKit tried to set the property ${c.key ?? ''} on the view controller/view via key-value coding, and the class has no such property. ` +
      'An outlet was renamed or deleted in code but the old connection stays in Interface Builder, or the scene\'s custom class / module is wrong.',
    causes: ['An @IBOutlet renamed or removed in code, stale connection in the storyboard/XIB', 'Wrong Custom Class or Module set on the scene or view', 'Connection made to File\'s Owner vs the view inconsistently'],
    fixes: (c) => [
      {
        title: `Remove the stale connection${c.key ? ` ${c.key}` : ''}`,
        steps: [
          'Open the storyboard/XIB, select the view controller, open the Connections inspector',
          `Delete the connection marked with a warning${c.key ? ` (${c.key}: an outlet that no longer exists in code)` : ' (the outlet name from the message)'}`,
          'Check the Custom Class and Module fields',
        ],
        code: null,
      },
    ],
    references: [{ title: 'Apple: Key-value coding programming guide', url: 'https://developer.apple.com/library/archive/documentation/Cocoa/Conceptual/KeyValueCoding/index.html' }],
    samples: ["*** Terminating app due to uncaught exception 'NSUnknownKeyException', reason: '[<MyApp.LoginViewController 0x7fa1c8e0a200> setValue:forUndefinedKey:]: this class is not key value coding-compliant for the key passwordField.'"],
  },
  {
    id: 'swift.unrecognized-selector',
    language: 'swift',
    match: /(?:[-+]\[(?<class>[\w.]{1,100}) (?<selector>[\w:]{1,200})\]: )?unrecognized selector sent to (?:instance|class) (?<instance>0x[0-9a-fA-F]{1,16})/,
    errorType: 'NSInvalidArgumentException',
    category: 'runtime',
    priority: 45,
    summary: (c) => `An Objective-C message ${c.selector ?? ''} was sent to an object${c.class ? ` of class ${c.class}` : ''} that does not implement it.`,
    explanation: (c) =>
      `The Objective-C runtime delivered ${c.selector ? `"${c.selector}"` : 'a selector'} to ${c.class ?? 'an object'} and no method answers it. ` +
      'In Swift apps this comes from a target-action (button, gesture, #selector) pointing to a method that was renamed or lacks @objc, a storyboard action connected to a removed method, ' +
      'or an object of another type than expected (e.g. an NSNull from JSON).',
    causes: ['A storyboard IBAction connection to a renamed/deleted method', '#selector target method renamed, missing @objc, or wrong target', 'An object of another class than expected (NSNull, NSNumber vs NSString)'],
    fixes: (c) => {
      const method = c.selector ? c.selector.split(':')[0] : 'didTapSave';
      return [
        {
          title: 'Fix the action or selector target',
          steps: [
            'Check the Connections inspector for broken actions',
            `Make sure ${c.class ?? 'the target'} implements ${c.selector ?? 'the selector'} and that it is @objc`,
          ],
          code: `button.addTarget(self, action: #selector(${method}(_:)), for: .touchUpInside)\n\n@objc private func ${method}(_ sender: UIButton) { ... }`,
        },
      ];
    },
    references: [{ title: 'Apple: Understanding the exception types in a crash report', url: `${APPLE_DOCS}/xcode/understanding-the-exception-types-in-a-crash-report` }],
    samples: ["*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[MyApp.SettingsViewController didTapSave:]: unrecognized selector sent to instance 0x7fb2c9d07a10'"],
  },
  {
    id: 'swift.sigabrt',
    language: 'swift',
    match: /Terminating app due to uncaught exception '(?<exception>\w{1,100})', reason: '(?<reason>[^\n]{0,400}?)'|Thread \d{1,4}: signal SIGABRT/,
    errorType: (c) => c.exception ?? 'signal SIGABRT',
    category: 'runtime',
    priority: 20,
    summary: (c) =>
      c.exception ? `The app was aborted by an uncaught ${c.exception}${c.reason ? `: ${c.reason.length > 160 ? `${c.reason.slice(0, 160)}…` : c.reason}` : ''}.` : 'The app aborted itself (SIGABRT): an exception or a failed check stopped it.',
    explanation:
      'SIGABRT is the app terminating itself on purpose: an uncaught Objective-C exception, a failed precondition/assertion, or a Swift runtime check. ' +
      'The debugger stops in system code; the useful information is the "reason:" line printed in the console above and the first frame of your code in the stack trace.',
    causes: [
      'An uncaught NSException (broken storyboard connection, invalid argument, collection mutated while enumerated)',
      'A UIKit consistency check (table view updates that do not match the data source)',
      'precondition/fatalError/assertion failures',
    ],
    fixes: [
      {
        title: 'Find the reason and the first frame in your code',
        steps: [
          'Read the console line starting with "*** Terminating app due to uncaught exception" (reason)',
          'Add an Exception Breakpoint (Breakpoint navigator → + → Exception Breakpoint) to stop where it is thrown',
          'Fix the cause named in the reason',
        ],
        code: null,
      },
    ],
    references: [
      { title: 'Apple: Understanding the exception types in a crash report', url: `${APPLE_DOCS}/xcode/understanding-the-exception-types-in-a-crash-report` },
      { title: 'Apple: Addressing crashes from Swift runtime errors', url: `${APPLE_DOCS}/xcode/addressing-crashes-from-swift-runtime-errors` },
    ],
    samples: [
      'Thread 1: signal SIGABRT',
      "*** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'Invalid update: invalid number of rows in section 0. The number of rows contained in an existing section after the update (3) must be equal to the number of rows contained in that section before the update (3), plus or minus the number of rows inserted or deleted from that section (1 inserted, 0 deleted).'",
    ],
  },
  {
    id: 'swift.cannot-find-in-scope',
    language: 'swift',
    match: /[Cc]annot find (?<kind>type )?'(?<name>[^'\n]{1,200})' in scope|[Uu]se of unresolved identifier '(?<old>[^'\n]{1,200})'/,
    errorType: (c) => (c.old ? 'use of unresolved identifier' : `cannot find ${c.kind ? 'type ' : ''}in scope`),
    category: 'name',
    priority: 40,
    summary: (c) => `The compiler does not know ${c.kind ? 'the type' : 'the name'} '${c.name ?? c.old ?? ''}' here.`,
    explanation: (c) =>
      `Nothing named ${c.name ?? c.old ?? 'this'} is visible at this point: it is misspelled, declared in another scope (inside another function or a nested type), ` +
      'defined in a module that is not imported (import SwiftUI/UIKit/a package product), in a file not included in this target (Target Membership), or only available on a newer OS/Swift version.',
    causes: ['Typo or wrong capitalisation', 'Missing import of the module that declares it', 'The declaring file is not a member of this target (or a test target)', 'Declared in a narrower scope, or #if conditional compilation excludes it'],
    fixes: (c) => [
      {
        title: 'Make the declaration visible',
        steps: ['Check spelling and scope', 'Add the missing import (and the package product to the target)', 'Check Target Membership of the file that declares it (File inspector)'],
        code: `import SwiftUI   // or the module that declares ${c.name ?? c.old ?? 'it'}\n// In tests: @testable import MyApp`,
      },
    ],
    references: [{ title: 'The Swift Programming Language: Access control and modules', url: `${SWIFT_BOOK}/accesscontrol` }],
    samples: ["ContentView.swift:14:9: error: cannot find 'viewModel' in scope", "Cannot find type 'Item' in scope"],
  },
  {
    id: 'swift.optional-must-be-unwrapped',
    language: 'swift',
    match: /[Vv]alue of optional type '(?<type>[^'\n]{1,200})' must be unwrapped(?: to (?:a value of type|refer to member) '(?<target>[^'\n]{1,200})')?/,
    errorType: 'value of optional type must be unwrapped',
    category: 'null',
    priority: 40,
    summary: (c) => `${c.type ?? 'An optional value'} may be nil; the compiler needs you to unwrap it first.`,
    explanation: (c) =>
      `The expression has type ${c.type ?? 'T?'} and is used where ${c.target ? `a non-optional ${c.target}` : 'a non-optional value'} is required. ` +
      'Swift makes you decide what happens when it is nil: provide a default, unwrap with if let/guard let, use optional chaining, or (only when nil is impossible) force-unwrap.',
    causes: ['Using a value from a dictionary lookup, failable initializer or optional property directly', 'A function returning an optional where the caller expects a value'],
    fixes: (c) => [
      {
        title: 'Unwrap explicitly',
        steps: [`Pick the handling that fits for the ${c.type ?? 'optional'} value${c.target ? ` where a ${c.target} is needed` : ''}: default, guard, or chaining`],
        code: 'let name = user.nickname ?? "Anonymous"\nguard let data = response.data else { return }\nlabel.text = user.address?.city',
      },
    ],
    references: [{ title: 'The Swift Programming Language: Optionals', url: `${SWIFT_BOOK}/thebasics#Optionals` }, { title: 'The Swift Programming Language: Optional chaining', url: `${SWIFT_BOOK}/optionalchaining` }],
    samples: ["error: value of optional type 'String?' must be unwrapped to a value of type 'String'", "Value of optional type 'User?' must be unwrapped to refer to member 'name' of wrapped base type 'User'"],
  },
  {
    id: 'swift.cannot-convert-value',
    language: 'swift',
    match: /[Cc]annot convert (?:value|return expression) of type '(?<from>[^'\n]{1,200})' to (?<context>[\w ]{0,40}?)type '(?<to>[^'\n]{1,200})'/,
    errorType: 'cannot convert value of type',
    category: 'type',
    priority: 35,
    summary: (c) => `A value of type ${c.from ?? 'one type'} is used where ${c.to ?? 'another type'} is expected.`,
    explanation: (c) =>
      `Swift has no implicit conversions between types: ${c.from ?? 'the value'} cannot be passed as ${c.to ?? 'the expected type'}${c.context ? ` (${c.context.trim()})` : ''}. ` +
      'Numeric types (Int, Double, CGFloat) need explicit conversion, String and Substring differ, and optionals must be unwrapped.',
    causes: ['Mixing numeric types (Int vs Double vs CGFloat)', 'Substring where String is expected (after slicing/split)', 'Optional vs non-optional', 'Wrong argument order or overload'],
    fixes: (c) => [
      {
        title: 'Convert explicitly',
        steps: ['Wrap the value in the initializer of the expected type, or change the declared type'],
        code: `let value = ${c.to && /^[A-Z]\w*$/.test(c.to) ? c.to : 'Double'}(input)\nlet name = String(fullName.split(" ")[0])`,
      },
    ],
    references: [{ title: 'The Swift Programming Language: The basics (type safety, numeric conversion)', url: `${SWIFT_BOOK}/thebasics` }],
    samples: ["error: cannot convert value of type 'Int' to expected argument type 'Double'", "Cannot convert value of type 'Substring' to specified type 'String'"],
  },
  {
    id: 'swift.missing-return',
    language: 'swift',
    match: /[Mm]issing return in (?<kind>[\w ]{1,40}?) expected to return '(?<type>[^'\n]{1,200})'/,
    errorType: 'missing return',
    category: 'type',
    priority: 40,
    summary: (c) => `This ${c.kind ?? 'function'} is declared to return ${c.type ?? 'a value'} but can end without returning.`,
    explanation: (c) =>
      `At least one path through this ${c.kind ?? 'function'} reaches the closing brace without a return statement, yet it promises to return ${c.type ?? 'a value'}. ` +
      'Common with if/else chains or switch statements where one branch does not return, or a loop whose return is not reached.',
    causes: ['An if without an else branch that returns', 'A switch case without a return', 'A return only inside a loop'],
    fixes: [
      {
        title: 'Return (or throw) on every path',
        steps: ['Add the missing return/else, or end the function with a default return or fatalError for impossible cases'],
        code: 'func grade(_ score: Int) -> String {\n    if score >= 90 { return "A" }\n    else if score >= 75 { return "B" }\n    return "C"\n}',
      },
    ],
    references: [{ title: 'The Swift Programming Language: Functions', url: `${SWIFT_BOOK}/functions` }],
    samples: ["error: missing return in global function expected to return 'Int'", "Missing return in instance method expected to return 'String'"],
  },
  {
    id: 'swift.inaccessible-protection-level',
    language: 'swift',
    match: /'(?<name>[^'\n]{1,200})' is inaccessible due to '(?<level>private|fileprivate|internal|package)' protection level/,
    errorType: 'inaccessible due to protection level',
    category: 'name',
    priority: 40,
    summary: (c) => `'${c.name ?? ''}' is ${c.level ?? 'private'} and cannot be used from here.`,
    explanation: (c) =>
      `${c.name ?? 'The declaration'} is declared ${c.level ?? 'private'}: ` +
      (c.level === 'internal'
        ? 'visible only inside its own module, so another module (a framework, a Swift package, or a test target without @testable) cannot use it.'
        : c.level === 'fileprivate'
          ? 'visible only in its own source file.'
          : c.level === 'package'
            ? 'visible only inside its own package.'
            : 'visible only inside its enclosing declaration (and extensions in the same file).') +
      ' Memberwise initializers of structs become private/internal when a stored property is private.',
    causes: ['Accessing a private property/method from another type or file', 'Using internal API from another module or package without making it public', 'Test target importing without @testable', 'Implicit memberwise initializer inaccessible because of a private stored property'],
    fixes: (c) => [
      {
        title: 'Widen the access level deliberately (or add an API)',
        steps: [`Make ${c.name ?? 'the declaration'} internal/public where it should be used, or expose a method that does the work`, 'For tests, use @testable import'],
        code: `public var ${(c.name ?? 'value').replace(/\(.*$/, '')}: String   // instead of ${c.level ?? 'private'}\n@testable import MyApp   // tests can see internal declarations`,
      },
    ],
    references: [{ title: 'The Swift Programming Language: Access control', url: `${SWIFT_BOOK}/accesscontrol` }],
    samples: ["error: 'token' is inaccessible due to 'private' protection level", "'init(id:name:)' is inaccessible due to 'internal' protection level"],
  },
  {
    id: 'swift.does-not-conform',
    language: 'swift',
    match: /[Tt]ype '(?<type>[^'\n]{1,200})' does not conform to protocol '(?<protocol>[^'\n]{1,200})'/,
    errorType: 'does not conform to protocol',
    category: 'type',
    priority: 40,
    summary: (c) => `${c.type ?? 'The type'} is used as ${c.protocol ?? 'a protocol'} but does not implement all its requirements.`,
    explanation: (c) =>
      `Either ${c.type ?? 'the type'} declares conformance to ${c.protocol ?? 'the protocol'} but misses required methods/properties (or has the wrong signatures), ` +
      `or it is passed where ${c.protocol ?? 'the protocol'} is required without conforming at all. ` +
      (c.protocol && /Codable|Decodable|Encodable|Hashable|Equatable/.test(c.protocol)
        ? `Automatic synthesis of ${c.protocol} only works when every stored property conforms too.`
        : 'Xcode\'s "Add protocol stubs" fix-it lists what is missing.'),
    causes: [
      'Missing or mismatched required members (names, parameter labels, types, mutating/async/throws)',
      'A stored property whose type does not conform, blocking synthesis (Codable, Hashable, Equatable)',
      'SwiftUI: a list element not Identifiable/Hashable, or a body that is not a View',
      'Conformance declared in an extension not visible to this target',
    ],
    fixes: (c) => [
      {
        title: 'Add conformance and the missing requirements',
        steps: ['Use the "Add protocol stubs" fix-it', 'Make stored properties conform for synthesized protocols', 'For SwiftUI lists, conform to Identifiable or pass id:'],
        code: `struct ${c.type && /^\w+$/.test(c.type) ? c.type : 'Item'}: ${c.protocol && /^\w+$/.test(c.protocol) ? c.protocol : 'Identifiable'} {\n    let id: UUID\n    var name: String\n}\nForEach(items, id: \\.name) { item in Text(item.name) }`,
      },
    ],
    references: [{ title: 'The Swift Programming Language: Protocols', url: `${SWIFT_BOOK}/protocols` }],
    samples: ["error: type 'User' does not conform to protocol 'Decodable'", "Type 'Item' does not conform to protocol 'Identifiable'"],
  },
  {
    id: 'swift.main-actor-isolation',
    language: 'swift',
    match: /[Mm]ain actor-isolated (?<kind>[\w ]{1,60}?) '(?<name>[^'\n]{1,200})' (?:can ?not be (?:referenced|mutated|called|used)|in a synchronous)[^\n]{0,60}?non-?isolated context/,
    errorType: 'main actor-isolated from a nonisolated context',
    category: 'concurrency',
    priority: 40,
    summary: (c) => `${c.name ?? 'A main-actor declaration'} belongs to the main actor but is used from code that may run on another thread.`,
    explanation: (c) =>
      `${c.name ?? 'The declaration'} (${c.kind ?? 'member'}) is isolated to @MainActor — typically UI state or a view model — and the current function, closure or type is not, so Swift cannot prove the access happens on the main thread. ` +
      'Swift 6 (and Swift 5 with strict concurrency checking) turns this data-race risk into an error.',
    causes: ['Calling UI/view-model code from a nonisolated function, a background Task.detached, or a callback', 'A protocol requirement or delegate method that is nonisolated implemented on a @MainActor type', 'Static/global state touched from nonisolated code'],
    fixes: (c) => [
      {
        title: 'Hop to the main actor or isolate the caller',
        steps: [`Mark the function/type that uses ${c.name ?? 'it'} @MainActor if it is UI code`, `Or await ${c.name ?? 'the call'} on the main actor from async code`],
        code: '@MainActor\nfunc refresh() { label.text = "Done" }\n\nTask { @MainActor in\n    viewModel.items = loaded\n}\nawait MainActor.run { viewModel.isLoading = false }',
      },
    ],
    references: [{ title: 'The Swift Programming Language: Concurrency (actors, MainActor)', url: `${SWIFT_BOOK}/concurrency` }],
    samples: [
      "error: main actor-isolated property 'items' can not be mutated from a nonisolated context",
      "Call to main actor-isolated instance method 'reload()' in a synchronous nonisolated context",
    ],
  },
  {
    id: 'swift.could-not-cast',
    language: 'swift',
    match: /Could not cast value of type '(?<from>[^'\n]{1,200})'(?: \(0x[0-9a-fA-F]{1,16}\))? to '(?<to>[^'\n]{1,200})'/,
    errorType: 'Could not cast value of type',
    category: 'type',
    priority: 40,
    summary: (c) => `A forced cast (as!) failed: the value is ${c.from ?? 'of another type'}, not ${c.to ?? 'the target type'}.`,
    explanation: (c) =>
      `as! asserts that a value has a type; at runtime it was ${c.from ?? 'something else'}. Common: dequeueReusableCell/instantiateViewController cast to a class whose storyboard Custom Class is not set, ` +
      'JSON values of another type (NSNumber vs String, NSNull), or a module name mismatch in the storyboard class.',
    causes: ['Storyboard/XIB Custom Class (or Module) not set to the subclass', 'Reuse identifier registered with another cell class', 'Dynamic data (JSON, userInfo) of another type'],
    fixes: (c) => [
      {
        title: 'Use a conditional cast and fix the source',
        steps: ['Replace as! with as? and handle failure', 'Set the Custom Class/Module in Interface Builder, or register the right cell class'],
        code: `guard let cell = tableView.dequeueReusableCell(withIdentifier: "Cell", for: indexPath) as? ${c.to && /^[\w.]+$/.test(c.to) ? c.to.split('.').pop() : 'ItemCell'} else {\n    fatalError("Cell is not configured as ItemCell in the storyboard")\n}`,
      },
    ],
    references: [{ title: 'The Swift Programming Language: Type casting', url: `${SWIFT_BOOK}/typecasting` }],
    samples: ["Could not cast value of type 'UITableViewCell' (0x1e2b3c4d8) to 'MyApp.ItemCell' (0x104f2a5e0)."],
  },
  {
    id: 'swift.no-such-module',
    language: 'swift',
    match: /[Nn]o such module '(?<module>[^'\n]{1,200})'/,
    errorType: 'no such module',
    category: 'dependency',
    priority: 40,
    summary: (c) => `The compiler cannot find the module ${c.module ?? ''}.`,
    explanation: (c) =>
      `import ${c.module ?? ''} failed because the module is not built or not linked for this target: the package/pod is not added to this target, ` +
      'dependencies were not resolved/installed, the project was opened as .xcodeproj instead of the CocoaPods .xcworkspace, or the build is for a platform the module does not support.',
    causes: [
      'The Swift package product is not added to this target (Frameworks, Libraries, and Embedded Content)',
      'CocoaPods: opened the .xcodeproj instead of .xcworkspace, or pod install not run',
      'Package resolution failed or caches are stale',
      'Module name differs from the package name',
    ],
    fixes: (c) => [
      {
        title: `Resolve and link ${c.module ?? 'the dependency'}`,
        steps: [`Add the package product ${c.module ?? ''} to the target (General → Frameworks, Libraries…)`.replace('  ', ' '), 'For CocoaPods, run pod install and open the workspace', 'Reset package caches and clean the build folder if it still fails'],
        code: 'pod install && open MyApp.xcworkspace\n# Xcode: File → Packages → Reset Package Caches; Product → Clean Build Folder\nswift package resolve',
      },
    ],
    references: [{ title: 'Apple: Adding package dependencies to your app', url: `${APPLE_DOCS}/xcode/adding-package-dependencies-to-your-app` }],
    samples: ["error: no such module 'Alamofire'", "AppDelegate.swift:9:8: No such module 'FirebaseCore'"],
  },
];
