import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * bash's (and dash's) builtins and expansions beyond the common messages in shell.patterns.ts: the
 * messages of bash's own catalog that scripts meet (exit's and shift's arguments, ${var:?}, arrays
 * and name references, job control, noclobber, ulimit, set -o and shopt names, trap's signals,
 * source, printf, runaway recursion, a job's status line) and a login shell that refuses.
 * The type is bash's phrase without the names around it.
 */

const BASH_MANUAL = 'https://www.gnu.org/software/bash/manual/html_node';
const BUILTINS = ref('Bash manual: Bash builtins', `${BASH_MANUAL}/Bash-Builtins.html`);
const EXPANSION = ref('Bash manual: Shell parameter expansion', `${BASH_MANUAL}/Shell-Parameter-Expansion.html`);

export const BASH_BUILTIN_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'shell.numeric-argument-required',
    language: 'shell',
    match: /(?<![^\s:])(?<builtin>exit|return|shift|break|continue|history|fc|ulimit): (?<value>[^\n]{0,100}?): numeric argument required/,
    requires: /numeric argument required/,
    errorType: 'numeric argument required',
    category: 'runtime',
    priority: 40,
    summary: (c) => `${c.builtin} was given "${c.value}", and it takes a number.`,
    explanation: (c) =>
      `${c.builtin} takes a whole number${/^(?:exit|return)$/.test(c.builtin ?? '') ? ' (an exit status from 0 to 255)' : ''}. "${c.value}" is not one: usually a variable that holds text or a command's output (exit $result where result="error"), or a message passed where the status belongs (exit "failed"). bash then exits with status 2 (255 for exit), not the one intended.`,
    causes: ['A variable holding text (or nothing) where the number belongs', 'A message written as the argument of exit/return', 'Windows line endings: "1\\r" is not a number'],
    fixes: (c) => [fix(`Give ${c.builtin} a number`, ['Print the message first, then exit with a status; check the variable holds digits.'], `echo "deploy failed" >&2\n${c.builtin === 'return' ? 'return' : 'exit'} 1\n# or, from a variable:\n[[ $status =~ ^[0-9]+$ ]] && ${c.builtin === 'return' ? 'return' : 'exit'} "$status"`)],
    references: [BUILTINS],
    samples: ['./deploy.sh: line 40: exit: failed: numeric argument required', 'bash: return: abc: numeric argument required'],
  },
  {
    id: 'shell.return-outside-function',
    language: 'shell',
    match: /(?<return>can only `return' from a function or sourced script)|(?<![^\s:])(?<builtin>local|declare -n|typeset): can only be used in a function/,
    requires: /can only `return'|can only be used in a function/,
    errorType: (c) => (c.return ? "can only `return' from a function or sourced script" : 'can only be used in a function'),
    category: 'syntax',
    priority: 40,
    summary: (c) => (c.return ? 'return was used outside a function in a script that was run, not sourced.' : `${c.builtin} was used outside a function.`),
    explanation: (c) =>
      c.return
        ? 'return leaves a function, or a script read with source (or .). A script run as a program (./script.sh, bash script.sh) is neither: its top level must use exit. Scripts written to be sourced (virtualenv activate, nvm, conda init) show this when executed instead.'
        : `${c.builtin} makes a variable local to a function, so bash refuses it at a script's top level: the line was probably meant to be inside a function, or the function's braces are unbalanced.`,
    causes: (c) => (c.return ? ['A script meant to be sourced, executed instead', 'return at the top level of a script where exit was meant'] : ['local at the top level of a script', 'A function whose braces close earlier than intended']),
    fixes: (c) => [
      c.return
        ? fix('Source the script, or use exit', ['If the script sets variables for your shell, source it; if it is a program, use exit at its top level.'], 'source ./env.sh     # or: . ./env.sh\n# in a script that runs on its own:\nexit 1')
        : fix(`Move ${c.builtin} into the function, or drop it`, ['At the top level, assign the variable without local.'], 'main() {\n  local name="$1"\n}\nmain "$@"'),
    ],
    references: [BUILTINS],
    samples: ["./activate.sh: line 3: return: can only `return' from a function or sourced script", 'deploy.sh: line 7: local: can only be used in a function'],
  },
  {
    id: 'shell.parameter-not-set',
    language: 'shell',
    match: /(?<![\w$])(?<name>[A-Za-z_]\w{0,100}|[0-9@*#?$!-]): (?<phrase>parameter null or not set|parameter not set)/,
    requires: /parameter (?:null or )?not set/,
    errorType: (c) => c.phrase ?? 'parameter null or not set',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The script requires ${/^\d$/.test(c.name ?? '') ? `argument $${c.name}` : `$${c.name}`}, and it is ${c.phrase === 'parameter not set' ? 'not set' : 'empty or not set'}.`,
    explanation: (c) =>
      `\${${c.name}${c.phrase === 'parameter not set' ? '?' : ':?'}} stops the script when ${c.name} is ${c.phrase === 'parameter not set' ? 'unset' : 'unset or empty'}: the author marked it as required. ${/^\d$/.test(c.name ?? '') ? `It is positional argument ${c.name}: the script was called with too few arguments.` : 'It must come from the environment (an export, an .env file, a CI secret or variable) before the script runs.'}`,
    causes: ['The variable was not exported, or the .env/CI variable was not loaded', 'Too few arguments on the command line', 'A typo in the variable name where it is set'],
    fixes: (c) => [fix(`Set ${c.name} before running the script`, [/^\d$/.test(c.name ?? '') ? 'Pass the missing argument.' : `Export ${c.name} (or define it in the CI job or the compose environment).`], /^\d$/.test(c.name ?? '') ? './script.sh <argument>' : `export ${c.name}=value\n./script.sh\n# or only for this run:\n${c.name}=value ./script.sh`)],
    references: [EXPANSION],
    samples: ['./deploy.sh: line 5: DATABASE_URL: parameter null or not set', 'install.sh: line 2: 1: parameter not set'],
  },
  {
    id: 'shell.array-and-nameref',
    language: 'shell',
    match: /(?<![\w$])(?<name>[A-Za-z_]\w{0,100})(?:\[[^\]\n]{0,100}\])?: (?<phrase>bad array subscript|cannot convert indexed to associative array|cannot convert associative to indexed array|not an indexed array|not an array variable|circular name reference|nameref variable self references not allowed)|(?<bare>bad array subscript)|: (?<name2>[A-Za-z_]\w{0,100}): must use subscript when assigning associative array/,
    requires: /bad array subscript|cannot convert (?:indexed|associative)|not an indexed array|not an array variable|circular name reference|self references not allowed|must use subscript/,
    errorType: (c) => c.phrase ?? c.bare ?? 'must use subscript when assigning associative array',
    category: 'runtime',
    priority: 35,
    summary: (c) => `bash refused an operation on ${c.name ?? c.name2 ?? 'an array'}: ${c.phrase ?? c.bare ?? 'must use subscript when assigning associative array'}.`,
    explanation: (c) => {
      const p = c.phrase ?? c.bare ?? '';
      if (p === 'bad array subscript')
        return 'The index is not valid for this array: empty (${arr[]}, or arr[$i] with $i unset), or negative beyond the first element (arr[-1] on an empty array; negative indices need bash 4.3 or later).';
      if (p.startsWith('cannot convert'))
        return `${c.name} already exists as the other kind of array. declare -A must come before the first assignment, and an array cannot change kind: unset it first.`;
      if (p.includes('circular') || p.includes('self references'))
        return `A name reference (declare -n) points at itself: a function parameter declared with -n that has the same name as the variable passed to it.`;
      if (c.name2) return `${c.name2} is an associative array: an assignment of a list must give each element its key, ([key]=value).`;
      return `${c.name} is not the kind of array this operation needs (mapfile, read -a and arr+=() need an indexed array).`;
    },
    causes: ['An index variable that is empty or negative', 'declare -A after the variable was already used as an indexed array', 'declare -n with the same name as its target'],
    fixes: (c) => [fix(`Check how ${c.name ?? c.name2 ?? 'the array'} is declared and indexed`, ['Print the declaration and the index before the failing line.', 'Declare associative arrays first, and give name references a name of their own.'], `declare -p ${c.name ?? c.name2 ?? 'arr'}\n# associative: declare before use\ndeclare -A config=([host]=localhost [port]=5432)\n# nameref: a distinct name\nset_value() { local -n _target=$1; _target=42; }`)],
    references: [ref('Bash manual: Arrays', `${BASH_MANUAL}/Arrays.html`), ref('Bash manual: Shell parameters (namerefs)', `${BASH_MANUAL}/Shell-Parameters.html`)],
    samples: ['./build.sh: line 18: versions: bad array subscript', 'bash: declare: config: cannot convert indexed to associative array', 'bash: warning: ref: circular name reference'],
  },
  {
    id: 'shell.job-control',
    language: 'shell',
    match: /cannot set terminal process group \(-?\d{1,10}\): (?<why>Inappropriate ioctl for device|[^\n]{1,80})|(?<nojc>no job control in this shell)|(?<![^\s:])(?<builtin>fg|bg|jobs|disown|suspend): no job control/,
    errorType: (c) => (c.why ? 'cannot set terminal process group' : 'no job control in this shell'),
    category: 'configuration',
    priority: 30,
    summary: (c) => (c.builtin ? `${c.builtin} needs job control, which this shell does not have.` : 'An interactive bash started without a terminal, so it has no job control.'),
    explanation:
      'Job control (fg, bg, Ctrl-Z) needs a controlling terminal. bash -i started without one (docker exec without -t, ssh without -t, an IDE task, a CI step, a shell started from a GUI launcher) prints these warnings and carries on. Usually harmless; the real error, if any, is elsewhere in the output.',
    causes: ['bash -i (or an interactive rc file) run without a terminal', 'docker exec/ssh without -t', 'A script calling fg/bg, which only works interactively'],
    fixes: [fix('Give the shell a terminal, or do not start it interactively', ['Use -t with docker exec/ssh when a terminal is wanted; drop -i from bash in scripts and CI.', 'In scripts, use wait "$pid" instead of fg.'], 'docker exec -it app bash\nssh -t host bash -l\n# scripts:\nlong_task & pid=$!\nwait "$pid"')],
    references: [ref('Bash manual: Job control basics', `${BASH_MANUAL}/Job-Control-Basics.html`)],
    samples: ['bash: cannot set terminal process group (1): Inappropriate ioctl for device\nbash: no job control in this shell', './run.sh: line 9: fg: no job control'],
  },
  {
    id: 'shell.noclobber',
    language: 'shell',
    match: /(?<file>[^\s:][^\n:]{0,300}): cannot overwrite existing file/,
    requires: /cannot overwrite existing file/,
    errorType: 'cannot overwrite existing file',
    category: 'io',
    priority: 40,
    summary: (c) => `The redirection would overwrite ${c.file}, and noclobber forbids it.`,
    explanation: (c) => `set -o noclobber (set -C) makes > refuse to truncate an existing file, so ${c.file} is left as it was. It is on in this shell or script (often in ~/.bashrc) as a safety net.`,
    causes: ['set -o noclobber / set -C in the script or the shell\'s startup files'],
    fixes: (c) => [fix(`Overwrite ${c.file} on purpose, or write elsewhere`, ['Use >| to overwrite despite noclobber, or remove the file first.'], `command >| ${c.file}\n# or turn it off for this script:\nset +o noclobber`)],
    references: [ref('Bash manual: Redirections', `${BASH_MANUAL}/Redirections.html`)],
    samples: ['./backup.sh: line 8: /tmp/backup.log: cannot overwrite existing file'],
  },
  {
    id: 'shell.substring-negative',
    language: 'shell',
    match: /(?<expression>[^\n:]{1,100}): substring expression < 0/,
    requires: /substring expression < 0/,
    errorType: 'substring expression < 0',
    category: 'runtime',
    priority: 40,
    summary: 'A ${var:offset:length} expansion got a negative length.',
    explanation: (c) =>
      `In \${var:offset:length}, a negative length counts from the end of the string, and bash refuses it when that end falls before the offset (${c.expression}). The string is shorter than expected: often empty, or a variable that was not set.`,
    causes: ['The variable is empty or shorter than the offset', 'A length computed from another value that went negative'],
    fixes: [fix('Check the length first', ['Test the string\'s length before slicing it, or slice with a positive length.'], 'if (( ${#version} > 2 )); then short=${version:0:-2}; fi')],
    references: [EXPANSION],
    samples: ['./release.sh: line 14: -2: substring expression < 0'],
  },
  {
    id: 'shell.option-name',
    language: 'shell',
    match: /(?<![^\s:])(?<builtin>set|shopt): (?<option>[\w-]{1,60}): invalid (?<shopt>shell )?option name/,
    errorType: (c) => (c.shopt ? 'invalid shell option name' : 'invalid option name'),
    category: 'configuration',
    priority: 40,
    summary: (c) => `This bash has no ${c.builtin === 'shopt' ? 'shopt' : 'set -o'} option ${c.option}.`,
    explanation: (c) => {
      const since: Record<string, string> = { globstar: '4.0', lastpipe: '4.2', inherit_errexit: '4.4', autocd: '4.0', direxpand: '4.2', localvar_inherit: '5.0', assoc_expand_once: '5.0', patsub_replacement: '5.2', noexpand_translation: '5.2' };
      const version = since[c.option ?? ''];
      return version
        ? `${c.option} exists since bash ${version}; this script runs under an older bash. macOS's /bin/bash is 3.2.`
        : `${c.option} is not a ${c.builtin === 'shopt' ? 'shopt' : 'set -o'} option of this bash: a typo, another shell's option (zsh's setopt names), or ${c.builtin === 'set' ? 'a shopt option given to set -o (or the reverse)' : 'a set -o option given to shopt without -o'}.`;
    },
    causes: ['An option of a newer bash (macOS ships 3.2)', 'A typo in the option name', 'A set -o option given to shopt, or the reverse'],
    fixes: (c) => [fix(`Use an option this bash has, or a newer bash for ${c.option}`, ['List the options this bash knows; on macOS install a current bash and use #!/usr/bin/env bash.'], `shopt | grep ${c.option}\nset -o | grep ${c.option}\nbash --version`)],
    references: [ref('Bash manual: The shopt builtin', `${BASH_MANUAL}/The-Shopt-Builtin.html`), ref('Bash manual: The set builtin', `${BASH_MANUAL}/The-Set-Builtin.html`)],
    samples: ['./build.sh: line 3: shopt: globstar: invalid shell option name', 'bash: set: pipefaill: invalid option name'],
  },
  {
    id: 'shell.signal-and-job-arguments',
    language: 'shell',
    match: /(?<![^\s:])(?<builtin>trap|kill): (?<signal>[^\s:]{1,40}): invalid signal specification|(?<![^\s:])trap: (?<dsignal>\w{1,40}): bad trap|kill: [^\n:]{0,100}: (?<ids>arguments must be process or job IDs)|wait: pid (?<pid>\d{1,10}) is not a child of this shell|(?<![^\s:])(?<jbuiltin>fg|bg|kill|wait|disown|jobs): (?<job>[^\s:]{1,40}): no such job/,
    requires: /signal specification|bad trap|process or job IDs|not a child of this shell|no such job/,
    errorType: (c) =>
      c.signal ? 'invalid signal specification' : c.dsignal ? 'bad trap' : c.ids ? 'arguments must be process or job IDs' : c.pid ? 'is not a child of this shell' : 'no such job',
    category: 'runtime',
    priority: 35,
    summary: (c) =>
      c.signal || c.dsignal
        ? `${c.builtin ?? 'trap'} does not know the signal ${c.signal ?? c.dsignal}.`
        : c.pid
          ? `wait can only wait for this shell's own children; ${c.pid} is not one.`
          : `${c.jbuiltin ?? 'kill'} was not given a process or job it knows${c.job ? ` (${c.job})` : ''}.`,
    explanation: (c) => {
      if (c.dsignal)
        return `The script runs under sh (dash on Debian and Ubuntu), whose trap knows only real signals: ${c.dsignal} (ERR, DEBUG, RETURN) is bash's. Run the script with bash.`;
      if (c.signal) return `${c.signal} is not a signal name or number here. Names are INT, TERM, HUP… (with or without SIG); bash-only pseudo-signals (ERR, DEBUG, RETURN) exist only in bash.`;
      if (c.ids) return 'kill was given something that is neither a PID nor a job spec (%1): usually an empty variable holding the PID (a pidfile that was not written, $! read in another shell).';
      if (c.pid) return 'wait only knows processes started by this shell (with &). A PID from a pidfile, from another shell, or a child of a subshell cannot be waited for.';
      return 'Job specs (%1, %name) refer to this shell\'s job table; scripts and subshells have their own, and finished jobs leave it.';
    },
    causes: ['A bash-only trap (ERR, DEBUG) in a script run by sh', 'An empty PID variable', 'A PID that belongs to another shell'],
    fixes: (c) => [
      c.dsignal
        ? fix('Run the script with bash', ['Call it with bash, or give it #!/usr/bin/env bash.'], 'bash ./script.sh')
        : fix('Pass a real signal or PID', ['Check the variable before using it; keep $! from the same shell that waits.'], `long_task & pid=$!\nwait "$pid"\n[ -n "$pid" ] && kill -TERM "$pid"\ntrap 'cleanup' INT TERM EXIT`),
    ],
    references: [BUILTINS, ref('Bash manual: Job control builtins', `${BASH_MANUAL}/Job-Control-Builtins.html`)],
    samples: ['sh: 1: trap: ERR: bad trap', './run.sh: line 4: kill: : arguments must be process or job IDs', './run.sh: line 20: wait: pid 4312 is not a child of this shell'],
  },
  {
    id: 'shell.shift-count',
    language: 'shell',
    match: /shift: (?<count>-?\d{1,10}): shift count out of range|(?<![\w-])shift count out of range/,
    errorType: 'shift count out of range',
    category: 'runtime',
    priority: 35,
    summary: 'shift was asked to drop more arguments than the script has.',
    explanation: (c) =>
      `shift ${c.count ?? 'n'} removes positional arguments; with fewer than that left, bash refuses and leaves them as they are (and set -e stops the script). An option that expects a value (--port 8080) given last without its value is the classic case.`,
    causes: ['An option given without its value at the end of the command line', 'An argument loop that shifts twice'],
    fixes: [fix('Check the count before shifting', ['Test $# before shift 2, and report the missing value.'], '--port)\n  [ $# -ge 2 ] || { echo "--port needs a value" >&2; exit 2; }\n  port=$2; shift 2 ;;')],
    references: [BUILTINS],
    samples: ['./start.sh: line 12: shift: 2: shift count out of range'],
  },
  {
    id: 'shell.source-file-not-found',
    language: 'shell',
    match: /(?<![^\s:])(?<builtin>\.|source): (?<file>[^\n:]{1,300}): file not found|(?<![^\s:])(?:\.|source): filename argument required|(?<![^\s:])\.: (?:\d{1,7}: )?(?<dopen>[Cc]an't open|cannot open) (?<dfile>[^\s:]{1,300})/,
    requires: /(?:\.|source): (?:\d{1,7}: )?(?:[^\n:]{1,300}: file not found|filename argument required|[Cc]an't open|cannot open)/,
    errorType: (c) => (c.file ? 'file not found' : (c.dopen ?? 'filename argument required')),
    category: 'io',
    priority: 35,
    summary: (c) => (c.file || c.dfile ? `source (.) could not find ${c.file ?? c.dfile}.` : 'source (.) was called without a file name.'),
    explanation: (c) =>
      c.file || c.dfile
        ? `. and source look a name without a slash up in PATH (and, in bash outside POSIX mode, then in the current directory); dash looks only in PATH. ${c.file ?? c.dfile} is relative to the directory the script was started from, not to the script's own directory.`
        : 'source needs a file to read; the variable meant to hold its path is empty.',
    causes: ['A relative path resolved from the caller\'s directory', 'dash (sh) not looking in the current directory for . file', 'An empty variable where the path belongs'],
    fixes: (c) => [fix(`Source ${c.file ?? c.dfile ?? 'the file'} by a path relative to the script`, ['Build the path from the script\'s own directory, and use ./ for files in the current directory.'], `. "$(dirname "$0")/${c.file ?? c.dfile ?? 'env.sh'}"\n# bash:\nsource "\${BASH_SOURCE%/*}/${c.file ?? c.dfile ?? 'env.sh'}"`)],
    references: [BUILTINS],
    samples: ['./deploy.sh: line 3: .: config.sh: file not found', './run.sh: 12: .: Can\'t open config.sh'],
  },
  {
    id: 'shell.ignored-null-byte',
    language: 'shell',
    match: /command substitution: ignored null byte in input/,
    errorType: 'ignored null byte in input',
    category: 'io',
    priority: 30,
    summary: 'A $(…) command substitution produced NUL bytes, which bash dropped.',
    explanation:
      "bash variables cannot hold NUL bytes, so since bash 4.4 it drops them and warns. The command's output is binary or NUL-separated (find -print0, /proc/*/environ or cmdline, a UTF-16 file from Windows), and what the variable holds is not what the command printed.",
    causes: ['Reading NUL-separated output into a variable', 'A binary file or a UTF-16 text file read with $(cat …)'],
    fixes: [fix('Read NUL-separated data without a variable, or convert it', ['Loop with read -d \'\' or mapfile -d \'\', or translate the NULs; convert UTF-16 files to UTF-8 first.'], "while IFS= read -r -d '' f; do echo \"$f\"; done < <(find . -print0)\ntr '\\0' '\\n' < /proc/1/environ\niconv -f UTF-16 -t UTF-8 file.txt")],
    references: [ref('Bash manual: Command substitution', `${BASH_MANUAL}/Command-Substitution.html`)],
    samples: ['./collect.sh: line 7: warning: command substitution: ignored null byte in input'],
  },
  {
    id: 'shell.ulimit',
    language: 'shell',
    // Above the system-error pattern: bash's own phrase names the failure, errno only why.
    match: /ulimit: (?<resource>[^:\n]{1,60}): cannot (?<verb>modify|get) limit(?:: (?<reason>[^\n]{1,100}))?|ulimit: (?<value>[^:\n]{1,60}): invalid limit argument/,
    requires: /ulimit: /,
    errorType: (c) => (c.verb ? `cannot ${c.verb} limit` : 'invalid limit argument'),
    category: 'permission',
    priority: 40,
    summary: (c) => (c.verb ? `ulimit could not ${c.verb} the ${c.resource} limit${c.reason ? `: ${c.reason}` : ''}.` : `ulimit does not take "${c.value}" as a limit.`),
    explanation: (c) =>
      c.verb
        ? `A process may lower its limits, and raise its soft limit up to the hard limit; going above the hard limit needs root (or CAP_SYS_RESOURCE). The ${c.resource} limit asked for is above this session's hard limit. In containers the hard limits come from the runtime (docker run --ulimit), and systemd services take theirs from the unit (LimitNOFILE=), not from limits.conf.`
        : 'A limit is a number or "unlimited"; the value given is neither.',
    causes: ['Raising a limit above the hard limit without root', 'A container or systemd service whose limits are set by the runtime or unit', 'limits.conf changed but the session not restarted'],
    fixes: (c) => [fix(`Raise the hard ${c.resource ?? 'limit'} where it is set`, ['Check the hard limit; raise it in limits.conf (new login), the systemd unit, or the container runtime.'], `ulimit -Hn\n# /etc/security/limits.conf:  *  hard  nofile  65536\n# systemd unit: LimitNOFILE=65536\ndocker run --ulimit nofile=65536:65536 image`)],
    references: [BUILTINS, ref('limits.conf(5)', 'https://man7.org/linux/man-pages/man5/limits.conf.5.html')],
    samples: ['./start.sh: line 5: ulimit: open files: cannot modify limit: Operation not permitted'],
  },
  {
    id: 'shell.nesting-exceeded',
    language: 'shell',
    match: /(?<name>[^\s:]{1,100}): maximum (?<what>function|source|eval) nesting level exceeded \((?<level>\d{1,10})\)/,
    requires: /nesting level exceeded/,
    errorType: (c) => `maximum ${c.what} nesting level exceeded`,
    category: 'runtime',
    priority: 40,
    summary: (c) => `${c.name} recursed until bash's limit of ${c.level} levels.`,
    explanation: (c) =>
      c.what === 'function'
        ? `${c.name} calls itself without end. The usual case is a function named like the command it wraps (ls() { ls --color "$@"; }), which calls itself instead of the command.`
        : `A file ${c.what === 'source' ? 'sources' : 'evals'} itself, directly or through others: ~/.bashrc sourcing ~/.bash_profile that sources ~/.bashrc is the classic loop.`,
    causes: ['A wrapper function calling itself instead of the command it wraps', 'Startup files sourcing each other', 'Recursion without a stop condition'],
    fixes: (c) => [fix(`Break the loop in ${c.name}`, ['Call the real command with command (or builtin) inside a wrapper of the same name; make startup files source each other only one way.'], `${c.name}() { command ${c.name} "$@"; }`)],
    references: [BUILTINS],
    samples: ['bash: ls: maximum function nesting level exceeded (1000)'],
  },
  {
    id: 'shell.variable-not-set',
    language: 'shell',
    match: /(?<![^\s:])cd: (?<variable>HOME|OLDPWD) not set/,
    errorType: (c) => `${c.variable} not set`,
    category: 'configuration',
    priority: 35,
    summary: (c) => (c.variable === 'HOME' ? 'cd without a directory goes to $HOME, and HOME is not set.' : 'cd - goes back to $OLDPWD, and there is no previous directory yet.'),
    explanation: (c) =>
      c.variable === 'HOME'
        ? 'Services started by systemd, cron jobs, container entrypoints and env -i run without HOME. A bare cd (or ~ in a path) then has nowhere to go.'
        : 'OLDPWD is set by the first cd of the shell; a fresh script or subshell has none.',
    causes: (c) => (c.variable === 'HOME' ? ['A service, cron job or container without HOME in its environment'] : ['cd - before any other cd in this shell']),
    fixes: (c) => [fix(`Set ${c.variable} or use an explicit directory`, ['Give the service its environment, or cd to a full path.'], c.variable === 'HOME' ? 'export HOME=/root   # or the service user\'s home\n# systemd unit: Environment=HOME=/var/lib/app' : 'cd /path/to/previous/dir')],
    references: [BUILTINS],
    samples: ['./entrypoint.sh: line 4: cd: HOME not set'],
  },
  {
    id: 'shell.nologin',
    language: 'shell',
    match: /^This account is currently not available\.?/m,
    errorType: 'This account is currently not available',
    category: 'permission',
    priority: 30,
    summary: 'The user has no login shell: its shell is nologin.',
    explanation:
      "Service accounts (www-data, nginx, postgres on some systems, system users created with --system) have /usr/sbin/nologin as their shell, which prints this and exits. su to that user, or ssh as it, starts that 'shell'. sudo -u still runs single commands as the user.",
    causes: ['su or ssh to a service account whose shell is nologin', 'A script running su user -c … instead of sudo -u'],
    fixes: [fix('Run the command as the user without a login shell', ['Use sudo -u for one command, or give su an explicit shell.'], 'sudo -u www-data php artisan migrate\nsudo -u www-data -s   # a shell as that user\nsu -s /bin/bash www-data')],
    references: [ref('nologin(8)', 'https://man7.org/linux/man-pages/man8/nologin.8.html')],
    samples: ['$ su www-data\nPassword:\nThis account is currently not available.'],
  },
  {
    id: 'shell.printf-argument',
    language: 'shell',
    match: /(?<![^\s:])printf: (?:(?<value>[^\n:]{0,100}): (?<phrase>invalid number|expected a numeric value|value not completely converted)|[`'‘](?<char>[^\n])['’]: invalid format character|(?<missing>missing format character))/,
    requires: /printf: /,
    errorType: (c) => c.phrase ?? (c.missing ? 'missing format character' : 'invalid format character'),
    category: 'runtime',
    priority: 35,
    summary: (c) => (c.phrase ? `printf could not read "${c.value}" as a number.` : `printf's format string has ${c.char ? `an unknown conversion %${c.char}` : 'a % at its end'}.`),
    explanation: (c) =>
      c.phrase
        ? `A %d or %f conversion was given "${c.value}". Text or an empty value is not a number, and %d takes no decimals. printf also reads numbers in the current locale: under a locale with a decimal comma (de_DE, fr_FR), "3.14" is not a number.`
        : 'In printf\'s format string, % starts a conversion (%s, %d, %f…). A literal percent sign must be written %% (a percentage, a URL-encoded string, a date format passed as the format).',
    causes: (c) => (c.phrase ? ['Text or an empty variable passed to %d or %f', 'A decimal number for %d', 'A locale whose decimal separator is a comma'] : ['A literal % in the format string', 'Data passed as the format instead of as an argument']),
    fixes: (c) => [
      c.phrase
        ? fix('Pass a number in the format printf expects', ['Use %s for text, %f (not %d) for decimals, and LC_NUMERIC=C to read a decimal point.'], 'LC_NUMERIC=C printf "%.2f\\n" 3.14159\nprintf "%s\\n" "$value"')
        : fix('Keep data out of the format string', ['Write %% for a literal percent sign, and pass data as arguments: printf \'%s\\n\' "$text".'], 'printf "%s\\n" "$message"\nprintf "%d%%\\n" 42'),
    ],
    references: [ref('Bash manual: printf', `${BASH_MANUAL}/Bash-Builtins.html#index-printf`)],
    samples: ['./report.sh: line 9: printf: 3.14: invalid number', "bash: printf: `q': invalid format character"],
  },
  {
    id: 'shell.conditional-syntax',
    language: 'shell',
    match: /syntax error in conditional expression(?:: unexpected token [`'](?<token>[^'\n]{1,40})')?|unexpected token [`'](?<token2>[^'\n]{1,40})', conditional binary operator expected|(?<![\w-])conditional binary operator expected|unexpected argument [`'](?<argument>[^'\n]{1,60})' to conditional (?:binary|unary) operator/,
    requires: /conditional (?:expression|binary operator|unary operator)/,
    errorType: 'syntax error',
    category: 'syntax',
    priority: 35,
    summary: (c) => `A [[ … ]] test does not parse${c.token ?? c.token2 ? ` near ${c.token ?? c.token2}` : c.argument ? ` near ${c.argument}` : ''}.`,
    explanation:
      "Inside [[ … ]] bash parses the test itself, and every operator and operand must be a separate word: a missing space ([[ $a == b]], [[$a == b ]]), an operator it does not know (-eq written as =<), a variable that expanded to two words is fine, but an unquoted pattern with spaces or a < > unescaped in the wrong place is not. The line named is where the test starts.",
    causes: ['A missing space after [[ or before ]]', 'An operator [[ does not know, or an operand missing beside one', 'A regular expression with spaces or special characters written inline after =~'],
    fixes: [fix('Space every word of the test, and keep regexes in a variable', ['Write [[ "$a" == "b" ]] with spaces around every operator and the brackets; put a regex with spaces or ( ) in a variable and use [[ $s =~ $re ]].'], 're=\'^v[0-9]+ (beta|rc)$\'\nif [[ "$version" =~ $re ]]; then echo pre-release; fi\nif [[ -f "$file" && "$mode" == "prod" ]]; then deploy; fi')],
    references: [ref('Bash manual: Conditional constructs ([[ ]])', `${BASH_MANUAL}/Conditional-Constructs.html`)],
    samples: ["./check.sh: line 7: syntax error in conditional expression: unexpected token `;'", './check.sh: line 7: conditional binary operator expected'],
  },
  {
    id: 'shell.job-status',
    language: 'shell',
    // bash's report of a job that a signal ended: "./x.sh: line 4:  1234 Terminated  ./app".
    match: /^(?:[^\s:]{1,300}: line \d{1,7}: +)?(?<pid>\d{1,10}) (?<status>Terminated|Hangup|Alarm clock|User defined signal [12]|CPU time limit exceeded|File size limit exceeded)(?: \(core dumped\))? {2,}(?<command>\S[^\n]{0,299}?)[ \t]*$/m,
    requires: /Terminated|Hangup|Alarm clock|User defined signal|limit exceeded/,
    errorType: (c) => c.status ?? 'Terminated',
    category: 'runtime',
    priority: 30,
    summary: (c) => `The job ${c.command} (PID ${c.pid}) was ended by a signal: ${c.status}.`,
    explanation: (c) => {
      const why: Record<string, string> = {
        Terminated: 'SIGTERM asks a process to stop: kill without a signal, systemd or Docker stopping a service, timeout(1) running out, or a CI job cancelled.',
        Hangup: 'SIGHUP is sent when the terminal or SSH session that started the job closes. Jobs meant to outlive the session need nohup, setsid, tmux or a service.',
        'Alarm clock': 'SIGALRM arrived without a handler: an alarm() or timeout set by the program (or a test harness) went off.',
        'CPU time limit exceeded': 'The process used up its CPU time limit (ulimit -t, or a batch system\'s limit).',
        'File size limit exceeded': 'The process wrote a file larger than its file size limit (ulimit -f).',
      };
      return `bash reports how a background or pipeline job ended. ${why[c.status ?? ''] ?? 'A user-defined signal arrived that the program does not handle.'}`;
    },
    causes: ['Something sent the signal: a timeout, a service manager, a closed terminal, a cancelled CI job', 'A resource limit (ulimit) was reached'],
    fixes: (c) => [fix(`Find what ended ${c.command ?? 'the job'}`, ['Check timeouts, service stops and session ends around that moment; run long jobs under nohup, tmux or a service.'], `nohup ${c.command ?? './job'} > job.log 2>&1 &\nulimit -a`)],
    references: [ref('signal(7)', 'https://man7.org/linux/man-pages/man7/signal.7.html')],
    samples: ['./run.sh: line 4:  4312 Terminated              ./server --port 8080'],
  },
];
