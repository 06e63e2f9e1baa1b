/**
 * Database servers print their messages in the server's language (PostgreSQL's lc_messages,
 * SQL Server's language setting). The knowledge base is written against the English texts, so
 * the common localised messages are rewritten to their English originals first, keeping the
 * names they quote. The table covers the messages behind most reports, in the languages PostgreSQL
 * and SQL Server ship translations for that users paste most (German, French, Spanish, Portuguese,
 * Italian, Russian, Chinese, Japanese and some more for the severity words).
 *
 * Cost: one ASCII test for the common case; otherwise one pass per rule, each anchored on a
 * literal word and with bounded quantifiers: linear in the text.
 */

import { delocaliseGcc } from './localised-gcc';
import { delocaliseToolMessages } from './localised-catalogs';
import { delocaliseGit } from './localised-git';
import { delocaliseJavac } from './localised-javac';
import { delocalisePostgres } from './localised-postgres';
import { delocaliseShell } from './localised-shell';

// Opening and closing quotes of the translations: »x«, « x », «x», "x", „x“, 「x」, 'x'; and
// U+FFFD, which is what a quote becomes when a console's code page mangled it.
const OPEN = `[»«"“„「『'‘\\uFFFD]\\s?`;
const CLOSE = `\\s?[«»"”“」』'’\\uFFFD]`;
const NAME = `([^«»"“”„「」『』'‘’\\uFFFD\\n]{1,200}?)`;
const QUOTED = `${OPEN}${NAME}${CLOSE}`;

type Rule = readonly [RegExp, string];

const rule = (source: string, english: string, flags = ''): Rule => [new RegExp(source, `g${flags}`), english];

/** PostgreSQL severity words, at a line start or after a driver's prefix ("7 ОШИБКА:"). */
const SEVERITIES: readonly Rule[] = [
  rule(
    '(^|[\\s:：，\\]])(?:FEHLER|ERREUR|ERRO|ОШИБКА|错误|錯誤|エラー|ERRORE|BŁĄD|HATA|오류|CHYBA|FOUT|FEL|VIRHE|HIBA|ПОМИЛКА)\\s?:',
    '$1ERROR:',
    'm',
  ),
  rule('(^|[\\s:：，\\]])(?:致命错误|致命錯誤|ВАЖНО|致命的エラー|치명적오류|KRYTYCZNY|FATALE|FATALT|ФАТАЛЬНО)\\s?:', '$1FATAL:', 'm'),
  rule('(^|\\s)(?:DÉTAIL|DETALLE|DETALHE|DETTAGLI|ПОДРОБНОСТИ|详细|詳細|SZCZEGÓŁY)\\s?[:：]', '$1DETAIL:', 'm'),
  rule('(^|\\s)(?:ASTUCE|SUGERENCIA|DICA|SUGGERIMENTO|ПОДСКАЗКА|提示|ヒント|WSKAZÓWKA)\\s?[:：]', '$1HINT:', 'm'),
];

const NOT_EXISTS = "(?:existiert nicht|n'existe pas|não existe|non esiste|не существует|不存在|は存在しません|nie istnieje|neexistuje)";

/** "<noun> »x« existiert nicht" in most languages, "no existe <noun> «x»" in Spanish. */
function doesNotExist(nouns: string, spanish: string, english: (name: string) => string): Rule[] {
  return [rule(`(?:${nouns})\\s?${QUOTED}\\s?${NOT_EXISTS}`, english('$1')), rule(`no existe ${spanish}\\s?${QUOTED}`, english('$1'))];
}

const MESSAGES: readonly Rule[] = [
  // .NET's TypeLoadException message in Chinese: "未能从程序集“A”中加载类型“T”。".
  rule(`未能从程序集\\s?${QUOTED}\\s?中加载类型\\s?${QUOTED}`, "Could not load type '$2' from assembly '$1'"),
  // 42P07 before 42P01: "already exists" and "does not exist" share their first words.
  rule(
    `(?:Relation|la relation|la relación|(?:a )?relação|la relazione|отношение|关系|リレーション|relacja)\\s?${QUOTED}\\s?(?:existiert bereits|existe déjà|ya existe|já existe|esiste già|уже существует|已经存在|はすでに存在します|już istnieje)`,
    'relation "$1" already exists',
  ),
  // Columns before relations: "la colonne « x » de la relation « y » n'existe pas" is about the column.
  rule(
    `(?:Spalte|la colonne|a coluna|coluna|la colonna|столбец|字段|列|kolumna|sloupec)\\s?${QUOTED}(?:\\s?(?:der Relation|de la relation|da relação|della relazione|отношения|在关系|リレーション)\\s?${OPEN}[^«»"“”„「」『』'‘’\\n]{1,200}?${CLOSE}(?:の)?)?\\s?${NOT_EXISTS}`,
    'column "$1" does not exist',
  ),
  // Unquoted (qualified) names: "столбец t.x не существует", Chinese "字段 s.x 不存在".
  rule(`(?:столбец|kolumna|sloupec|字段) ([\\w.]{1,200}) ${NOT_EXISTS}`, 'column "$1" does not exist'),
  rule(`no existe la columna\\s?${QUOTED}`, 'column "$1" does not exist'),
  ...doesNotExist(
    // Portuguese: PostgreSQL's pt_BR says "relação "x" não existe", without the article.
    'Relation|la relation|(?:a )?relação|la relazione|отношение|关系|リレーション|relacja|relace',
    'la relación',
    (n) => `relation "${n}" does not exist`,
  ),
  ...doesNotExist(
    'Datenbank|la base de données|o banco de dados|banco de dados|il database|база данных|数据库|データベース|baza danych',
    'la base de datos',
    (n) => `database "${n}" does not exist`,
  ),
  ...doesNotExist('Rolle|le rôle|a role|il ruolo|роль|角色|ロール', 'el rol', (n) => `role "${n}" does not exist`),
  rule(
    `(?:doppelter Schlüsselwert verletzt Unique-Constraint|la valeur d'une clé dupliquée rompt la contrainte unique|llave duplicada viola restricción de unicidad|duplicar valor da chave viola a restrição de unicidade|un valore chiave duplicato viola il vincolo univoco|повторяющееся значение ключа нарушает ограничение уникальности|重复键违反唯一约束|重複したキー値は一意性制約)\\s?${QUOTED}`,
    'duplicate key value violates unique constraint "$1"',
  ),
  rule(
    `(?:Passwort-Authentifizierung für Benutzer|authentification par mot de passe échouée pour l'utilisateur|la autentificaci(?:ó|[^\\s\\w]{1,2})n password fall(?:ó|[^\\s\\w]{1,2}) para el usuario|autenticação do tipo senha falhou para o usuário|autenticazione con password fallita per l'utente)\\s?${QUOTED}(?:\\s?fehlgeschlagen)?`,
    'password authentication failed for user "$1"',
  ),
  rule(
    `(?:пользователь|用户|ユーザ)\\s?${QUOTED}\\s?(?:не прошёл проверку подлинности \\(по паролю\\)|Password 认证失败|のパスワード認証に失敗しました)`,
    'password authentication failed for user "$1"',
  ),
  rule(
    `(?:Syntaxfehler bei|erreur de syntaxe sur ou près de|error de sintaxis en o cerca de|erro de sintaxe em ou próximo a|errore di sintassi a o presso|ошибка синтаксиса \\(примерное положение:|语法错误 在)\\s?${QUOTED}`,
    'syntax error at or near "$1"',
  ),
  rule(`${QUOTED}\\s?またはその近辺で構文エラー`, 'syntax error at or near "$1"'),
  rule(
    'tut mir leid, schon zu viele Verbindungen|désolé, trop de clients sont déjà connectés|lo siento, ya tenemos demasiados clientes|desculpe, muitos clientes conectados|spiacente, troppi client già connessi|извините, уже слишком много клиентов|对不起, 已经有太多的客户|申し訳ありません。クライアントが多すぎます',
    'sorry, too many clients already',
  ),
  rule(
    'Verklemmung \\(Deadlock\\) entdeckt|blocage détecté|se ha detectado un deadlock|impasse detectado|rilevato deadlock|обнаружена взаимоблокировка|检测到死锁|デッドロックを検出しました',
    'deadlock detected',
  ),
  rule(
    `(?:NULL-Wert in Spalte|une valeur NULL viole la contrainte NOT NULL de la colonne|el valor nulo en la columna|valor nulo na coluna|значение NULL в столбце|在字段)\\s?${QUOTED}`,
    'null value in column "$1" violates not-null constraint',
  ),
  rule(
    'aktuelle Transaktion wurde abgebrochen|la transaction est annulée|transacción abortada|transação atual foi interrompida|текущая транзакция прервана|当前事务被终止',
    'current transaction is aborted, commands ignored until end of transaction block',
  ),
  rule(
    'das Datenbanksystem startet|le système de bases de données se lance|el sistema de base de datos está iniciándose|система баз данных запускается|数据库系统启动中',
    'the database system is starting up',
  ),
  rule(
    '(?:keine Berechtigung für|droit refusé pour|permiso denegado a|permissão negada para|нет доступа к) (?:Tabelle|la table|la tabla|tabela|таблице) ([\\w."]{1,200})',
    'permission denied for table $1',
  ),
  rule(
    '(?:keine Berechtigung für|droit refusé pour|permiso denegado a|permissão negada para|нет доступа к) (?:Schema|le schéma|el esquema|esquema|схеме) ([\\w."]{1,200})',
    'permission denied for schema $1',
  ),
  rule(
    '(?:keine Berechtigung für|droit refusé pour|permiso denegado a|permissão negada para|нет доступа к) (?:Relation|la relation|la relación|relação|отношению) ([\\w."]{1,200})',
    'permission denied for relation $1',
  ),
  rule(
    `(?:Einfügen oder Aktualisieren in Tabelle|une instruction insert ou update sur la table|inserción o actualización en la tabla|inserção ou atualização em tabela|INSERT или UPDATE в таблице|插入或更新表)\\s?${QUOTED}\\s?(?:verletzt Fremdschlüssel-Constraint|viole la contrainte de clé étrangère|viola la llave foránea|viola restrição de chave estrangeira|нарушает ограничение внешнего ключа|违反外键约束)\\s?${QUOTED}`,
    'insert or update on table "$1" violates foreign key constraint "$2"',
  ),
  rule(
    `(?:Aktualisieren oder Löschen in Tabelle|UPDATE ou DELETE sur la table|UPDATE или DELETE в таблице)\\s?${QUOTED}\\s?(?:verletzt Fremdschlüssel-Constraint|viole la contrainte de clé étrangère|нарушает ограничение внешнего ключа)\\s?${QUOTED}`,
    'update or delete on table "$1" violates foreign key constraint "$2"',
  ),
  rule(
    '(?:Wert zu lang für Typ|valeur trop longue pour le type|el valor es demasiado largo para el tipo|valor é muito longo para tipo|il valore è troppo lungo per il tipo|значение не умещается в тип) (character varying|character|bit varying|bit)\\((\\d{1,10})\\)',
    'value too long for type $1($2)',
  ),
  rule('对于可变字符类型来说，值太长了\\((\\d{1,10})\\)', 'value too long for type character varying($1)'),
  rule(
    `(?:ungültige Eingabesyntax für Typ|syntaxe en entrée invalide pour le type|la sintaxis de entrada no es válida para tipo|sintaxe de entrada é inválida para tipo|неверный синтаксис для типа|无效的类型) ([\\w ]{1,40}?)(?: 输入语法)?\\s?[:：]\\s?${QUOTED}`,
    'invalid input syntax for type $1: "$2"',
  ),
  rule(`(?:Funktion|la fonction|função|функция|函数) ([\\w."]{1,200}\\([^)\\n]{0,300}\\)) ${NOT_EXISTS}`, 'function $1 does not exist'),
  rule('no existe la función ([\\w."]{1,200}\\([^)\\n]{0,300}\\))', 'function $1 does not exist'),
  // libpq before 14: "could not connect to server: Connection refused".
  rule(
    "(?:konnte nicht mit dem Server verbinden|n'a pas pu se connecter au serveur|no se pudo conectar con el servidor|não pôde conectar ao servidor|не удалось подключиться к серверу|无法联接到服务器)\\s?[:：]\\s?(?:Verbindungsaufbau abgelehnt|Connexion refusée|Conexión rehusada|Conexão recusada|В соединении отказано|拒绝连接)",
    'could not connect to server: Connection refused',
  ),
  rule(`사용자\\s?${QUOTED}의 password 인증을 실패했습니다`, 'password authentication failed for user "$1"'),
  // MySQL/MariaDB with lc_messages set: the same numbered errors in the server's language.
  rule(
    "(?:Doppelter Eintrag|Duplicata du champ|Entrada duplicada|Дублирующаяся запись) '([^'\\n]{0,300})' (?:für Schlüssel|pour la clef|para la clave|по ключу) '([^'\\n]{1,200})'",
    "Duplicate entry '$1' for key '$2'",
  ),
  rule("Entrada '([^'\\n]{0,300})' duplicada para a chave '([^'\\n]{1,200})'", "Duplicate entry '$1' for key '$2'"),
  rule(
    "(?:Tabelle|La table|La tabla|Tabela|Таблица|表) '([^'\\n]{1,200})' (?:existiert nicht|n'existe pas|no existe|não existe|не существует|は存在しません)",
    "Table '$1' doesn't exist",
  ),
  rule("(?:Unbekanntes Tabellenfeld|Неизвестный столбец) '([^'\\n]{1,200})' (?:in|в) '([^'\\n]{1,100})'", "Unknown column '$1' in '$2'"),
  rule("Champ '([^'\\n]{1,200})' inconnu dans '?([^'\\n]{1,100}?)'?(?=$|[\\s.])", "Unknown column '$1' in '$2'", 'm'),
  rule("La columna '([^'\\n]{1,200})' en '?([^'\\n]{1,100}?)'? es desconocida", "Unknown column '$1' in '$2'"),
  rule(
    "(?:Benutzer|Accès refusé pour l'utilisateur: ?|Acceso negado para usuario: ?|Acesso negado para o usuário|Доступ закрыт для пользователя) '([^'\\n]{0,200})'@'([^'\\n]{0,255})'(?: hat keine Zugriffsberechtigung)?",
    "Access denied for user '$1'@'$2'",
  ),
  rule(
    '\\((?:verwendetes Passwort|mot de passe|Usando clave|senha usada|был использован пароль): ?(?:ja|OUI|SI|SÍ|SIM|ДА)\\)',
    '(using password: YES)',
  ),
  rule(
    '\\((?:verwendetes Passwort|mot de passe|Usando clave|senha usada|был использован пароль): ?(?:nein|NON|NO|NÃO|НЕТ)\\)',
    '(using password: NO)',
  ),
  // SQL Server
  rule(
    "(?:Ungültiger Objektname|Nom d'objet|El nombre de objeto|Nome de objeto|Недопустимое имя объекта|对象名)\\s?" +
      QUOTED +
      '(?:\\s?(?:non valide|no es válido|inválido|无效))?',
    "Invalid object name '$1'",
  ),
  rule(QUOTED + "\\s?:\\s?nom d'objet incorrect", "Invalid object name '$1'"),
  rule(
    '(?:Ungültiger Spaltenname|Nom de colonne non valide\\s?:|El nombre de columna|Nome de coluna inválido|Недопустимое имя столбца|列名)\\s?' +
      QUOTED +
      '(?:\\s?(?:non valide|no es válido|无效))?',
    "Invalid column name '$1'",
  ),
  rule(
    `(?:Verletzung der|Violation de la contrainte|Infracción de la restricción|Violação da restrição|Нарушение)\\s?(?:${OPEN})?(PRIMARY KEY|UNIQUE KEY)(?:${CLOSE})?(?:-Einschränkung)?\\s?(?:ограничения\\s?)?${QUOTED}`,
    "Violation of $1 constraint '$2'",
  ),
  rule(`违反了 (PRIMARY KEY|UNIQUE KEY) 约束\\s?${QUOTED}`, "Violation of $1 constraint '$2'"),
  rule(
    `(?:Fehler bei der Anmeldung für den Benutzer|Échec de l'ouverture de session de l'utilisateur|Error de inicio de sesión del usuario|Falha de logon para o usuário|Ошибка входа пользователя)\\s?${QUOTED}`,
    "Login failed for user '$1'",
  ),
  rule(`(?:用户|ユーザー)\\s?${QUOTED}\\s?(?:登录失败|はログインできませんでした)`, "Login failed for user '$1'"),
  // Msg 156 (near a keyword) and Msg 102 (near anything else).
  rule(
    `(?:Falsche Syntax in der Nähe des|Syntaxe incorrecte vers le mot clé|Sintaxis incorrecta cerca de la palabra clave|Sintaxe incorreta próxima à palavra-chave|Неправильный синтаксис около ключевого слова)\\s?${QUOTED}(?:-Schlüsselworts)?\\.?`,
    "Incorrect syntax near the keyword '$1'.",
  ),
  rule(`关键字\\s?${QUOTED}\\s?附近有语法错误。?`, "Incorrect syntax near the keyword '$1'."),
  rule(
    `(?:Falsche Syntax in der Nähe von|Syntaxe incorrecte vers|Sintaxis incorrecta cerca de|Sintaxe incorreta próxima a|Неправильный синтаксис около конструкции)\\s?${QUOTED}\\.?`,
    "Incorrect syntax near '$1'.",
  ),
  rule(`${QUOTED}\\s?附近有语法错误。?`, "Incorrect syntax near '$1'."),
];

/** HeidiSQL's header around a server error: "/* Erreur SQL (1215) : …" is "/* SQL Error (1215): …". */
const GUI_HEADER = rule(
  '(?:Erreur SQL|SQL[ -]Fehler|Error de SQL|Errore SQL|Erro SQL|Ошибка SQL|SQL ?错误|SQL ?エラー|Błąd SQL) \\((\\d{1,6})\\)\\s?:',
  'SQL Error ($1):',
);
/**
 * Internet Explorer and legacy Edge print their script errors in the Windows language; the
 * English originals are what the JavaScript patterns (and search engines) know.
 */
const BROWSER: readonly Rule[] = [
  rule(`未定義または NULL 参照のプロパティ\\s?${QUOTED}\\s?は取得できません`, "Unable to get property '$1' of undefined or null reference"),
  rule(`无法获取未定义或 null 引用的属性\\s?${QUOTED}`, "Unable to get property '$1' of undefined or null reference"),
  rule(`無法取得未定義或 null 參考的屬性\\s?${QUOTED}`, "Unable to get property '$1' of undefined or null reference"),
  rule(`정의되지 않음 또는 null 참조인\\s?${QUOTED}\\s?속성을 가져올 수 없습니다`, "Unable to get property '$1' of undefined or null reference"),
  rule(
    `Die Eigenschaft\\s?${QUOTED}\\s?eines undefinierten oder Nullverweises kann nicht abgerufen werden`,
    "Unable to get property '$1' of undefined or null reference",
  ),
  rule(
    `Impossible d[’']obtenir la propriété\\s?${QUOTED}\\s?d[’']une référence null ou non définie`,
    "Unable to get property '$1' of undefined or null reference",
  ),
  rule(
    `No se puede obtener la propiedad\\s?${QUOTED}\\s?de referencia nula o sin definir`,
    "Unable to get property '$1' of undefined or null reference",
  ),
  rule(`オブジェクトは\\s?${QUOTED}\\s?プロパティまたはメソッドをサポートしていません`, "Object doesn't support property or method '$1'"),
  rule(`对象不支持\\s?${QUOTED}\\s?属性或方法`, "Object doesn't support property or method '$1'"),
  rule(`${QUOTED}\\s?は定義されていません`, "'$1' is undefined"),
  // Not GNU ld's "对‘x’未定义的引用" (undefined reference to ‘x’): the C/C++ knowledge reads that itself.
  rule(`${QUOTED}\\s?未定义(?!的引用)`, "'$1' is undefined"),
];

/** SQL Server's message header: "Meldung 207, Ebene 16, Status 1" is "Msg 207, Level 16, State 1". */
const MSSQL_HEADER = rule(
  '(?:Meldung|Mensaje|Messaggio|Сообщение|消息|メッセージ|Komunikat) (\\d{1,6}),\\s?(?:Ebene|Niveau|Nivel|Nível|Livello|уровень|级别|レベル|Poziom) (\\d{1,2}),\\s?(?:Status|État|Etat|Estado|Stato|состояние|状态|状態|Stan) (\\d{1,3})',
  'Msg $1, Level $2, State $3',
);

// Worth the rewrite: any non-ASCII character, or the few translations that need none.
const MAY_BE_LOCALISED =
  /[^\x00-\x7f]|\b(?:ERREUR|FEHLER|ERRO|ERRORE|FATALE|FATALT|FOUT|CHYBA|HATA|Meldung|Mensaje|Messaggio|Komunikat|existe|esiste|existiert|nom d'objet|Erreur SQL|SQL[ -]Fehler|Error de SQL|Errore SQL|Erro SQL|Eigenschaft|Duplicata|duplicada|Benutzer|Acceso negado|Violation de|Falha de logon|Fehler bei|konnte nicht|no se pudo|Tabellenfeld|Champ|Syntaxe incorrecte|Sintaxis incorrecta|Sintaxe incorreta)\b/;

/** The text with known localised gcc, javac, shell, command-line tool, git and database messages replaced by their English originals. */
export function delocalise(raw: string): string {
  // gcc's severity words first: the database rule below would read "main.c:3:5: 错误：" as a server's "ERROR:".
  // javac's too: its "Main.java:3: 错误: " is no server's severity either.
  const text = delocaliseGit(delocaliseToolMessages(delocaliseShell(delocaliseGcc(delocaliseJavac(raw)))));
  // Some catalogs' PostgreSQL messages are ASCII under an English severity word (es "ERROR:  error de sintaxis").
  if (!MAY_BE_LOCALISED.test(text)) return delocalisePostgres(text);
  let out = text;
  for (const [re, english] of SEVERITIES) out = out.replace(re, english);
  // The catalogs' PostgreSQL messages once the severity words are English, before the table above: its
  // "Relation »x« existiert bereits" would read the column's "Spalte »c« von Relation »x« existiert bereits".
  out = delocalisePostgres(out);
  for (const [re, english] of [...MESSAGES, GUI_HEADER, MSSQL_HEADER, ...BROWSER]) out = out.replace(re, english);
  return out;
}
