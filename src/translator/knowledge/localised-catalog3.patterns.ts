import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * A third catalog pass over localised errors. Most of what it teaches are rows of the translation tables
 * (rules/localised-catalog-messages.ts: apt's lock, Release-file and interrupted-dpkg messages;
 * rules/localised-coreutils-messages.ts: sudoers' refusal in Chinese; rules/localised-postgres-messages.ts:
 * PostgreSQL's GROUP BY message). The one message here is no table row: the java launcher's "could not find or
 * load main class" in the wordings of JDK 8 and later that java.main-class-not-found does not read, the Japanese
 * "メイン・クラスXが見つからなかったかロードできませんでした" and the French "Erreur : impossible de trouver ou de charger
 * la classe principale X" with its space before the colon, and (the fourth pass) the Brazilian Portuguese, Traditional
 * Chinese, Korean and Swedish wordings and JDK 7's French without "de". The Japanese severity may arrive as "ERROR:"
 * (the PostgreSQL severity words are rewritten before the patterns run).
 */

// The main class as the launcher prints it: a dotted name, a path or a jar the user passed by mistake.

const CLASS = String.raw`[\w$./\\:-]{1,300}`;

const mainClass = (c: Captures): string => c.ja ?? c.fr ?? c.fr7 ?? c.pt ?? c.tw ?? c.ko ?? c.sv ?? 'the main class';

export const LOCALISED_CATALOG3_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'java.main-class-not-found-localised',
    language: 'java',
    match: new RegExp(
      [
        String.raw`(?:エラー|Erreur|ERROR|Error)[ \u00a0]?[:：][ \u00a0]?(?:メイン・クラス(?<ja>[\w$./-]{1,300})が見つからなかったかロードできませんでした|impossible de trouver ou de charger la classe principale (?<fr>[\w$./-]{1,300}))`,
        String.raw`Erro: Não foi possível localizar nem carregar a classe principal (?<pt>${CLASS})`,
        String.raw`Erreur : impossible de trouver ou charger la classe principale (?<fr7>${CLASS})`,
        String.raw`(?:錯誤|ERROR)[ \u00a0]?[:：][ \u00a0]?找不到或無法載入主要類別 (?<tw>${CLASS})`,
        String.raw`(?:오류|ERROR)[ \u00a0]?[:：][ \u00a0]?기본 클래스 (?<ko>${CLASS}?)을\(를\) 찾거나 로드할 수 없습니다`,
        String.raw`Fel: [Kk]unde inte hitta eller (?:kunna )?ladda huvudklassen (?<sv>${CLASS})`,
      ].join('|'),
    ),
    requires: /メイン・クラス|la classe principale|classe principal|主要類別|기본 클래스|huvudklassen/,
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
      'Erro: Não foi possível localizar nem carregar a classe principal br.cefetrj.sca.infra.cargadados.ImportadorTudo',
      'Erreur : impossible de trouver ou charger la classe principale info.ephyra.OpenEphyra',
    ],
  },
];
