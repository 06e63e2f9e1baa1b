/**
 * javac's diagnostics as its Simplified Chinese, Japanese and German resource bundles word them
 * (com.sun.tools.javac.resources.compiler_zh_CN, _ja and _de of JDK 17 and 25, read with ResourceBundle; the
 * German one ships since JDK 21), plus the JDK 8 wordings seen in real reports. Each row is the English message's
 * first line as a printf format (MessageFormat's {0} as %1$s, its '' as '), then its translations; the lines after
 * the first (required:/found:, symbol:) are left as they are. rules/localised-javac.ts turns them back into English.
 */
export const JAVAC_CATALOG_MESSAGES: readonly (readonly [string, readonly string[]])[] = [
  // compiler.err.expected
  ['%1$s expected', ['需要%1$s', '%1$sがありません', '%1$s erwartet']],
  // compiler.err.expected2
  ['%1$s or %2$s expected', ['需要%1$s或%2$s', '%1$sまたは%2$sがありません', '%1$s oder %2$s erwartet']],
  // compiler.err.expected3
  ['%1$s, %2$s, or %3$s expected', ['需要%1$s, %2$s或%3$s', '%1$s、%2$sまたは%3$sがありません', '%1$s, %2$s oder %3$s erwartet']],
  // compiler.err.expected4
  [
    '%1$s, %2$s, %3$s, or %4$s expected',
    ['需要 %1$s、%2$s、%3$s 或 %4$s', '%1$s, %2$s, %3$sまたは%4$sがありません', '%1$s, %2$s, %3$s oder %4$s erwartet'],
  ],
  // compiler.err.illegal.char
  ["illegal character: '%1$s'", ["非法字符: '%1$s'", "'%1$s'は不正な文字です", 'Unzulässiges Zeichen: "%1$s"']],
  // compiler.err.illegal.char.for.encoding
  [
    'unmappable character (0x%1$s) for encoding %2$s',
    [
      '编码 %2$s 的不可映射字符 (0x%1$s)',
      'この文字(0x%1$s)は、エンコーディング%2$sにマップできません',
      'Nicht zuordenbares Zeichen (0x%1$s) für Codierung %2$s',
    ],
  ],
  // JDK 8 and earlier: without the character's code.
  ['unmappable character for encoding %1$s', ['编码%1$s的不可映射字符', 'この文字は、エンコーディング%1$sにマップできません']],
  // compiler.err.class.public.should.be.in.file
  [
    '%1$s %2$s is public, should be declared in a file named %2$s.java',
    [
      '%1$s %2$s 是公共的, 应在名为 %2$s.java 的文件中声明',
      '%1$s %2$sはpublicであり、ファイル%2$s.javaで宣言する必要があります',
      '%1$s %2$s ist öffentlich und muss in einer Datei namens %2$s.java deklariert werden',
    ],
  ],
  // JDK 8 and earlier: the class's kind was always "class".
  [
    'class %1$s is public, should be declared in a file named %1$s.java',
    ['类%1$s是公共的, 应在名为 %1$s.java 的文件中声明', 'クラス%1$sはpublicであり、ファイル%1$s.javaで宣言する必要があります'],
  ],
  // compiler.err.unreported.exception.need.to.catch.or.throw
  [
    'unreported exception %1$s; must be caught or declared to be thrown',
    [
      '未报告的异常错误%1$s; 必须对其进行捕获或声明以便抛出',
      '例外%1$sは報告されません。スローするには、捕捉または宣言する必要があります',
      'Nicht gemeldete Ausnahme %1$s. Muss abgefangen oder deklariert werden, um ausgelöst zu werden',
    ],
  ],
  // compiler.err.missing.ret.stmt
  ['missing return statement', ['缺少返回语句', 'return文が指定されていません', 'Rückgabeanweisung fehlt']],
  // compiler.err.non-static.cant.be.ref
  [
    'non-static %1$s %2$s cannot be referenced from a static context',
    [
      '无法从静态上下文中引用非静态 %1$s %2$s',
      'staticでない%1$s %2$sをstaticコンテキストから参照することはできません',
      '%1$s %2$s ist nicht statisch und kann nicht aus einem statischen Kontext referenziert werden',
    ],
  ],
  // compiler.err.var.might.not.have.been.initialized
  [
    'variable %1$s might not have been initialized',
    ['可能尚未初始化变量%1$s', '変数%1$sは初期化されていない可能性があります', 'Variable %1$s wurde möglicherweise nicht initialisiert'],
  ],
  // compiler.err.premature.eof
  [
    'reached end of file while parsing',
    ['进行语法分析时已到达文件结尾', '構文解析中にファイルの終わりに移りました', 'Dateiende beim Parsen erreicht'],
  ],
  // compiler.err.illegal.start.of.expr
  ['illegal start of expression', ['非法的表达式开始', '式の開始が不正です', 'Unzulässiger Ausdrucksbeginn']],
  // compiler.err.illegal.start.of.type
  ['illegal start of type', ['非法的类型开始', '型の開始が不正です', 'Unzulässiger Typbeginn']],
  // compiler.err.cant.apply.symbol
  [
    '%1$s %2$s in %5$s %6$s cannot be applied to given types;',
    [
      '无法将%5$s %6$s中的%1$s %2$s应用到给定类型;',
      '%5$s %6$sの%1$s %2$sは指定された型に適用できません。',
      '%1$s %2$s in %5$s %6$s kann nicht auf die angegebenen Typen angewendet werden.',
    ],
  ],
  // compiler.err.already.defined
  [
    '%1$s %2$s is already defined in %3$s %4$s',
    ['已在%3$s %4$s中定义了%1$s %2$s', '%1$s %2$sはすでに%3$s %4$sで定義されています', '%1$s %2$s ist bereits in %3$s %4$s definiert'],
  ],
  // compiler.err.unreachable.stmt
  ['unreachable statement', ['无法访问的语句', 'この文に制御が移ることはありません', 'Nicht erreichbare Anweisung']],
  // compiler.err.cant.assign.val.to.var
  [
    'cannot assign a value to %1$s variable %2$s',
    ['无法为 %1$s 变量 %2$s 分配值', '%1$s変数%2$sに値を割り当てることはできません', 'Der %1$s-Variablen %2$s kann kein Wert zugewiesen werden'],
  ],
  // compiler.err.does.not.override.abstract
  [
    '%1$s is not abstract and does not override abstract method %2$s in %3$s',
    [
      '%1$s不是抽象的, 并且未覆盖%3$s中的抽象方法%2$s',
      '%1$sはabstractでなく、%3$s内のabstractメソッド%2$sをオーバーライドしません',
      '%1$s ist nicht abstrakt und setzt die abstrakte Methode %2$s in %3$s nicht außer Kraft',
    ],
  ],
  // compiler.err.method.does.not.override.superclass
  [
    'method does not override or implement a method from a supertype',
    [
      '方法不会覆盖或实现超类型的方法',
      'メソッドはスーパータイプのメソッドをオーバーライドまたは実装しません',
      'Methode überschreibt oder implementiert keine Methode aus einem Supertyp',
    ],
  ],
  // compiler.err.cant.apply.symbols
  [
    'no suitable %1$s found for %2$s(%3$s)',
    ['对于%2$s(%3$s), 找不到合适的%1$s', '%2$sに適切な%1$sが見つかりません(%3$s)', '%1$s für %2$s(%3$s) nicht geeignet'],
  ],
  // compiler.err.report.access
  ['%1$s has %2$s access in %3$s', ['%1$s 在 %3$s 中是 %2$s 访问控制', '%1$sは%3$sで%2$sアクセスされます', '%1$s hat %2$s-Zugriff in %3$s']],
  // compiler.err.not.stmt
  ['not a statement', ['不是语句', '文ではありません', 'Keine Anweisung']],
  // compiler.err.else.without.if
  ["'else' without 'if'", ["有 'if', 但是没有 'else'", "'else'への'if'がありません", '"else" ohne "if"']],
  // compiler.err.unclosed.str.lit
  ['unclosed string literal', ['未结束的字符串文字', '文字列リテラルが閉じられていません', 'Nicht geschlossenes Zeichenfolgenliteral']],
  // compiler.err.operator.cant.be.applied.1
  [
    "bad operand types for binary operator '%1$s'",
    ["二元运算符 '%1$s' 的操作数类型错误", "二項演算子'%1$s'のオペランド型が不正です", 'Ungültige Operandentypen für unären Operator "%1$s"'],
  ],
  // compiler.err.operator.cant.be.applied
  [
    "bad operand type %2$s for unary operator '%1$s'",
    [
      "一元运算符 '%1$s' 的操作数类型%2$s错误",
      "単項演算子'%1$s'のオペランド型%2$sが不正です",
      'Ungültiger Operandentyp %2$s für unären Operator "%1$s"',
    ],
  ],
  // compiler.err.cant.deref
  ['%1$s cannot be dereferenced', ['无法取消引用%1$s', '%1$sは間接参照できません', '%1$s kann nicht dereferenziert werden']],
  // compiler.err.cant.inherit.from.final
  [
    'cannot inherit from final %1$s',
    ['无法从最终%1$s进行继承', 'final %1$sからは継承できません', 'Erben aus finalem %1$s-Element nicht möglich'],
  ],
  // compiler.err.not.def.public.cant.access
  [
    '%1$s is not public in %2$s; cannot be accessed from outside package',
    [
      '%1$s在%2$s中不是公共的; 无法从外部程序包中对其进行访问',
      '%2$sの%1$sはpublicではありません。パッケージ外からはアクセスできません',
      '%1$s ist nicht öffentlich in %2$s. Zugriff von externem Package nicht möglich',
    ],
  ],
  // compiler.err.cant.access
  ['cannot access %1$s', ['无法访问%1$s', '%1$sにアクセスできません', 'Kein Zugriff auf %1$s']],
  // compiler.err.duplicate.class
  ['duplicate class: %1$s', ['类重复: %1$s', 'クラス%1$sが重複しています', 'Doppelte Klasse: %1$s']],
  // compiler.err.incomparable.types
  [
    'incomparable types: %1$s and %2$s',
    ['不可比较的类型: %1$s和%2$s', '型%1$sと%2$sは比較できません', 'Nicht vergleichbare Typen: %1$s und %2$s'],
  ],
  // compiler.err.unclosed.comment
  ['unclosed comment', ['未结束的注释', 'コメントが閉じられていません', 'Nicht geschlossener Kommentar']],
  // compiler.err.orphaned
  ['orphaned %1$s', ['孤立的%1$s', '%1$sには親がありません', '%1$s verwaist']],
  // compiler.err.missing.meth.body.or.decl.abstract
  [
    'missing method body, or declare abstract',
    ['缺少方法主体, 或声明抽象', 'メソッド本体がないか、abstractとして宣言されています', 'Methodenbody fehlt oder als abstrakt deklarieren'],
  ],
  // compiler.err.invalid.meth.decl.ret.type.req
  [
    'invalid method declaration; return type required',
    ['方法声明无效; 需要返回类型', '無効なメソッド宣言です。戻り値の型が必要です。', 'Ungültige Methodendeklaration. Rückgabetyp erforderlich'],
  ],
  // compiler.err.abstract.cant.be.instantiated
  [
    '%1$s is abstract; cannot be instantiated',
    [
      '%1$s是抽象的; 无法实例化',
      '%1$sはabstractです。インスタンスを生成することはできません',
      '%1$s ist abstrakt, kann nicht instanziiert werden',
    ],
  ],
  // compiler.err.illegal.esc.char
  ['illegal escape character', ['非法转义符', 'エスケープ文字が不正です', 'Unzulässiges Escapezeichen']],
  // compiler.err.unclosed.char.lit
  ['unclosed character literal', ['未结束的字符文字', '文字リテラルが閉じられていません', 'Nicht geschlossenes Zeichenliteral']],
  // compiler.err.empty.char.lit
  ['empty character literal', ['空字符文字', '空の文字リテラルです', 'Leeres Zeichenliteral']],
  // compiler.err.int.number.too.large
  ['integer number too large', ['整数太大', '整数が大きすぎます。', 'Ganzzahl zu groß']],
  // compiler.err.break.outside.switch.loop
  [
    'break outside switch or loop',
    ['在 switch 或 loop 外部中断', 'breakがswitch文またはループの外にあります', 'Unterbrechung außerhalb Switch oder Schleife'],
  ],
  // compiler.err.cant.ref.non.effectively.final.var
  [
    'local variables referenced from %2$s must be final or effectively final',
    [
      '从%2$s引用的本地变量必须是最终变量或实际上的最终变量',
      '%2$sから参照されるローカル変数は、finalまたは事実上のfinalである必要があります',
      'Von %2$s referenzierte lokale Variablen müssen final oder effektiv final sein',
    ],
  ],
  // compiler.err.ref.ambiguous
  ['reference to %1$s is ambiguous', ['对%1$s的引用不明确', '%1$sの参照はあいまいです', 'Referenz zu %1$s ist mehrdeutig']],
  // compiler.err.cant.apply.diamond.1
  [
    'cannot infer type arguments for %1$s',
    ['无法推断%1$s的类型参数', '%1$sの型引数を推論できません', 'Typargumente für %1$s können nicht abgeleitet werden'],
  ],
  // compiler.err.var.might.already.be.assigned
  [
    'variable %1$s might already have been assigned',
    ['可能已分配变量%1$s', '変数%1$sはすでに代入されている可能性があります', 'Variable %1$s wurde möglicherweise bereits zugewiesen'],
  ],
  // compiler.err.invalid.source
  ['invalid source release: %1$s', ['无效的源发行版：%1$s', '%1$sは無効なソース・リリースです', 'Ungültiges Quellrelease: %1$s']],
  // compiler.err.invalid.target, with JDK 8's ASCII colon and the spaced wording Maven showed from a JDK 9.
  [
    'invalid target release: %1$s',
    [
      '无效的目标发行版：%1$s',
      '无效的目标发行版: %1$s',
      '无效 的目标发行版: %1$s',
      '%1$sは無効なターゲット・リリースです',
      'Ungültiges Zielrelease: %1$s',
    ],
  ],
  ['invalid source release: %1$s', ['无效的源发行版: %1$s']],
  // compiler.err.unsupported.release.version
  [
    'release version %1$s not supported',
    ['不支持发行版本 %1$s', 'リリース・バージョン%1$sはサポートされていません', 'Releaseversion %1$s nicht unterstützt'],
  ],
];

/** The kinds javac names in its messages (compiler.misc.kindname.*): a captured name that is one is put in English. */
export const JAVAC_KIND_NAMES: Readonly<Record<string, string>> = {
  类: 'class',
  クラス: 'class',
  Klasse: 'class',
  接口: 'interface',
  インタフェース: 'interface',
  Schnittstelle: 'interface',
  枚举: 'enum',
  列挙: 'enum',
  Enumeration: 'enum',
  记录: 'record',
  レコード: 'record',
  Datensatz: 'record',
  方法: 'method',
  メソッド: 'method',
  Methode: 'method',
  构造器: 'constructor',
  コンストラクタ: 'constructor',
  Konstruktor: 'constructor',
  变量: 'variable',
  変数: 'variable',
  Variable: 'variable',
  程序包: 'package',
  パッケージ: 'package',
  Package: 'package',
  模块: 'module',
  モジュール: 'module',
  Modul: 'module',
  静态: 'static',
  statisch: 'static',
};
