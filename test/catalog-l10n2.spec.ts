/**
 * Errors pasted in another human language, across the families: git's messages in its catalogs' languages ("fatal:
 * Kein Git-Repository", "error: 无法推送一些引用到", "fatal: 拒绝合并无关的历史"); cmd.exe's "is not recognized" and
 * "The system cannot find the path specified" and PowerShell's CommandNotFoundException message on a French, German,
 * Chinese, Japanese, Korean or Russian Windows; PostgreSQL's catalog messages the hand-written table did not cover
 * ("оператор не существует", "对用户"x"的对等认证失败"). A localised message takes the labels of its English original.
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised } from './support/recognised';

describe('localised messages, second catalog pass', () => {
  it.each([
    [
      "> cross-env VERSION=localversion parcel ./src/index.html\n\n'parcel' n’est pas reconnu en tant que commande interne\nou externe, un programme exécutable ou un fichier de commandes.",
      'shell',
      'command not found',
    ],
    [
      'root@debian:~/ipv4# make\ngit pull\nfatal: 不是一个 git 仓库（或者任何父目录）：.git\nmake: *** [Makefile:2：produce] 错误 128',
      'git',
      'fatal: not a git repository',
    ],
    ['fatal: 不是一个 git 仓库（或者任何父目录）：.git', 'git', 'fatal: not a git repository'],
    [
      'Invoke-VulnAD : 无法将“Invoke-VulnAD”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。请检查名称的拼写，如果包括路\n径，请确保路径正确，然后再试一次。\n所在位置 行:1 字符: 1\n+ Invoke-VulnAD -UsersLimit 100 -DomainName "tdslab.local"\n+ ~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (Invoke-VulnAD:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException',
      'shell',
      'command not found',
    ],
    ['无法将 iwr项 识别为cmdlet 函数 脚本文件或可运行程序的名称，请检查名称的拼写', 'shell', 'command not found'],
    ["'userid' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。", 'shell', 'command not found'],
    [
      "windows7下 执行命令行提示'.currentElementName'' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。请问这个是因为什么原因呢？",
      'shell',
      'command not found',
    ],
    [
      "'/f' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n'1' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n'delims' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n请按任意键继续. . .",
      'shell',
      'command not found',
    ],
    [
      "'o' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n'再次输入。' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n系统无法接受输入的日期。\n输入新日期: (年月日)",
      'shell',
      'command not found',
    ],
    ["npm install的时候报错 ./config/prebuild.sh  '.' 不是内部或外部命令，也不是可运行的程序 或批处理文件。", 'shell', 'command not found'],
    ["'C:\\Users\\O' 不是内部或外部命令，也不是可运行的程序或批处理文件。", 'shell', 'command not found'],
    ['fuck-u-code 不是内部或外部命令，也不是可运行的程序或批处理文件。', 'shell', 'command not found'],
    [
      "C:\\mascotgirl>run.bat\n'ot.py' は、内部コマンドまたは外部コマンド、\n操作可能なプログラムまたはバッチ ファイルとして認識されていません。\n'--chatgpt_apikey' は、内部コマンドまたは外部コマンド、\n操作可能なプログラムまたはバッチ ファイルとして認識されていません。",
      'shell',
      'command not found',
    ],
    [
      '"cmd - не является внутренней или внешней командой, исполняемой программой или пакетным файлом. Wait a few seconds for the script to load...',
      'shell',
      'command not found',
    ],
    ['"Диск/Путь" не является внутренней или внешней командой, исполняемой программой или пакетным файлом', 'shell', 'command not found'],
    ['$ git submodule update --init --recursive\nfatal: 不是 git 仓库（或者任何父目录）：.git', 'git', 'fatal: not a git repository'],
    [
      'git pull时提示\nA：error: 您对下列文件的本地修改将被合并操作覆盖：\n        feeds.conf.default\n请在合并前提交或贮藏您的修改。\n正在终止',
      'git',
      'local changes would be overwritten',
    ],
    [
      'error: 您对下列文件的本地修改将被合并操作覆盖： feeds.conf.default 请在合并前提交或贮藏您的修改。 正在终止',
      'git',
      'local changes would be overwritten',
    ],
    [
      "cmdlet : 'cmdlet' 용어가 cmdlet, 함수, 스크립트 파일 또는 실행할 수 있는 프로그램 이름으로 인식되지 않습니다. 이\n름이 정확한지 확인하고 경로가 포함된 경우 경로가 올바른지 검증한 다음 다시 시도하십시오.\n위치 줄:1 문자:1\n+ cmdlet\n+ ~~~~~~\n    + CategoryInfo          : ObjectNotFound: (cmdlet:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException",
      'shell',
      'command not found',
    ],
    [
      "PS E:\\Personal\\Documents\\programs> invoke-ps2exe .\\powershell-upgrade.ps1\nPS2EXE-GUI v0.5.0.28 by Ingo Karstein, reworked and GUI support by Markus Scholtes\n\n& : Le terme «Invoke-ps2exe» n'est pas reconnu comme nom d'applet de commande,\nfonction, fichier de script ou programme exécutable. Vérifiez l'orthographe du\nnom, ou si un chemin d'accès existe, vérifiez que le chemin d'accès est\ncorrect et réessayez.\nAu caractère Ligne:1 : 2\n+ &'Invoke-ps2exe'  -inputFile .\\powershell-upgrade.ps1 -nested\n+  ~~~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (Invoke-ps2exe:String) [], Comma\n   ndNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException",
      'shell',
      'command not found',
    ],
    ['无法将“weapp_fc”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。需要全局配置吗', 'shell', 'command not found'],
    [
      "mydatabase=# select * from people where gender='Male' and weight !> 75;\nОШИБКА:  оператор не существует: double precision !> integer\nСТРОКА 1: select * from people where gender='Male' and weight !> 75;\n                                                              ^\nПОДСКАЗКА:  Оператор с данными именем и типами аргументов не найден. Возможно, вам следует добавить явные приведения типов.\nmydatabase=#",
      'sql',
      '42883',
    ],
    [
      'ERROR - 2017-07-12 22:53:24 --> Severity: Warning --> pg_query(): Query failed: ОШИБКА:  оператор не существует: character = integer\nLINE 4: WHERE &quot;messages&quot;.&quot;status&quot; = 2\n                                  ^\nHINT:  Оператор с данными именем и типами аргументов не найден. Возможно, вам следует добавить явные приведения типов. /var/www/demo-ds.token.kg/system/database/drivers/postgre/postgre_driver.php',
      'sql',
      '42883',
    ],
    [
      'postgres=#  select  sum(salary)from empl where date_of_birth between 30 and 50;\nОШИБКА:  оператор не существует: date >= integer\nСТРОКА 1: select  sum(salary)from empl where date_of_birth between 30 ...\n                                                           ^\nПОДСКАЗКА:  Оператор с данными именем и типами аргументов не найден. Возможно, вам следует добавить явные приведения типов.',
      'sql',
      '42883',
    ],
    [
      'ERROR - 2017-09-07 09:44:08 --> Severity: Warning --> pg_query(): Query failed: ОШИБКА:  оператор не существует: timestamp without time zone &lt;= integer\nLINE 6: AND &quot;requisites_creating_date_time&quot; &lt;= 1506880740\n                                            ^',
      'sql',
      '42883',
    ],
    ['psql: 错误: 连接到套接字"/var/run/postgresql/.s.PGSQL.5432"上的服务器失败:致命错误:  对用户"postgres"的对等认证失败', 'sql', '28000'],
    ['(2)执行psql -U postgres skylar出现\npsql: 致命错误:  对用户"postgres"的对等认证失败', 'sql', '28000'],
    ['\\c user_oliver -password \n-- 报错：\n-- 致命错误:  对用户"-user_oliver"的对等认证失败\n-- Previous connection kept', 'sql', '28000'],
    ['psql: Fehler: konnte nicht mit Server verbinden: FATAL:  Peer-Authentifizierung für Benutzer webapp_ims fehlgeschlagen', 'sql', '28000'],
    ['psql命令得到 `错误: 连接到套接字"/var/run/postgresql/.s.PGSQL.5432"上的服务器失败:拒绝连接`', 'sql', '08001'],
    [
      '[信息] 使用Jar命令运行Web工程。\n\n系统找不到指定的路径。\nError: Unable to access jarfile ruoyi-admin.jar\n系统找不到指定的路径。\n请按任意键继续. . .',
      'shell',
      'The system cannot find the path specified',
    ],
    [
      'open in Ubuntu 18.04 LTS \n\n系统找不到指定的路径。\nPress any key to continue.....',
      'shell',
      'The system cannot find the path specified',
    ],
    ['系统找不到指定的路径。\nError: Unable to access jarfile ruoyi-admin.jar', 'shell', 'The system cannot find the path specified'],
    [
      '(ambulon) G:\\WarchoLife\\WarchoDevplace\\Gitlab_Applications\\ambulon>ambulon piag-chat-query ^\nPlus ?   --question-file .claude/prompts/prompt.dat_c4model.md ^\nPlus ?   --chunks chunks/chunk_PNM3_SIREINES.json ^\nPlus ?   --timeout 10m > reponses/reponse_dat_c4model.md\nLe chemin d’accès spécifié est introuvable.',
      'shell',
      'The system cannot find the path specified',
    ],
    [
      "buff@buff:~/workspace/learn/robot-system-learning/linux$ ls\nday2-demo  day2_demo_if_for.sh  day2_demo.sh  files.txt  README.md  somefile\nbuff@buff:~/workspace/learn/robot-system-learning/linux$ git checkout -- somefile\nerror: 路径规格 'somefile' 未匹配任何 git 已知文件",
      'git',
      'error: pathspec did not match',
    ],
    [
      "exit code: 1\nenvelope: null\nstderr: 错误：路径规格 'TBD' 未匹配任何 Git 已知文件\n        Command failed: git -C /private/var/…/kw-tbd-hjnR0s checkout TBD",
      'git',
      'error: pathspec did not match',
    ],
    [
      '**Output:**\n```\nSchwerwiegend: Kein Git-Repository (oder irgendeines der Elternverzeichnisse): .git\n---init?\nSchwerwiegend: Kein Git-Repository (oder irgendeines der Elternverzeichnisse): .git\n```',
      'git',
      'fatal: not a git repository',
    ],
    [
      '`git -C /home/ansible/MCP/MCP_Deployment status` returns `fatal: Kein Git-Repository (oder irgendeines der Elternverzeichnisse): .git`',
      'git',
      'fatal: not a git repository',
    ],
    [
      "$ git branch --set-upstream-to=origin/main master\n分支 'master' 设置为跟踪 'origin/main'。\n$ git pull\nfatal: 拒绝合并无关的历史",
      'git',
      'unrelated histories',
    ],
    ['* branch            master     -> FETCH_HEAD\n fatal: 拒绝合并无关的历史', 'git', 'unrelated histories'],
    ['git merge upstream/learning-clean\nfatal: 拒绝合并无关的历史', 'git', 'unrelated histories'],
    [
      "fatal: ni ceci ni aucun de ses répertoires parents (jusqu'au point de montage /) n'est un dépôt git\nArrêt à la limite du système de fichiers (GIT_DISCOVERY_ACROSS_FILESYSTEM n'est pas défini).",
      'git',
      'fatal: not a git repository',
    ],
    [
      "cedrik@cedrik-virtual-machine:~/devops1218/github$ ls\ncedret3  projet\ncedrik@cedrik-virtual-machine:~/devops1218/github$ git branch\nfatal: ni ceci ni aucun de ses répertoires parents n'est un dépôt git : .git",
      'git',
      'fatal: not a git repository',
    ],
    [
      "jmena01@M077-1840900:~/CONSULTANT/my_vuejs-3_beginner$ git branch -a\nfatal: ni ceci ni aucun de ses répertoires parents n'est un dépôt git : .git",
      'git',
      'fatal: not a git repository',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: localised texts already answered, and the English originals the translations go back to.
  it.each([
    [
      'System.IO.FileNotFoundException: O sistema não pode encontrar o arquivo especificado. (Exception from HRESULT: 0x80070002)',
      'csharp',
      'FileNotFoundException',
    ],
    [
      "[BUG] System.IO.FileNotFoundException: Could not load file or assembly 'ICSharpCode.SharpZipLib, Version=1.4.2.13, Culture=neutral, PublicKeyToken=1b03e6acf1164f73'. El sistema no puede encontrar el a",
      'csharp',
      'FileNotFoundException',
    ],
    [
      'D:\\test\\RealCUGAN>runtime\\python runtime\\inference234.py\nTraceback (most recent call last):\n  File "runtime\\inference234.py", line 62, in main\n    tmp_path=video_upscaler(inp_path, opt_path)\n  File "D:\\test\\RealCUGAN\\runtime\\inference_video.py", line 60, in __call__\n    os.link(inp_path,tmp_path)\nPermissionError: [WinError 5] 拒绝访问。: \'input\' -> \'D:\\\\test\\\\RealCUGAN\\\\tmp\\\\1678677060901363.input\'',
      'python',
      'PermissionError',
    ],
    [
      "PermissionError: [WinError 5] Accès refusé: 'C:\\\\Users\\\\stagiaire\\\\Documents\\\\EasySAV\\\\images\\\\DecisionPriseEnChargeStagiaire43230_20220103_HR'",
      'python',
      'PermissionError',
    ],
    [
      '...\\.nuget\\packages\\mile.windows.helpers\\1.0.25\\Source\\Native\\Mile.Helpers.cpp(160,9): error C2\n       065: "DWMWA_SYSTEMBACKDROP_TYPE": nichtdeklarierter Bezeichner [D:\\Sources\\NanaRun\\MinSudo\\MinSudo.vcxproj]',
      'cpp',
      'C2065',
    ],
    [
      '严重性\t代码\t说明\t项目\t文件\t行\t禁止显示状态\n错误\tC2065\t“eax”: 未声明的标识符\tMyARKDriver\tD:\\GoogleDown1\\MyArk-master\\MyArk-master\\MyARKDriver\\MyARKDriver\\Driver.c\t370',
      'c',
      'C2065',
    ],
    ['"powershell" no se reconoce como un comando interno o externo, programa o archivo por lotes ejecutable.', 'shell', 'command not found'],
    [
      'ERROR:  relation "a21" does not exist\nŘÁDKA 212: LEFT OUTER JOIN  a21 ON (A1.ID_NAJVZTAH = A21.ID_NAJVZTAH)\n                            ^\nSTATEMENT:  CREATE OR REPLACE VIEW v_najvplauce_vyvoj (id_najvplauce, rozepsano, id_ucedoklad)',
      'sql',
      '42P01',
    ],
    [
      'Hola al tratar de correr las migraciones me tira el error "ERROR: la autentificaci�n password fall� para el usuario �myuser�". Todos los datos de las variables de entorno están correcto, no se como arreglarlo.',
      'sql',
      '28P01',
    ],
    ['ERROR: relation "**" does not exist   位置：15', 'sql', '42P01'],
    [
      "Warning: Permanently added the RSA host key for IP address '192.30.255.113' to the list of known hosts.\nTo github.com:61305/spiderWeb.git\n ! [rejected]        master -> master (fetch first)\nerror: 无法推送一些引用到 'git@github.com:61305/spiderWeb.git'\n提示：更新被拒绝，因为远程仓库包含您本地尚不存在的提交。这通常是因为另外\n提示：一个仓库已向该引用进行了推送。再次推送前，您可能需要先整合远程变更\n提示：（如 'git pull ...'）。\n提示：详见 'git push --help' 中的 'Note about fast-forwards' 小节。",
      'git',
      'non-fast-forward',
    ],
    [
      "To ssh://git@gitlab. demo.com:10022/lake/aa.git\n ! [rejected]        master -> master (non-fast-forward)\nerror: 无法推送一些引用到 'ssh://git@gitlab. demo.com:10022/lake/aa.git'\n提示：更新被拒绝，因为您当前分支的最新提交落后于其对应的远程分支。\n提示：再次推送前，先与远程变更合并（如 'git pull ...'）。详见\n提示：'git push --help' 中的 'Note about fast-forwards' 小节。",
      'git',
      'non-fast-forward',
    ],
    [
      "$ git push origin master\n    error: src refspec master does not match any.\n    error: 无法推送一些引用到 'git@github.com:wangyunpeng139/git_flow_test.git'",
      'git',
      'error: src refspec does not match any',
    ],
    [
      "remote: GitLab: You are not allowed to upload code for this project.\nTo ssh://root@127.0.0.1:2200/var/opt/gitlab/git-data/repositories/TestGroup/Test.git\n ! [remote rejected] master -> master (pre-receive hook declined)\nerror: 无法推送一些引用到 'ssh://root@127.0.0.1:2200/var/opt/gitlab/git-data/repositories/TestGroup/Test.git'",
      'git',
      'remote rejected',
    ],
    [
      "remote: error: 'receive.denyCurrentBranch' configuration variable to 'refuse'.\nTo git@127.0.0.1:/home/hlxiong/work2/git_server/xxx\n ! [remote rejected] master -> master (branch is currently checked out)\nerror: 无法推送一些引用到 'git@127.0.0.1:/home/hlxiong/work2/git_server/xxx'",
      'git',
      'remote rejected',
    ],
    [
      "Username for 'https://github.com': f1cheng\nPassword for 'https://f1cheng@github.com':\nTo https://github.com/f1cheng/git.git\n ! [rejected]        master -> master (non-fast-forward)\nerror: 无法推送一些引用到 'https://github.com/f1cheng/git.git'\n提示：更新被拒绝，因为您当前分支的最新提交落后于其对应的远程分支。",
      'git',
      'non-fast-forward',
    ],
    [
      "Invoke-ps2exe : The term 'Invoke-ps2exe' is not recognized as the name of a cmdlet, function, script file, or operable\nprogram. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.\nAt line:1 char:1\n+ Invoke-ps2exe -inputFile 'C:\\Users\\Hasib\\Downloads\\sad\\deez.ps1' -out ...\n+ ~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (Invoke-ps2exe:String) [], CommandNotFoundException\n    + FullyQualifiedErrorId : CommandNotFoundException",
      'shell',
      'command not found',
    ],
    [
      "我下载下来最新的永久版的2个bat,管理员运行后显示 \n\n系统找不到指定的文件。\n'*' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。\n'?' 不是内部或外部命令，也不是可运行的程序\n或批处理文件。",
      'shell',
      'command not found',
    ],
    [
      "FileNotFoundError: [WinError 3] 系统找不到指定的路径。: '/media/lxy/sdd1/stereo_coderesource/dataset_nie/SceneFlowData/frames_cleanpass/monkaa'",
      'python',
      'FileNotFoundError',
    ],
    ['错误: 找不到或无法加载主类 com.ctrip.ops.sysdev.core.Main', 'java', 'ClassNotFoundException'],
    ['java: 找不到符号\n  符号:   类 ToolUtils\n  位置: 程序包 sample.util', 'java', 'cannot find symbol'],
    [
      'javac -cp extractor/target/features-javac-extractor-1.0.0-SNAPSHOT-jar-with-dependencies.jar -Xplugin:FeaturePlugin\nQueueDrainObserver.java:2: 错误: 找不到符号\nprotected final void fastPathOrderedEmit(U value, boolean delayError, Disposable disposable) {\n^\n符号: 类 U\n位置: 类 QueueDrainObserver\nQueueDrainObserver.java:2: 错误: 找不到符号\nprotected final void fastPathOrderedEmit(U value, boolean delayError, Disposable disposable) {\n^\n符号: 类 Disposable\n位置: 类 QueueDrainObserver',
      'java',
      'cannot find symbol',
    ],
    ["'.' is not recognized as an internal or external command,\noperable program or batch file.", 'shell', 'command not found'],
    [
      'C:\\Users\\admin\nλ git add --all\nfatal: not a git repository (or any of the parent directories): .git',
      'git',
      'fatal: not a git repository',
    ],
    [
      'Last login: Sat Jul  7 07:21:22 on ttys001\nfatal: not a git repository (or any of the parent directories): .git',
      'git',
      'fatal: not a git repository',
    ],
    ['psql: FATAL:  Peer authentication failed for user "icinga"', 'sql', '28000'],
    [
      '[Err] ERROR:  operator does not exist: character varying = integer\nLINE ***********\nHINT:  No operator matches the given name and argument type(s). You might need to add explicit type casts.',
      'sql',
      '42883',
    ],
    [
      'main.c: 在函数‘main’中:\nmain.c:5:5: 错误：‘count’未声明(在此函数内第一次使用)\nmain.c:5:5: 附注：每个未声明的标识符在其出现的函数内只报告一次',
      'c',
      'was not declared in this scope',
    ],
    ['net.c:30:9: Fehler: Zu wenige Argumente für Funktion »connect_to«', 'c', 'too few arguments to function'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the translations keep the names the messages quote', () => {
  it('names the program cmd.exe could not find on a French Windows', () => {
    expect(
      answer(
        "> cross-env VERSION=localversion parcel ./src/index.html\n\n'parcel' n’est pas reconnu en tant que commande interne\nou externe, un programme exécutable ou un fichier de commandes.",
      ).summary,
    ).toContain('parcel');
  });

  it('names the command PowerShell could not find on a Chinese Windows', () => {
    expect(answer('无法将“weapp_fc”项识别为 cmdlet、函数、脚本文件或可运行程序的名称。需要全局配置吗').summary).toContain('weapp_fc');
  });

  it('names the role whose peer authentication failed', () => {
    expect(answer('psql: 致命错误:  对用户"postgres"的对等认证失败').summary).toContain('postgres');
  });
});
