/**
 * A third catalog pass over localised errors, as people paste them in another language: apt's lock messages (a lock
 * held by another apt or dpkg, the frontend and administration directory, a list directory) in Chinese, Japanese,
 * French, Spanish and Polish, its "no installation candidate" in older German and Swedish wordings, its Release-file and
 * interrupted-dpkg messages in Chinese; sudoers' refusal in Chinese; PostgreSQL's GROUP BY message (42803) in Russian,
 * Chinese, Spanish and German; the java launcher's missing main class in JDK 8+'s Japanese and in French. Most are
 * rows of the translation tables (rules/localised-*-messages.ts). Pure: the rules engine alone.
 */
import { expectRecognised } from './support/recognised';

describe('the localised third catalog pass', () => {
  it.each([
    [
      'E: 无法获得锁 /var/lib/dpkg/lock - open (11: 资源暂时不可用)\nE: 无法锁定管理目录(/var/lib/dpkg/)，是否有其他进程正占用它？',
      'shell',
      'Could not get lock',
    ],
    [
      'xxx@xxx-S410:~$ sudo apt upgrade\nE: 无法获得锁 /var/lib/dpkg/lock-frontend - open (11: 资源暂时不可用)\nE: 无法获取 dpkg 前端锁 (/var/lib/dpkg/lock-frontend)，是否有其他进程正占用它？',
      'shell',
      'Could not get lock',
    ],
    [
      '>>> sudo aptitude update\nE: 无法获得锁 /var/lib/apt/lists/lock - open (11: 资源暂时不可用)\nE: 无法对目录 /var/lib/apt/lists/ 加锁',
      'shell',
      'Could not get lock',
    ],
    ['E: 无法获得锁 /var/lib/dpkg/lock-frontend。锁正由进程 2688（unattended-upgr）持有', 'shell', 'Could not get lock'],
    [
      'zogy@ubuntu:~$ sudo apt-get install ruby\n[sudo] zogy 的密码： \nE: 无法获得锁 /var/lib/dpkg/lock - open (11: 资源暂时不可用)\nE: 无法锁定管理目录(/var/lib/dpkg/)，是否有其他进程正占用它？',
      'shell',
      'Could not get lock',
    ],
    [
      'marsjan@lena » apt install gnome-tweak-tool\nE: Nie udało się uzyskać blokady /var/lib/dpkg/lock - open (11: Zasoby chwilowo niedostępne)\nE: Nie udało się zablokować katalogu administracyjnego (/var/lib/dpkg/), czy inny proces go używa?',
      'shell',
      'Could not get lock',
    ],
    [
      "sudo apt-get install -y setserial\nE: Impossible d'obtenir le verrou /var/lib/dpkg/lock-frontend - open (11: Ressource temporairement non disponible)\nE: Impossible d'obtenir le verrou de dpkg (/var/lib/dpkg/lock-frontend). Il est possible qu'un autre processus l'utilise.",
      'shell',
      'Could not get lock',
    ],
    [
      'nazareno@nazareno-laptop:~$ sudo apt-get install w32codecs\nE: No se pudo bloquear /var/lib/dpkg/lock - open (11 Recurso temporalmente no disponible)\nE: Unable to lock the administration directory (/var/lib/dpkg/), is another process using it?',
      'shell',
      'Could not get lock',
    ],
    [
      'E: No se pudo bloquear /var/lib/dpkg/lock - open (11: Recurso\n  no disponible temporalmente)\n  E: No se pudo bloquear el directorio de administración (/var/lib/dpkg/),\n  ¿quizás haya algún otro proceso utilizándolo?',
      'shell',
      'Could not get lock',
    ],
    [
      '$ sudo apt update\nE: ロック /var/lib/apt/lists/lock が取得できませんでした - open (11: リソースが一時的に利用できません)\nE: ディレクトリ /var/lib/apt/lists/ をロックできません\nE: ロック /var/lib/dpkg/lock が取得できませんでした - open (11: リソースが一時的に利用できません)',
      'shell',
      'Could not get lock',
    ],
    [
      'E: ロック /var/lib/apt/lists/lock が取得できませんでした\n- open (11 Resource temporarily unavailable)\nE: list ディレクトリをロックできません',
      'shell',
      'Could not get lock',
    ],
    ['E: ロック /var/lib/dpkg/lock が取得できませんでした。 - open（11: リソースが一時的に利用できません）', 'shell', 'Could not get lock'],
    ['E: 无法获得锁 /var/lib/apt/lists/lock。锁正由进程 xx_pid（packagekitd）持有', 'shell', 'Could not get lock'],
    [
      'python@ubuntu:~$ sudo apt install docker.io\n[sudo] python 的密码： \nE: 无法获得锁 /var/lib/dpkg/lock - open (11: 资源暂时不可用)\nE: 无法锁定管理目录(/var/lib/dpkg/)，是否有其他进程正占用它？',
      'shell',
      'Could not get lock',
    ],
    ['E: Paketet flashplugin-nonfree har ingen installationskandidat', 'shell', 'has no installation candidate'],
    [
      'Doch die folgenden Pakete ersetzen es: \n  libtotem-plparser7 libtotem-plparser-dev \nE: Paket totem-xine hat keinen Installationskandidaten',
      'shell',
      'has no installation candidate',
    ],
    [
      '正在读取软件包列表... 完成\nE: 仓库 “http://security.ubuntu.com/ubuntu impish-security Release” 不再含有 Release 文件。\nN: 无法安全地用该源进行更新，所以默认禁用该源。\nN: 参见 apt-secure(8) 手册以了解仓库创建和用户配置方面的细节。\nE: 仓库 “http://cn.archive.ubuntu.com/ubuntu impish-updates Release” 没有 Release 文件。\nN: 无法安全地用该源进行更新，所以默认禁用该源。',
      'shell',
      'does not have a Release file',
    ],
    [
      '错误:2 http://archive.kylinos.cn/kylin/KYLIN-ALL 10.1-2107 Release\n  404  Not Found [IP: 175.6.237.98 80]\n正在读取软件包列表... 完成\nE: 仓库 “http://archive.kylinos.cn/kylin/KYLIN-ALL 10.1-2107 Release” 没有 Release 文件。\nN: 无法安全地用该源进行更新，所以默认禁用该源。\nN: 参见 apt-secure(8) 手册以了解仓库创建和用户配置方面的细节。',
      'shell',
      'does not have a Release file',
    ],
    [
      '正在读取软件包列表... 完成\nE: 仓库 “https://download.docker.com/linux/ubuntu focal Release” 没有 Release 文件。\nN: 无法安全地用该源进行更新，所以默认禁用该源。\nN: 参见 apt-secure(8) 手册以了解仓库创建和用户配置方面的细节。',
      'shell',
      'does not have a Release file',
    ],
    [
      'E: 仓库 “http://ppa.launchpad.net/soylent-tv/screenstudio/ubuntu focal Release” 没有 Release 文件。\nN: 无法安全地用该源进行更新，所以默认禁用该源。\nN: 参见 apt-secure(8) 手册以了解仓库创建和用户配置方面的细节。',
      'shell',
      'does not have a Release file',
    ],
    ['E: dpkg 被中断，您必须手工运行 sudo dpkg --configure -a 解决此问题', 'shell', 'dpkg was interrupted'],
    [
      '$ sudo apt upgrade\n[sudo] neko 的密码：\nE: dpkg 被中断，您必须手工运行 ‘sudo dpkg --configure -a’ 解决此问题。',
      'shell',
      'dpkg was interrupted',
    ],
    ["E: dpkg 被中断，您必须手工运行 'sudo dpkg --configure -a' 解决此问题。", 'shell', 'dpkg was interrupted'],
    ['E: dpkg 被中断,您必须手工运行 sudo dpkg --configure -a解决此问题。', 'shell', 'dpkg was interrupted'],
    ['[yunwei@h1 ~]$ sudo ls\n[sudo] password for yunwei: \nyunwei 不在 sudoers 文件中。此事将被报告。', 'shell', 'is not in the sudoers file'],
    [
      '[appop@jenkins ~]$ sudo su -\n\n我们信任您已经从系统管理员那里了解了日常注意事项。\n总结起来无外乎这三点：\n\n    #1) 尊重别人的隐私。\n    #2) 输入前要先考虑(后果和风险)。\n    #3) 权力越大，责任越大。\n\n[sudo] appop 的密码：\nappop 不在 sudoers 文件中。此事将被报告。',
      'shell',
      'is not in the sudoers file',
    ],
    [
      'SQL Error [42803]: ОШИБКА: столбец "f.title" должен фигурировать в предложении GROUP BY или использоваться в агрегатной функции',
      'sql',
      '42803',
    ],
    [
      "postgres=# select nationality='Tunisia',count(*)from peoples;\nОШИБКА:  столбец \"peoples.nationality\" должен фигурировать в предложении GROUP BY или использоваться в агрегатной функции\nСТРОКА 1: select nationality='Tunisia',count(*)from peoples;\n^",
      'sql',
      '42803',
    ],
    [
      'postgres=# select first_name , min(age) from people as min;\nОШИБКА:  столбец "min.first_name" должен фигурировать в предложении GROUP BY или использоваться в агрегатной функции\nСТРОКА 1: select first_name , min(age) from people as min;\n^',
      'sql',
      '42803',
    ],
    ['错误: 字段 "t.media_unit" 必须出现在 GROUP BY 子句中或者在聚合函数中使用', 'sql', '42803'],
    [
      'postgres.public> SELECT dept_name, min(salary)\n                 FROM instructor\n[2025-03-27 20:03:39] [42803] 错误: 字段 "instructor.dept_name" 必须出现在 GROUP BY 子句中或者在聚合函数中使用\n[2025-03-27 20:03:39] 位置：8',
      'sql',
      '42803',
    ],
    [
      'SELECT product_id,product_name,product_type,sale_price,AVG(sale_price) FROM Product;\n错误:  字段 "product.product_id" 必须出现在 GROUP BY 子句中或者在聚合函数中使用\n第1行SELECT product_id,product_name,product_type,sale_price,AVG(s...',
      'sql',
      '42803',
    ],
    [
      '-- ERROR:  la columna «productos.nombre_producto» debe aparecer en la cláusula GROUP BY o ser usada en una función de agregación',
      'sql',
      '42803',
    ],
    [
      '--ERROR:  la columna «productos.nombre_producto» debe aparecer en la cláusula GROUP BY o ser usada en una función de agregación LINE 1: SELECT nombre_producto, max(precio) from productos GROUP BY ...',
      'sql',
      '42803',
    ],
    ['FEHLER: Spalte »statstripl0_.id« muss in der GROUP-BY-Klausel erscheinen oder in einer Aggregatfunktion verwendet werden', 'sql', '42803'],
    [
      'ERROR:  Spalte »lieferungen.material« muss in der GROUP-BY-Klausel erscheinen oder in einer Aggregatfunktion verwendet werden\nLINE 1: SELECT lieferant, material, COUNT(*) AS anzahl  -- ? materia...\n                              ^',
      'sql',
      '42803',
    ],
    [
      '// TODO ERROR: FEHLER:  Spalte »u.excluded« muss in der GROUP-BY-Klausel erscheinen oder in einer Aggregatfunktion verwendet werden\n        // LINE 22:                                   CASE WHEN (u.excluded IS N...',
      'sql',
      '42803',
    ],
    [
      'エラー: メイン・クラスcom.ibm.lex.lapapp.LAPが見つからなかったかロードできませんでした\nERROR:  Installation will not succeed unless the license\n        agreement can be accepted.',
      'java',
      'ClassNotFoundException',
    ],
    ['$ java Hello.java\n## エラー: メイン・クラスHello.javaが見つからなかったかロードできませんでした', 'java', 'ClassNotFoundException'],
    ['エラー: メイン・クラスMainが見つからなかったかロードできませんでした', 'java', 'ClassNotFoundException'],
    ['Erreur : impossible de trouver ou de charger la classe principale org.gradle.wrapper.GradleWrapperMain', 'java', 'ClassNotFoundException'],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'E: No se pudo bloquear /var/lib/dpkg/lock-frontend - open (11: Recurso no disponible temporalmente) E: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      'shell',
      'Could not get lock',
    ],
    [
      'ubuntu:~$ sudo apt-get install xxxx\nE: ロック /var/lib/dpkg/lock-frontend が取得できませんでした - open (11: リソースが一時的に利用できません)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      'shell',
      'Could not get lock',
    ],
    ['E: 软件包 clang-21 没有可安装候选', 'shell', 'has no installation candidate'],
    [
      'E: Could not get lock /var/lib/dpkg/lock - open (11: Resource temporarily unavailable)\nE: Unable to lock the administration directory (/var/lib/dpkg/), is another process using it?',
      'shell',
      'Could not get lock',
    ],
    [
      'Erreur : impossible de trouver ou de charger la classe principale javafx.controls,javafx.fxml,javafx.graphics\nCausé par : java.lang.ClassNotFoundException: javafx.controls,javafx.fxml,javafx.gra',
      'java',
      'ClassNotFoundException',
    ],
    [
      'sqlalchemy.exc.ProgrammingError: (psycopg2.errors.GroupingError) ОШИБКА:  столбец "log.date_time" должен фигурировать в предложении GROUP BY или использоваться в агрегатной функции\nLINE 4:                        DATE_TRUNC(\'month\', date_time) AS "Ме...\n                                                   ^',
      'python',
      'ProgrammingError',
    ],
    ['ERROR:  column "x" must appear in the GROUP BY clause or be used in an aggregate function', 'sql', '42803'],
    ['admin is not in the sudoers file.  This incident will be reported.', 'shell', 'is not in the sudoers file'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});
