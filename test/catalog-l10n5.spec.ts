/**
 * A fifth catalog pass over localised errors: javac's diagnostics as a JDK in Chinese, Japanese or German prints them
 * ("Main.java:3: 错误: 编码GBK的不可映射字符", Maven's "X.java:[131,7] 编码 GBK 的不可映射字符", Ant's "[javac] …",
 * "エラー: ';'がありません", "Fehler: Nicht erreichbare Anweisung", Maven's "Fatal error compiling: 无效的目标发行版: 17"), which rules/localised-javac.ts rewrites to English
 * from javac's own resource bundles so that the javac patterns answer them by the English phrase; and, as they were,
 * the localised javac messages the patterns already read and a PostgreSQL severity word. Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe('the localised fifth catalog pass', () => {
  it.each([
    [
      '\\AndResGuard\\AndResGuard-core\\src\\main\\java\\com\\tencent\\mm\\util\\Utils.java:31: 错误: 编码GBK的不可映射字符',
      'java',
      'unmappable character for encoding',
    ],
    [
      '[ERROR] F:\\git2\\kft-activiti-demo\\src\\main\\java\\me\\kafeitu\\demo\\activiti\\web\\form\\formkey\\FormKeyController.java:[131,7] 编码 GBK 的不可映射字符\n[ERROR]\n[ERROR] F:\\git2\\kft-activiti-demo\\src\\main\\java\\me\\kafeitu\\demo\\activiti\\web\\form\\formkey\\FormKeyController.java:[131,10] 编码 GBK 的不可映射字符',
      'java',
      'unmappable character for encoding',
    ],
    [
      'compile:\n     [echo] Compile source code for problem two_sum ...\n    [javac] Compiling 2 source files to C:\\Users\\lizec\\LeetCode\\bin\n    [javac] C:\\Users\\lizec\\LeetCode\\src\\test\\java\\com\\leetcode\\two_sum\\Tester.java:27: 错误: 编码GBK的不可映射字符\n    [javac]     /**=========================== 銆恠tatic for different test cases銆? ============================== */\n    [javac]                                                                     ^\n    [javac] 2 个错误',
      'java',
      'unmappable character for encoding',
    ],
    [
      'F:\\eclipse\\工作空间\\forge-1.10-12.18.0.2000-1.10.0-mdk\\build\\sources\\main\\java\\com\\funnyking\\forge\\funnycraft\\FunnyCraft.java:130: 错误: 编码GBK的不可映射字符\n    \tCraftingManager.init(); // 锟斤拷始锟斤拷锟较成憋拷锟斤拷锟斤拷锟?\n    \t                                              ^',
      'java',
      'unmappable character for encoding',
    ],
    ['src/main/java/app/Main.java:3: 错误: 编码 GBK 的不可映射字符 (0xAC)', 'java', 'unmappable character for encoding'],
    ['Main.java:3: エラー: この文字は、エンコーディングMS932にマップできません', 'java', 'unmappable character for encoding'],
    ["Main.java:7: 错误: 需要';'\n        int x = 5\n                 ^\n1 个错误", 'java', "';' expected"],
    ["Main.java:7: エラー: ';'がありません\n        int x = 5\n                 ^\nエラー1個", 'java', "';' expected"],
    ["Main.java:7: Fehler: ';' erwartet", 'java', "';' expected"],
    [
      "Main.java:1: 错误: 非法字符: '\\ufeff'\n﻿package com.example;\n^\nMain.java:1: 错误: 需要class, interface或enum",
      'java',
      'illegal character',
    ],
    [
      'Main.java:1: 错误: 类Foo是公共的, 应在名为 Foo.java 的文件中声明\npublic class Foo {\n       ^',
      'java',
      'class is public, should be declared in a file named',
    ],
    ['Main.java:9: 错误: 未报告的异常错误IOException; 必须对其进行捕获或声明以便抛出', 'java', 'unreported exception'],
    ['Main.java:9: エラー: 例外IOExceptionは報告されません。スローするには、捕捉または宣言する必要があります', 'java', 'unreported exception'],
    ['Main.java:9: 错误: 缺少返回语句\n    }\n    ^', 'java', 'missing return statement'],
    ['Main.java:9: エラー: return文が指定されていません', 'java', 'missing return statement'],
    ['Main.java:9: 错误: 无法从静态上下文中引用非静态 变量 x', 'java', 'non-static reference from static context'],
    ['Main.java:9: 错误: 可能尚未初始化变量x', 'java', 'variable might not have been initialized'],
    ['Main.java:9: 错误: 进行语法分析时已到达文件结尾', 'java', 'reached end of file while parsing'],
    ['Main.java:9: エラー: 構文解析中にファイルの終わりに移りました', 'java', 'reached end of file while parsing'],
    ['Main.java:9: 错误: 非法的表达式开始', 'java', 'illegal start of expression'],
    ['Main.java:9: エラー: 式の開始が不正です', 'java', 'illegal start of expression'],
    [
      'Main.java:9: 错误: 无法将类 Main中的方法 foo应用到给定类型;\n        foo(1, 2);\n        ^\n  需要: int\n  找到: int,int\n  原因: 实际参数列表和形式参数列表长度不同',
      'java',
      'cannot be applied to given types',
    ],
    ['Main.java:9: 错误: 已在方法 main(String[])中定义了变量 x', 'java', 'already defined'],
    ['Main.java:9: 错误: 无法访问的语句', 'java', 'unreachable statement'],
    ['Main.java:9: Fehler: Nicht erreichbare Anweisung', 'java', 'unreachable statement'],
    ['Main.java:9: 错误: 无法为 final 变量 x 分配值', 'java', 'cannot assign a value to final variable'],
    ['Main.java:9: 错误: Main不是抽象的, 并且未覆盖Runnable中的抽象方法run()', 'java', 'does not override abstract method'],
    [
      'Main.java:9: 错误: 方法不会覆盖或实现超类型的方法\n    @Override\n    ^',
      'java',
      'method does not override or implement a method from a supertype',
    ],
    ['Main.java:9: 错误: 对于foo(int), 找不到合适的方法', 'java', 'no suitable method found'],
    ['Main.java:9: 错误: x 在 Foo 中是 private 访问控制', 'java', 'has private access'],
    [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.8.1:compile (default-compile) on project zmyy: Fatal error compiling: 无效的目标发行版: 17 -> [Help 1]',
      'java',
      'invalid target release',
    ],
    [
      '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.1:compile (default-compile) on project Java8InAction: Fatal error compiling: 无效 的目标发行版: 1.9 -> [Help 1]',
      'java',
      'invalid target release',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['Main.java:1: 错误: 程序包org.junit不存在', 'java', 'package does not exist'],
    [
      'Main.java:5: 错误: 找不到符号\n        System.out.printn("x");\n                  ^\n  符号:   方法 printn(String)\n  位置: 类型为PrintStream的变量 out',
      'java',
      'cannot find symbol',
    ],
    ['Main.java:10: 错误: 不兼容的类型: String无法转换为int', 'java', 'incompatible types'],
    ['错误: 找不到或无法加载主类 Hello', 'java', 'ClassNotFoundException'],
    ["ERREUR:  la relation « foo » n'existe pas", 'sql', '42P01'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
