import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A third catalog pass over localised errors. Most of what it teaches are rows of the translation tables
 * (rules/localised-catalog-messages.ts: apt's lock, Release-file and interrupted-dpkg messages;
 * rules/localised-coreutils-messages.ts: sudoers' refusal in Chinese; rules/localised-postgres-messages.ts:
 * PostgreSQL's GROUP BY message). The one message here is no table row: the java launcher's "could not find or
 * load main class" in the wordings of JDK 8 and later that java.main-class-not-found does not read, the Japanese
 * "メイン・クラスXが見つからなかったかロードできませんでした" and the French "Erreur : impossible de trouver ou de charger
 * la classe principale X" with its space before the colon. The Japanese severity may arrive as "ERROR:" (the
 * PostgreSQL severity words are rewritten before the patterns run).
 */

const mainClass = (c: Captures): string => c.ja ?? c.fr ?? 'the main class';

export const LOCALISED_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'java.main-class-not-found-localised',
    language: 'java',
    match:
      /(?:エラー|Erreur|ERROR|Error)[ \u00a0]?[:：][ \u00a0]?(?:メイン・クラス(?<ja>[\w$./-]{1,300})が見つからなかったかロードできませんでした|impossible de trouver ou de charger la classe principale (?<fr>[\w$./-]{1,300}))/,
    requires: /メイン・クラス|la classe principale/,
    errorType: 'ClassNotFoundException',
    category: 'dependency',
    priority: 9,
    summary: (c) => `The java launcher could not find the main class ${mainClass(c)}.`,
    explanation: (c) =>
      `"java ${mainClass(c)}" (or the Main-Class of a jar) names a class that is not on the class path given to the JVM: the launcher's ClassNotFoundException, printed in the system's language. Usually the class path (-cp) does not include the compiled classes, the name lacks its package, or the command was run from the wrong directory.`,
    causes: [
      'The class path (-cp) does not contain the directory or jar with the class',
      'The fully-qualified name (with package) is wrong or misspelled',
      'The jar manifest names a wrong Main-Class, or gradle-wrapper.jar is missing from gradle/wrapper',
      'Running from a directory other than the root of the package tree',
    ],
    fixes: (c) => [
      fix(`Run ${mainClass(c)} with the right class path`, [
        `Compile into a directory and pass it: java -cp target/classes ${mainClass(c).replace(/\.(?:java|class)$/, '')}.`,
        'Use the fully-qualified name (package.ClassName) from the root of the package tree, and check the Main-Class in the jar manifest.',
        'For org.gradle.wrapper.GradleWrapperMain, regenerate the wrapper (gradle wrapper) so that gradle/wrapper/gradle-wrapper.jar exists.',
      ]),
    ],
    references: [ref('The java Command', 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html')],
    samples: [
      'エラー: メイン・クラスcom.ibm.lex.lapapp.LAPが見つからなかったかロードできませんでした',
      'Erreur : impossible de trouver ou de charger la classe principale org.gradle.wrapper.GradleWrapperMain',
    ],
  },
];
