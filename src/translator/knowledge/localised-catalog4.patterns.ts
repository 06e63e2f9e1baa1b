import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';
import { catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';

/**
 * A fourth catalog pass over localised errors: messages that Windows PowerShell and the java launcher print in the
 * system's language, which no translation table reads (their programs ship no gettext catalog) and whose English
 * patterns therefore missed them.
 *
 * - PowerShell's execution policy refusing a script ("无法加载文件 X，因为在此系统上禁止运行脚本", "Невозможно загрузить
 *   файл X, так как выполнение сценариев отключено", "Impossible de charger le fichier X, car l'exécution de scripts
 *   est désactivée"…), npm's, yarn's and pnpm's .ps1 shims on a fresh Windows in the first place, and an error record
 *   whose CategoryInfo line names its category in the system's language ("Ошибка безопасности", "Erreur de
 *   sécurité"), which the English record pattern does not read: the exception the record names.
 * - The java launcher's "could not find or load main class" in the translations the earlier passes lacked (Brazilian
 *   Portuguese, Traditional Chinese, Korean, Swedish, JDK 7's French without "de": read by localised-catalog3's
 *   pattern, which holds the answer), its "no main manifest
 *   attribute" ("X中没有主清单属性", "X에 기본 Manifest 속성이 없습니다") and "JavaFX runtime components are missing".
 *
 * A localised message gets the labels of its English original (corpus README): the exception PowerShell records,
 * ClassNotFoundException for the launcher's main class, and the launcher's phrase for the other two.
 */

const REFS = {
  powershell: [
    ref('about_Execution_Policies', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_execution_policies'),
    ref('Set-ExecutionPolicy', 'https://learn.microsoft.com/powershell/module/microsoft.powershell.security/set-executionpolicy'),
  ],
  launcher: ref('The java Command', 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/java.html'),
  jar: ref('Setting an Application\u2019s Entry Point', 'https://docs.oracle.com/javase/tutorial/deployment/jar/appman.html'),
  javafx: ref('Getting Started with JavaFX', 'https://openjfx.io/openjfx-docs/'),
};

// A console wraps a long message anywhere, inside a word too in Chinese and Japanese: up to one line break (and
// the indentation after it) between two parts of a message.
const WRAP = String.raw`[ \t]{0,4}(?:\r?\n[ \t]{0,8})?`;
// The script PowerShell refused: a path up to the comma, full stop or quote that ends it in the message.
const SCRIPT = String.raw`(?<n>[^\s,，。"“”«»„]{1,300}?\.ps(?:m?1|d1|1xml))`;

/** The execution policy's refusal, one entry per translation (a regular expression may not repeat a group name). */
const POLICY_MESSAGES: readonly string[] = [
      // zh-CN: "无法加载文件 X，因为在此系统上禁止运行脚本" and, for a downloaded script, "无法加载文件 X。未对文件 X 进行数字签名".
      String.raw`无法加载文件${WRAP}${SCRIPT}${WRAP}[，,。]${WRAP}(?:因${WRAP}为${WRAP}在${WRAP}此${WRAP}系${WRAP}统${WRAP}上${WRAP}禁${WRAP}止${WRAP}运${WRAP}行${WRAP}脚${WRAP}本|未对文件)`,
      // zh-TW: "因為這個系統上已停用指令碼執行，所以無法載入 X 檔案".
      String.raw`已停用指令碼執行[，,]${WRAP}所以無法載入${WRAP}${SCRIPT}`,
      // ru
      String.raw`Невозможно${WRAP}загрузить${WRAP}файл${WRAP}${SCRIPT},${WRAP}так${WRAP}как${WRAP}выполнение${WRAP}сценариев${WRAP}отключено`,
      // fr
      String.raw`Impossible${WRAP}de${WRAP}charger${WRAP}le${WRAP}fichier${WRAP}${SCRIPT},${WRAP}car${WRAP}l[’']exécution${WRAP}de${WRAP}scripts${WRAP}est${WRAP}désactivée`,
      // es
      String.raw`No${WRAP}se${WRAP}puede${WRAP}cargar${WRAP}el${WRAP}archivo${WRAP}${SCRIPT}${WRAP}porque${WRAP}la${WRAP}ejecución${WRAP}de${WRAP}scripts${WRAP}está${WRAP}deshabilitada`,
      // de: "Die Datei "X" kann nicht geladen werden, da die Ausführung von Skripts auf diesem System deaktiviert ist".
      String.raw`Die${WRAP}Datei${WRAP}["„]?${SCRIPT}["“]?${WRAP}kann${WRAP}nicht${WRAP}geladen${WRAP}werden,${WRAP}da${WRAP}die${WRAP}Ausführung${WRAP}von${WRAP}Skripts`,
      // pt-BR: "O arquivo X não pode ser carregado porque a execução de scripts foi desabilitada neste sistema".
      String.raw`O${WRAP}arquivo${WRAP}${SCRIPT}${WRAP}não${WRAP}pode${WRAP}ser${WRAP}carregado${WRAP}porque${WRAP}a${WRAP}execução${WRAP}de${WRAP}scripts`,
      // it: "Impossibile caricare il file X. L'esecuzione di script è disabilitata nel sistema in uso".
      String.raw`Impossibile${WRAP}caricare${WRAP}il${WRAP}file${WRAP}${SCRIPT}\.${WRAP}L[’']esecuzione${WRAP}di${WRAP}script`,
      // pl: "Nie można załadować pliku X, ponieważ wykonywanie skryptów jest wyłączone w tym systemie".
      String.raw`Nie${WRAP}można${WRAP}załadować${WRAP}pliku${WRAP}${SCRIPT},${WRAP}ponieważ${WRAP}wykonywanie${WRAP}skryptów`,
      // ja: "このシステムではスクリプトの実行が無効になっているため、ファイル X を読み込むことができません".
      String.raw`スクリプトの実行が無効になっているため、${WRAP}ファイル${WRAP}${SCRIPT}${WRAP}を読み込む`,
      // ko: "이 시스템에서 스크립트를 실행할 수 없으므로 X 파일을 로드할 수 없습니다".
      String.raw`스크립트를${WRAP}실행할${WRAP}수${WRAP}없으므로${WRAP}${SCRIPT}${WRAP}파일을${WRAP}로드할`,
    ];

const POLICY_ENTRIES: readonly CatalogEntry[] = [
  ...POLICY_MESSAGES.map(
    (re): CatalogEntry => ({
      re,
      type: 'PSSecurityException',
      why: "PowerShell's execution policy (Restricted by default on Windows clients, often set by a group policy) refuses to run script files, here in the system's language: a .ps1 such as the shims npm, yarn, pnpm and corepack install beside their .cmd files, a virtual environment's Activate.ps1, a module or a profile. The error record's exception is PSSecurityException.",
      fix: 'Allow local scripts for your user, or bypass the policy for this run',
      code: (n) =>
        `Get-ExecutionPolicy -List\nSet-ExecutionPolicy -Scope CurrentUser RemoteSigned\npowershell -ExecutionPolicy Bypass -File ${or(n, '<script.ps1>')}\n# or run the .cmd shim instead of the .ps1 one (npm.cmd, yarn.cmd)`,
    }),
  ),
  {
    // The record's category in the system's language ("Ошибка безопасности", "Erreur de sécurité", "安全错误").
    re: String.raw`\+[ \t]{0,4}CategoryInfo[ \t]{0,20}:[ \t]{0,4}(?=[^\n:]{0,60}[^\x00-\x7f])[^\n:]{1,60}?[ \t]{0,2}:[ \t]{0,2}\([^\n]{0,300}\)[ \t]{0,2}\[[^\]\n]{0,100}\][,，][ \t]{0,2}(?<kind>[A-Z]\w{1,100}(?:Exception|Error))`,
    type: (g) => g.kind ?? 'PSSecurityException',
    why: "PowerShell's error record, printed with its category in the system's language, names the .NET exception behind the failure: PSSecurityException when the execution policy blocks a script, CommandNotFoundException for a name that is no command, ItemNotFoundException for a path that does not exist, UnauthorizedAccessException when the session may not write a file or registry key.",
    fix: 'Read the message above the record: it says what PowerShell refused',
    code: () =>
      `$Error[0] | Format-List * -Force   # the whole record, its exception and message\nGet-ExecutionPolicy -List            # for PSSecurityException`,
  },
];


const jarOf = (c: Captures): string => c.jar ?? c.jar2 ?? c.jar3 ?? 'the jar';

// .NET's System.IO messages in the runtime's language, for a log or dialog that printed the message without the
// exception's class (Chinese .NET quotes the path in “”, German in "", French and Spanish in '').
const PATH = String.raw`[“"'‘«„]\s?(?<p>[^“”"'‘’«»„\n]{1,400}?)\s?[”"'’»“]`;
const IO_MESSAGES: readonly (readonly [string, string])[] = [
  [
    'DirectoryNotFoundException',
    String.raw`未能找到路径\s?${PATH}\s?的一部分|找不到路徑\s?${PATH}\s?的一部分|Ein Teil des Pfades\s?${PATH}\s?konnte nicht gefunden werden|Impossible de trouver une partie du chemin d'accès\s?${PATH}|No se puede encontrar una parte de la ruta de acceso\s?${PATH}|Не удалось найти часть пути\s?${PATH}|Não foi possível localizar uma parte do caminho\s?${PATH}|パス\s?${PATH}\s?の一部が見つかりませんでした`,
  ],
  [
    'FileNotFoundException',
    String.raw`未能找到文件\s?${PATH}|Die Datei\s?${PATH}\s?konnte nicht gefunden werden|Impossible de trouver le fichier\s?${PATH}|No se pudo encontrar el archivo\s?${PATH}|Не удалось найти файл\s?${PATH}|Não foi possível localizar o arquivo\s?${PATH}|ファイル\s?${PATH}\s?が見つかりませんでした`,
  ],
  [
    'UnauthorizedAccessException',
    String.raw`对路径\s?${PATH}\s?的访问被拒绝|Der Zugriff auf den Pfad\s?${PATH}\s?wurde verweigert|L'accès au chemin d'accès\s?${PATH}\s?est refusé|Acceso denegado a la ruta de acceso\s?${PATH}|Отказано в доступе по пути\s?${PATH}|O acesso ao caminho\s?${PATH}\s?foi negado|パス\s?${PATH}\s?へのアクセスが拒否されました`,
  ],
  [
    'IOException',
    String.raw`文件\s?${PATH}\s?正由另一进程使用|Der Prozess kann nicht auf die Datei\s?${PATH}\s?zugreifen, da sie von einem anderen Prozess verwendet wird|Le processus ne peut pas accéder au fichier\s?${PATH}\s?car il est en cours d'utilisation par un autre processus|El proceso no puede obtener acceso al archivo\s?${PATH}\s?porque está siendo utilizado en otro proceso|Процесс не может получить доступ к файлу\s?${PATH},? так как этот файл используется другим процессом|O processo não pode acessar o arquivo\s?${PATH}\s?porque ele está sendo usado por outro processo|別のプロセスで使用されているため、プロセスはファイル\s?${PATH}\s?にアクセスできません`,
  ],
];
// One group per exception (a regular expression may not repeat a group name): io0 … io3, and the path in p0 … p3.
const IO_MESSAGE = new RegExp(
  IO_MESSAGES.map(([, source], i) => `(?<io${i}>${source.split('|').map((alt, k) => alt.replace('(?<p>', `(?<p${i}_${k}>`)).join('|')})`).join('|'),
);
const ioOf = (c: Captures): number => IO_MESSAGES.findIndex((_, i) => c[`io${i}`] !== undefined);
const ioType = (c: Captures): string => IO_MESSAGES[ioOf(c)]?.[0] ?? 'IOException';
const ioPath = (c: Captures): string => Object.entries(c).find(([k, v]) => /^p\d_\d$/.test(k) && v)?.[1] ?? 'the path';
const IO_WHY: Readonly<Record<string, string>> = {
  DirectoryNotFoundException: 'a folder in the path does not exist (a relative path resolved from another working directory, or a folder the program expected to create first)',
  FileNotFoundException: 'the file does not exist at that path (a relative path resolved from another working directory, or a file not copied to the output folder)',
  UnauthorizedAccessException: 'the account may not open the path this way (a folder under Program Files or Windows without elevation, a read-only file, or a directory opened as a file)',
  IOException: 'another process holds the file open without sharing it (the running application itself, an editor, antivirus or a second instance)',
};

export const LOCALISED_CATALOG4_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.powershell-policy-localised',
    tool: 'PowerShell',
    category: 'permission',
    // Below shell.powershell-error (30), which reads the English records as they are.
    priority: 29,
    entries: POLICY_ENTRIES,
    references: REFS.powershell,
    requires:
      /\.ps(?:m?1|d1)|CategoryInfo/,
    samples: [
      'npm : 无法加载文件 D:\\devlib\\nodejs\\npm.ps1，因为在此系统上禁止运行脚本。有关详细信息，请参阅 https:/go.microsoft.com/fwlink/?LinkID=135170 中的 about_Execution_Policies。',
      'yarn : Невозможно загрузить файл C:\\Users\\WS\\AppData\\Roaming\\npm\\yarn.ps1, так как выполнение сценариев отключено в этой системе.',
    ],
  }),
  {
    id: 'java.no-main-manifest-attribute-localised',
    language: 'java',
    // The launcher's "no main manifest attribute, in X" as its translations word it.
    match: new RegExp(
      [
        String.raw`(?<jar>[^\s"“”]{1,300}?\.jar)[ \t]?(?:中没有主清单属性|中沒有主要資訊清單屬性|에 기본 Manifest 속성이 없습니다|にメイン・マニフェスト属性がありません)`,
        String.raw`(?:kein Hauptmanifestattribut, in|aucun attribut manifest principal dans|no hay ningún atributo de manifiesto principal en|nenhum atributo de manifesto principal em|nessun attributo manifest principale in|det finns inget huvudmanifestattribut i) (?<jar2>[^\s"“”]{1,300}\.jar)`,
      ].join('|'),
    ),
    requires: /主清单属性|主要資訊清單屬性|기본 Manifest|メイン・マニフェスト属性|Hauptmanifestattribut|attribut manifest principal|atributo de manifiesto principal|atributo de manifesto principal|attributo manifest principale|huvudmanifestattribut/,
    errorType: 'no main manifest attribute',
    category: 'configuration',
    priority: 9,
    summary: (c) => `"java -jar ${jarOf(c)}" found no Main-Class in the jar's manifest.`,
    explanation: (c) =>
      `java -jar runs the class named by the Main-Class attribute of META-INF/MANIFEST.MF, and ${jarOf(c)} has none (the launcher says so in the system's language): the jar was built as a library, or the build did not write the attribute (Spring Boot's repackage goal not run, a plain jar task without a manifest block, maven-jar-plugin without <mainClass>).`,
    causes: [
      'The build wrote no Main-Class into META-INF/MANIFEST.MF',
      "Spring Boot's plugin did not repackage the jar (no parent POM, or the plain jar instead of the boot jar)",
      'The jar is a library or a plugin, not an application',
    ],
    fixes: (c) => [
      fix(`Name the main class in ${jarOf(c)}'s manifest, or run the class directly`, [
        'Maven: set <mainClass> in maven-jar-plugin (or maven-assembly/shade) <archive><manifest>, or add the repackage goal of spring-boot-maven-plugin.',
        "Gradle: jar { manifest { attributes 'Main-Class': 'com.example.Main' } }, or use the application / Spring Boot plugin's bootJar.",
        `Or run it without -jar: java -cp ${jarOf(c)} com.example.Main.`,
      ], '<plugin>\n  <groupId>org.apache.maven.plugins</groupId>\n  <artifactId>maven-jar-plugin</artifactId>\n  <configuration>\n    <archive>\n      <manifest>\n        <mainClass>com.example.Main</mainClass>\n      </manifest>\n    </archive>\n  </configuration>\n</plugin>'),
    ],
    references: [REFS.jar, REFS.launcher],
    samples: ['business-service-1.0.0-SNAPSHOT.jar中没有主清单属性', 'adenium-2.1.0.jar에 기본 Manifest 속성이 없습니다.'],
  },
  {
    id: 'java.javafx-runtime-missing-localised',
    language: 'java',
    // The launcher's "Error: JavaFX runtime components are missing, and are required to run this application".
    match: /(?:错误|Fehler|Erreur|Error|ERROR|エラー|오류|Erro|Errore)[ \u00a0]?[:：][ \u00a0]?(?:缺少 JavaFX 运行时组件|Zum Ausführen dieser Anwendung benötigte JavaFX-Runtime-Komponenten fehlen|JavaFX ランタイム・コンポーネントがありません|les composants d'exécution JavaFX sont manquants|faltan los componentes de JavaFX runtime)/,
    requires: /JavaFX/,
    errorType: 'JavaFX runtime components are missing',
    category: 'dependency',
    priority: 9,
    summary: 'The java launcher found a JavaFX application but no JavaFX modules to run it with.',
    explanation:
      'The main class extends javafx.application.Application, and since JDK 11 JavaFX is no longer part of the JDK: the launcher checks for the javafx.graphics module before starting and, without it, stops with this message (in the system\u2019s language).',
    causes: [
      'Running on JDK 11 or later without the JavaFX SDK or its jars on the module path',
      'A jar built with JavaFX inside, whose main class itself extends Application',
    ],
    fixes: [
      fix('Put JavaFX on the module path, or start through a launcher class', [
        'Download the JavaFX SDK (openjfx.io) and pass its lib folder: java --module-path <javafx-sdk>/lib --add-modules javafx.controls,javafx.fxml -jar app.jar.',
        'Or add a main class that does not extend Application and calls YourApp.main(args), and make it the jar\u2019s Main-Class.',
        'Or run on a JDK that bundles JavaFX (Liberica Full, Zulu FX, or JDK 8).',
      ]),
    ],
    references: [REFS.javafx],
    samples: ['错误: 缺少 JavaFX 运行时组件, 需要使用该组件来运行此应用程序', 'Fehler: Zum Ausführen dieser Anwendung benötigte JavaFX-Runtime-Komponenten fehlen'],
  },
  {
    id: 'csharp.io-message-localised',
    language: 'csharp',
    // The message alone: a logger that printed Exception.Message (and perhaps the frames), or a dialog.
    match: IO_MESSAGE,
    requires: /的一部分|找不到路徑|Pfades|chemin d'accès|ruta de acceso|части пути|часть пути|uma parte do caminho|の一部が見つかりませんでした|未能找到文件|konnte nicht gefunden werden|Impossible de trouver le fichier|No se pudo encontrar el archivo|Не удалось найти файл|localizar o arquivo|が見つかりませんでした|的访问被拒绝|wurde verweigert|est refusé|Acceso denegado|Отказано в доступе|foi negado|アクセスが拒否されました|另一进程使用|anderen Prozess verwendet|un autre processus|otro proceso|другим процессом|outro processo|別のプロセスで使用/,
    errorType: ioType,
    category: 'io',
    // Below the patterns that read the exception's class with the message.
    priority: 4,
    summary: (c) => `.NET could not open ${ioPath(c)}: ${ioType(c)}.`,
    explanation: (c) =>
      `The message is .NET's ${ioType(c)} in the runtime's language (the class was not printed with it): ${IO_WHY[ioType(c)] ?? 'the file system refused the operation'}.`,
    causes: (c) => [IO_WHY[ioType(c)] ?? 'The file system refused the operation'],
    fixes: (c) => [
      fix(`Check ${ioPath(c)} before opening it`, [
        'Build the path from a known root (AppContext.BaseDirectory, Environment.GetFolderPath) instead of the working directory.',
        ioType(c) === 'UnauthorizedAccessException'
          ? 'Write per-user data under %LOCALAPPDATA% instead of the program folder, or run elevated when the target really is a system folder.'
          : ioType(c) === 'IOException'
            ? 'Close the other program (or the previous instance), open the file with FileShare.ReadWrite, and dispose streams with using.'
            : 'Create the folder first (Directory.CreateDirectory) and check File.Exists before reading.',
      ]),
    ],
    references: [ref('File and stream I/O', 'https://learn.microsoft.com/dotnet/standard/io/')],
    samples: ['未能找到路径“E:\\C\\test\\.vscode\\launch.json”的一部分。\n   在 System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)'],
  },
];
