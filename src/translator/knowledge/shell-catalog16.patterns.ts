import type { ErrorPattern } from '../rules/error-pattern';
import { catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A sixteenth catalog pass over the shell family: the shells other than bash and the tools' wordings that the engine
 * answered with another language or not at all. The C shells' own messages (csh's and tcsh's "NAME: Undefined
 * variable." — read as PHP's "Undefined variable" before —, "Unmatched '"'.", "if: then/endif not found.", "Badly
 * placed ()'s.", "Bad : modifier in $", "echo: No match.", "export: Command not found."), zsh's "unmatched '" from a startup file, dash's "Syntax
 * error: end of file unexpected (expecting "fi")" without the script's name, OpenSSH's sftp/scp "Received message too
 * long N" (a login file printing on a non-interactive session), make's execvp with a space before the colon, a
 * BusyBox applet's "unknown option -- x" above its banner, BSD sed's "extra characters at the end of d command"
 * without the quoted script, and old macOS sed's "i may not be used with stdin" glued to the text before it.
 *
 * The type is the phrase bash or the tool uses for the same error (corpus README, shell row: another shell's wording
 * of bash's error by bash's phrase): an undefined csh variable is `unbound variable`, an unmatched quote or a missing
 * endif is the parser's `syntax error`, csh's bad modifier is `bad substitution`, its "No match." is zsh's `no matches
 * found`, its "Command not found." is `command not found`, BusyBox's "unknown option" is GNU's `invalid option`. The `n` group captures the variable, file, program
 * or quote, which the fix repeats.
 */

const REFS = {
  csh: [ref('tcsh(1)', 'https://man.freebsd.org/cgi/man.cgi?query=tcsh'), ref('csh(1)', 'https://man.openbsd.org/csh')],
  zsh: [ref('zsh: Quoting', 'https://zsh.sourceforge.io/Doc/Release/Shell-Grammar.html#Quoting'), ref('dash(1)', 'https://man7.org/linux/man-pages/man1/dash.1.html')],
  sftp: [ref('sftp(1)', 'https://man.openbsd.org/sftp'), ref('sshd_config(5): Subsystem', 'https://man.openbsd.org/sshd_config#Subsystem')],
  tools: [
    ref('GNU make: Recipe execution', 'https://www.gnu.org/software/make/manual/html_node/Execution.html'),
    ref('BusyBox commands', 'https://busybox.net/downloads/BusyBox.html'),
    ref('sed(1) (BSD)', 'https://man.freebsd.org/cgi/man.cgi?query=sed'),
  ],
};

/** The end of a line (csh's messages stand alone on theirs). */
const EOL = String.raw`(?=[ \t]*(?:\r?\n|$))`;

const CSH_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?:^|\n)[ \t>]{0,8}(?<n>[A-Za-z_]\w{0,100}): Undefined variable\.${EOL}`,
    type: 'unbound variable',
    why: "csh and tcsh refuse to expand a variable that is not set (what bash does only under set -u): a login file (.cshrc, /etc/profile.d/*.csh) or a tool's generated csh code reads $NAME before anything set it, often a PATH-like variable (LD_LIBRARY_PATH, MANPATH) that is empty on this machine. csh aborts the file at that line.",
    fix: 'Test the variable with $?NAME before reading it, or give it a value first',
    code: (n) => `if ( $?${or(n, 'NAME')} ) then\n    setenv ${or(n, 'NAME')} "/new/path:\${${or(n, 'NAME')}}"\nelse\n    setenv ${or(n, 'NAME')} "/new/path"\nendif`,
  },
  {
    // tcsh's command-not-found: capital C and a full stop, the command's name (whatever it holds) before it.
    re: String.raw`(?:^|\n|\x60)[ \t]{0,8}(?<n>[^\s\x60][^\n\x60]{0,199}?): Command not found\.`,
    type: 'command not found',
    why: "tcsh (or csh) found no command of that name on its path: a Bourne shell builtin that the C shell does not have (export, source of a .sh file, a function), a program not installed, or a line of another tool's output (JSON, a path) that a script ran as a command because it evaluated output meant for bash or zsh.",
    fix: "Use the C shell's command, or run the script with the shell it was written for",
    code: (n) => `which ${or(n, '<command>')}
setenv NAME value   # csh's export NAME=value
rehash   # after installing a program into a directory on the path`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}Unmatched '(?<n>["'\x60])'\.?${EOL}`,
    type: 'syntax error',
    why: "The C shell found a quote that is never closed on the same line: csh and tcsh do not let a quoted string span lines (bash does), a value holding a newline was expanded inside double quotes, or a quote is simply missing. Nothing on that line ran.",
    fix: 'Close the quote on the same line; for a value with a newline use the :q modifier',
    code: (n) => `# the line the error points to has an odd number of ${or(n, '"')} quotes\nset a = "$nl:q"   # keep a newline in a value\ncsh -n script.csh   # parse without running`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}(?<n>if|else|then|switch|foreach|while): (?:then\/endif|endif|endsw|end) not found\.?`,
    type: 'syntax error',
    why: "The C shell reached the end of the file while looking for the keyword that closes a block: an if ... then without endif, often a Bourne shell 'fi' or 'elif' written in a .csh file, or a foreach/while without end.",
    fix: 'Close the block with the C shell\'s keyword',
    code: () => `if ( -d "$dir" ) then\n    setenv PATH "\${dir}:\${PATH}"\nelse if ( -d /opt/x ) then   # not elif / elseif\n    ...\nendif   # not fi`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}Badly placed \(\)'s\.?${EOL}`,
    type: 'syntax error',
    why: "The C shell found parentheses where it does not allow them: a Bourne shell construct in a csh script (a function definition name() { }, $(command), an array a=(x y)), or 'elseif (...)' that tcsh reads as a command with an argument in parentheses.",
    fix: "Use the C shell's syntax, or run the script with the shell it was written for",
    code: () => `head -1 script   # #!/bin/sh scripts must not be sourced from csh\nbash script.sh   # run a Bourne shell script with bash\nset files = ( a b c )   # csh's list syntax; else if, not elseif`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}Bad : modifier in \$ ['(](?<n>[^\n')]{1,5})[')]\.?`,
    type: 'bad substitution',
    why: 'In csh and tcsh a colon right after a variable name starts a modifier ($PATH:h, $x:q), so "$PATH:/usr/local/bin" reads ":/" as a modifier that does not exist. The line is usually a PATH addition a tool wrote in Bourne shell style into .cshrc.',
    fix: 'Put the variable name in braces before the colon',
    code: () => `setenv PATH "\${PATH}:/usr/local/bin"   # not "$PATH:/usr/local/bin"`,
  },
  {
    re: String.raw`(?:^|\n)[ \t>]{0,8}(?<n>[\w./-]{1,100}): No match\.${EOL}`,
    type: 'no matches found',
    why: "A glob pattern (*, ?, [...]) on the command line matched no file, and the C shell refuses to run the command (zsh's nomatch behaves the same; bash passes the pattern on unchanged). The name before the colon is the command that was never started, not the one that failed.",
    fix: 'Quote the pattern when it is meant for the program, or check that files match it',
    code: (n) => `${or(n, 'echo')} 'pattern*'   # quoted: passed on as it is\nset nonomatch   # csh: pass unmatched patterns on like bash\nls -d pattern*`,
  },
];

const PARSER_ENTRIES: readonly CatalogEntry[] = [
  {
    // zsh's unclosed quote in a startup file or a -c string, with or without its line number.
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:zsh|[^\s:]{1,300}):(?:\d{1,7}:)? unmatched (?<n>["'\x60])${EOL}`,
    type: 'syntax error',
    why: "zsh reached the end of the file (or of the -c string) inside a quote that is never closed: the line it names opened it, usually an export or alias line with one quote too many or too few (an installer's appended line, a value copied with a stray quote). zsh stops reading the file there.",
    fix: 'Close or remove the quote on the line zsh names, then reload the file',
    code: (n) => `grep -n "${n === '"' ? '\\"' : or(n, "'")}" ~/.zshrc | head   # find the odd quote\nzsh -n ~/.zshrc   # parse without running\nsource ~/.zshrc`,
  },
  {
    // dash's end-of-file error without the "script: N:" prefix it usually has.
    re: String.raw`(?:^|\n)[ \t]{0,8}Syntax error: end of file unexpected(?: \(expecting ["“](?<n>[^"”“\n]{1,20})["”“]\))?`,
    type: 'syntax error',
    why: 'dash (/bin/sh on Debian and Ubuntu) reached the end of the script while a block was still open: an if without fi, a loop without done, a case without esac. Windows line endings cause it too: "then\\r" is not the keyword then, so the block never closes.',
    fix: 'Close the block, and strip carriage returns if the file came from Windows',
    code: (n) => `sh -n script.sh   # parse only\ngrep -c $'\\r' script.sh && sed -i 's/\\r$//' script.sh\n# the missing keyword: ${or(n, 'fi')}`,
  },
];

const TRANSFER_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`Received message too long (?<n>\d{1,12})`,
    type: 'Received message too long',
    why: "sftp (and scp, which uses the SFTP protocol since OpenSSH 9.0) read text where the server's first packet should be: a login file on the server (.bashrc, .profile, /etc/profile.d/*, a banner script) prints something even for non-interactive sessions, and its first four bytes, read as a length, give the huge number.",
    fix: 'Make the remote login files print only in interactive shells, or use the internal sftp server',
    code: () => `ssh user@host /bin/true | od -c | head   # anything printed here breaks sftp\n# top of the remote ~/.bashrc:\n[[ $- == *i* ]] || return\n# or in /etc/ssh/sshd_config:\nSubsystem sftp internal-sftp`,
  },
];

const TOOL_ENTRIES: readonly CatalogEntry[] = [
  {
    // make's execvp with the recipe's program followed by a space (a trailing blank in a variable).
    re: String.raw`(?:^|\n)[ \t]{0,4}make(?:\[\d{1,3}\])?: execvp: (?<n>[^\s:][^\n:]{0,299}?) : (?<errno>Permission denied|No such file or directory)`,
    type: (g) => g.errno ?? 'Permission denied',
    why: 'GNU make could not start a recipe\'s program: "Permission denied" means the file is not executable or sits on a filesystem mounted noexec (a ramdisk, /tmp, a USB stick), "No such file or directory" that the path or its #! interpreter does not exist. The space before the colon is part of the name make tried, a trailing blank in a variable.',
    fix: 'Check the program\'s mode and its filesystem\'s mount options',
    code: (n) => `ls -l ${or(n, '<program>')}\nfindmnt -T ${or(n, '<program>')} -o TARGET,OPTIONS   # noexec?\nchmod +x ${or(n, '<program>')}`,
  },
  {
    // A BusyBox applet's usage error: the message, then its banner on the next line.
    re: String.raw`(?<n>[\w.-]{1,60}): unknown option -- (?<kind>\S{1,20})\r?\n(?:[ \t]*\r?\n)?BusyBox v`,
    type: 'invalid option',
    why: "The command is BusyBox's applet (Alpine, OpenWrt, busybox-w32, an embedded system), which implements fewer options than GNU coreutils: a script written for GNU tools passes one it does not know (readlink -m, date -d with GNU formats, grep -P).",
    fix: 'Install the GNU tool, or use an option BusyBox has',
    code: (n) => `busybox ${or(n, '<applet>')} --help\napk add coreutils   # Alpine: GNU ${or(n, '<applet>')}\nrealpath -m path   # instead of readlink -m`,
  },
  {
    // BSD/macOS sed's script error without the quoted script (an issue title, a shortened paste).
    re: String.raw`\bsed: \d{1,6}: (?<kind>extra characters at the end of \w command)`,
    type: (g) => g.kind ?? 'extra characters at the end of d command',
    why: 'BSD sed (macOS) needs a ; or a newline after the last command inside braces and after a, i, c, q, d: "{p;q}" works in GNU sed but BSD sed reads the "}" as extra characters after q.',
    fix: 'End every command inside braces with a semicolon',
    code: () => `sed -n '/x/{p;q;}' file   # not '/x/{p;q}'\nbrew install gnu-sed && gsed ...   # or use GNU sed`,
  },
  {
    // Old macOS sed's wording, as a paste that lost its newlines runs it onto the text before.
    re: String.raw`sed: (?<n>i) may not be used with stdin`,
    type: 'may not be used with stdin',
    why: 'sed -i edits files in place and has no file to edit when the text comes from a pipe: on macOS this also happens when -i takes the next word as its backup suffix and the file name is read as the script.',
    fix: 'Name the file, and give BSD sed an explicit (empty) suffix',
    code: () => `sed -i '' 's/a/b/' file   # BSD/macOS sed\nsed -i 's/a/b/' file   # GNU sed\nprintf '%s' "$x" | sed 's/a/b/'   # on a pipe: no -i`,
  },
];

export const SHELL_CATALOG16_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.csh-catalog16',
    tool: 'csh/tcsh',
    category: 'syntax',
    // Above PHP's "Undefined variable", which read csh's "NAME: Undefined variable." as PHP's notice.
    priority: 45,
    entries: CSH_ENTRIES,
    references: REFS.csh,
    requires: /Undefined variable\.|Command not found\.|Unmatched '|endif not found|endsw not found|end not found|Badly placed \(\)|Bad : modifier in|No match\./,
    samples: ['LD_LIBRARY_PATH: Undefined variable.', "Unmatched '\"'.", 'if: then/endif not found', "Badly placed ()'s.", 'echo: No match.'],
  }),
  catalogPattern({
    id: 'shell.parser-catalog16',
    tool: 'zsh/dash',
    category: 'syntax',
    priority: 30,
    entries: PARSER_ENTRIES,
    references: REFS.zsh,
    requires: /unmatched ["'\x60]|Syntax error: end of file unexpected/,
    samples: ['/Users/Bob/.zshrc:86: unmatched "', 'Syntax error: end of file unexpected (expecting "done")'],
  }),
  catalogPattern({
    id: 'shell.sftp-catalog16',
    tool: 'sftp/scp',
    category: 'network',
    priority: 30,
    entries: TRANSFER_ENTRIES,
    references: REFS.sftp,
    requires: /Received message too long/,
    samples: ['Received message too long 724380973\nEnsure the remote shell produces no output for non-interactive sessions.'],
  }),
  catalogPattern({
    id: 'shell.tools-catalog16',
    tool: 'make/busybox/sed',
    category: 'runtime',
    priority: 36,
    entries: TOOL_ENTRIES,
    references: REFS.tools,
    requires: /execvp: |unknown option -- |extra characters at the end of|sed: i may not be used/,
    samples: [
      'make[2]: execvp: /mnt/ramdisk/u-boot/mkconfig : Permission denied',
      'readlink: unknown option -- m\nBusyBox v1.38.0 (2025-08-10 13:10:37 UTC)',
      'sed: 1: extra characters at the end of d command',
    ],
  }),
];
