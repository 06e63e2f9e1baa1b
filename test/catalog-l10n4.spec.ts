/**
 * A fourth catalog pass over localised errors, as people paste them from a Windows or a JDK in another language:
 * PowerShell's execution policy refusing npm's, yarn's or a script's .ps1 in Chinese, Russian and French, and an error
 * record whose CategoryInfo names its category in French; the java launcher's "could not find or load main class" in
 * Brazilian Portuguese and JDK 7's French, its "no main manifest attribute" in Chinese and Korean and its missing JavaFX
 * runtime in Chinese and German; .NET's System.IO messages printed without their class in Chinese (a part of a path
 * not found, a file used by another process). Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe('the localised fourth catalog pass', () => {
  it.each([
    [
      'yarn : Невозможно загрузить файл C:\\Users\\WS\\AppData\\Roaming\\npm\\yarn.ps1, так как выполнение сценариев отключено в этой системе. Для получения доп\nолнительных сведений см. about_Execution_Policies по адресу https:/go.microsoft.com/fwlink/?LinkID=135170.\nстрока:1 знак:1\n+ yarn run test\n+ ~~~~\n    + CategoryInfo          : Ошибка безопасности: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
      'PSSecurityException',
    ],
    [
      'npm : 无法加载文件 D:\\devlib\\nodejs\\npm.ps1，因为在此系统上禁止运行脚本。有关详细信息，请参阅 https:/go.microsoft.com/fwlink/?LinkID=135170 中的 about',
      'shell',
      'PSSecurityException',
    ],
    [
      'npm : Impossible de charger le fichier C:\\Program Files\\nodejs\\npm.ps1, car l’exécution de scripts est \ndésactivée sur ce système. Pour plus d’informations, consultez about_Execution_Policies à l’adresse \nhttps://go.microsoft.com/fwlink/?LinkID=135170.\nAu caractère Ligne:1 : 1\n+ npm install\n+ ~~~\n    + CategoryInfo          : Erreur de sécurité : (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess\nPS C:\\Users\\Admin\\Desktop\\reactJS>',
      'shell',
      'PSSecurityException',
    ],
    [
      ' Vous ne pouvez pas exécuter ce script \nsur le système actuel. Pour plus d’informations sur l’exécution de scripts et la définition de stratégies d’exécution, voir la rubrique about_Execution_Policies à \nl’adresse https://go.microsoft.com/fwlink/?LinkID=135170.\n    + CategoryInfo          : Erreur de sécurité : (:) [], ParentContainsErrorRecordException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
      'ParentContainsErrorRecordException',
    ],
    [
      'Erro: Não foi possível localizar nem carregar a classe principal br.cefetrj.sca.infra.cargadados.ImportadorTudo',
      'java',
      'ClassNotFoundException',
    ],
    ['Erreur : impossible de trouver ou charger la classe principale info.ephyra.OpenEphyra', 'java', 'ClassNotFoundException'],
    [
      '> java -jar YggdrasilOfficialProxy-2.0.0-proxy.jar\nYggdrasilOfficialProxy-2.0.0-proxy.jar中没有主清单属性',
      'java',
      'no main manifest attribute',
    ],
    [
      'D:\\Projects\\seata\\fescar-samples\\springcloud-jpa-seata\\business-service\\target>java -jar business-service-1.0.0-SNAPSHOT.jar\nbusiness-service-1.0.0-SNAPSHOT.jar中没有主清单属性',
      'java',
      'no main manifest attribute',
    ],
    ['java -jar build/libs/gs-gradle-0.1.0.jar\nbuild/libs/gs-gradle-0.1.0.jar中没有主清单属性', 'java', 'no main manifest attribute'],
    ['mmat-1.0.jar中没有主清单属性', 'java', 'no main manifest attribute'],
    ['java -jar adenium-2.1.0.jar\nadenium-2.1.0.jar에 기본 Manifest 속성이 없습니다.', 'java', 'no main manifest attribute'],
    [
      '$ tar xf MonacoFX-Tutorial-01.tar \n$ MonacoFX-Tutorial-01/bin/MonacoFX-Tutorial-01\nFehler: Zum Ausführen dieser Anwendung benötigte JavaFX-Runtime-Komponenten fehlen',
      'java',
      'JavaFX runtime components are missing',
    ],
    ['错误: 缺少 JavaFX 运行时组件, 需要使用该组件来运行此应用程序', 'java', 'JavaFX runtime components are missing'],
    [
      '未能找到路径“C:\\Users\\Lenovo\\Desktop\\C\\.vscode\\launch.json”的一部分。\n   在 System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\n   在 System.IO.FileStream.Init(String path, FileMode mode, FileAccess access, Int32 rights, Boolean useRights, FileShare share, Int32 bufferSize, FileOptions options, SECURITY_ATTRIBUTES secAttrs, String msgPath, Boolean bFromProxy, Boolean useLongPath, Boolean checkHost)\n   在 System.IO.File.ReadAllText(String path)\n   在 AutoVsCEnv_WPF.Operators.Installer.StartInstall()\n   在 AutoVsCEnv_WPF.Forms.Installing.StartInstall(Object sender, DoWorkEventArgs args)',
      'csharp',
      'DirectoryNotFoundException',
    ],
    [
      '未能找到路径“E:\\C\\test\\.vscode\\launch.json”的一部分。\n   在 System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\n   在 System.IO.File.InternalReadAllText(String path, Encoding encoding, Boolean checkHost)\n   在 System.IO.File.ReadAllText(String path)\n   在 AutoVsCEnv_WPF.Operators.Installer.StartInstall() 位置 D:\\Projects\\WPF\\AutoVsCEnv_WPF\\AutoVsCEnv_WPF\\Operators\\Installer.cs:行号 83\n   在 AutoVsCEnv_WPF.Forms.Installing.StartInstall(Object sender, DoWorkEventArgs args) 位置 D:\\Projects\\WPF\\AutoVsCEnv_WPF\\AutoVsCEnv_WPF\\Forms\\Installing.xaml.cs:行号 47',
      'csharp',
      'DirectoryNotFoundException',
    ],
    [
      '2016-07-02 09:25:52.2599|ERROR|Wox.App+<>c.<RegisterAppDomainExceptions>b__13_0|First Chance Exception:\n2016-07-02 09:25:52.2879|ERROR|System.IO.__Error.WinIOError|文件“C:\\Users\\Administrator\\AppData\\Roaming\\Wox\\Settings\\Plugins\\Wox.Plugin.Everything\\EverythingSDK\\x64\\Everything.dll”正由另一进程使用，因此该进程无法访问此文件。\n2016-07-02 09:25:52.3020|ERROR|System.IO.__Error.WinIOError|\n   在 System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)',
      'csharp',
      'IOException',
    ],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('repeats in its fixes the script, jar and path the message named', () => {
    expect(
      fixText(
        'yarn : Невозможно загрузить файл C:\\Users\\WS\\AppData\\Roaming\\npm\\yarn.ps1, так как выполнение сценариев отключено в этой системе. Для получения доп\nолнительных сведений см. about_Execution_Policies по адресу https:/go.microsoft.com/fwlink/?LinkID=135170.\nстрока:1 знак:1\n+ yarn run test\n+ ~~~~\n    + CategoryInfo          : Ошибка безопасности: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      ),
    ).toContain('yarn.ps1');
    expect(
      fixText(
        'D:\\Projects\\seata\\fescar-samples\\springcloud-jpa-seata\\business-service\\target>java -jar business-service-1.0.0-SNAPSHOT.jar\nbusiness-service-1.0.0-SNAPSHOT.jar中没有主清单属性',
      ),
    ).toContain('business-service-1.0.0-SNAPSHOT.jar');
    expect(
      fixText(
        '未能找到路径“E:\\C\\test\\.vscode\\launch.json”的一部分。\n   在 System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\n   在 System.IO.File.InternalReadAllText(String path, Encoding encoding, Boolean checkHost)\n   在 System.IO.File.ReadAllText(String path)\n   在 AutoVsCEnv_WPF.Operators.Installer.StartInstall() 位置 D:\\Projects\\WPF\\AutoVsCEnv_WPF\\AutoVsCEnv_WPF\\Operators\\Installer.cs:行号 83\n   在 AutoVsCEnv_WPF.Forms.Installing.StartInstall(Object sender, DoWorkEventArgs args) 位置 D:\\Projects\\WPF\\AutoVsCEnv_WPF\\AutoVsCEnv_WPF\\Forms\\Installing.xaml.cs:行号 47',
      ),
    ).toContain('launch.json');
  });

  it.each([
    [
      'PS E:\\git_tf_build\\tensorflow-windows-build-script-master> .\\build.ps1  -BazelBuildParameters $parameterString -BuildCpp\nAPI -ReserveSource -ReserveVenv\n.\\build.ps1 : 无法加载文件 E:\\git_tf_build\\tensorflow-windows-build-script-master\\build.ps1，因为在此系统上禁止运行脚本\n。有关详细信息，请参阅 https:/go.microsoft.com/fwlink/?LinkID=135170 中的 about_Execution_Policies。\n所在位置 行:1 字符: 1\n+ .\\build.ps1  -BazelBuildParameters $parameterString -BuildCppAPI -Res ...\n+ ~~~~~~~~~~~\n    + CategoryInfo          : SecurityError: (:) []，PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
      'PSSecurityException',
    ],
    [
      '.\\run.ps1 : 无法加载文件 C:\\Users\\Administrator\\Desktop\\run.ps1。未对文件 C:\\Users\\Administrator\\Desktop\\run.ps1 进\n行数字签名。无法在当前系统上运行该脚本。有关运行脚本和设置执行策略的详细信息，请参阅 https:/go.microsoft.com/fwlink/?Li\nnkID=135170 中的 about_Execution_Policies。\n所在位置 行:1 字符: 1\n+ .\\run.ps1\n+ ~~~~~~~~~\n    + CategoryInfo          : SecurityError: (:) []，PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
      'PSSecurityException',
    ],
    [
      'C:\\Users\\aitor\\chiadog> . .\\venv\\Scripts\\activate\n. : No se puede cargar el archivo C:\\Users\\aitor\\chiadog\\venv\\Scripts\\Activate.ps1 porque la ejecución de scripts está\ndeshabilitada en este sistema. Para obtener más información, consulta el tema about_Execution_Policies en\nhttps:/go.microsoft.com/fwlink/?LinkID=135170.\nEn línea: 1 Carácter: 3\n+ . .\\venv\\Scripts\\activate\n+   ~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      'shell',
      'PSSecurityException',
    ],
    [
      'C:\\Users\\denni\\Desktop\\Área de Trabalho\\Projeto\\testeapi\\primeiro-programa> cmd /C ""C:\\Program Files\\Java\\jdk-11.0.14\\bin\\java.exe" -Dcom.sun.management.jmxremote -Dspring.jmx.enabled=true -Dspring.boot.project.name=primeiro-programa @C:\\Users\\denni\\AppData\\Local\\Temp\\cp_9em6nzp2y2ayavef3uownfqaa.argfile com.projeto.primeiroprograma.PrimeiroProgramaApplication "\nErro: Não foi possível localizar nem carregar a classe principal com.projeto.primeiroprograma.PrimeiroProgramaApplication\nCausada por: java.lang.ClassNotFoundException: com.projeto.primeiroprograma.PrimeiroProgramaApplication',
      'java',
      'ClassNotFoundException',
    ],
    [
      'λ java -cp shiroPoc-0.5-SNAPSHOT-jar-with-dependencies.jar CommonsCollections10 SpringBootEcho1\n错误: 找不到或无法加载主类 CommonsCollections10\n原因: java.lang.ClassNotFoundException: CommonsCollections10',
      'java',
      'ClassNotFoundException',
    ],
    [
      '错误: 找不到或无法加载主类 main.Main\n原因: java.lang.NoClassDefFoundError: javafx/application/Application',
      'java',
      'NoClassDefFoundError',
    ],
    [
      'System.IO.FileLoadException: 另一个程序正在使用此文件，进程无法访问。 (异常来自 HRESULT:0x80070020)\n   在 LocalPolicy.COM.IGroupPolicyObject.Save(Boolean machine, Boolean add, Guid extension, Guid app)\n   在 LocalPolicy.GroupPolicyObject.<Save>b__0()\n   在 SoftCertPolicyAppender.Program.Main(String[] args)\n另一个程序正在使用此文件，进程无法访问。 (异常来自 HRESULT:0x80070020)Please select: Retry, Ignore or Abort (R|I|A)',
      'csharp',
      'FileLoadException',
    ],
    [
      'Failed to process path: C:\\Users\\xxx\\AppData\\Roaming\\Thunderbird\\Profiles\\ngf7tlvk.default\\parent.lock\nSystem.IO.IOException: Der Prozess kann nicht auf die Datei "C:\\Users\\xxx\\AppData\\Roaming\\Thunderbird\\Profiles\\ngf7tlvk.default\\parent.lock" zugreifen, da sie von einem anderen Prozess verwendet wird.\nbei System.IO.__Error.WinIOError(Int32 errorCode, String maybeFullPath)\nbei System.IO.FileStream.Init(String path, FileMode mode, FileAccess access, Int32 rights, Boolean useRights, FileShare share, Int32 bufferSize, FileOptions options, SECURITY_ATTRIBUTES secAttrs, String msgPath, Boolean bFromProxy, Boolean useLongPath, Boolean checkHost)\nbei Duplicati.Library.Snapshots.SystemIOWindows.FileOpenRead(String path)',
      'csharp',
      'IOException',
    ],
    ["PermissionError: [WinError 32] 另一个程序正在使用此文件，进程无法访问。: 'D:/recording.mobi'", 'python', 'PermissionError'],
    [
      'System.UnauthorizedAccessException: 对路径“%AppData%\\Local\\Packages\\Microsoft.MicrosoftOfficeHub_8wekyb3d8bbwe\\LocalCache\\Local\\Application Data”的访问被拒绝。',
      'csharp',
      'UnauthorizedAccessException',
    ],
    ["'userid' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。", 'shell', 'command not found'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
