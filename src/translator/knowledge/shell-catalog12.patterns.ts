import type { ErrorPattern } from '../rules/error-pattern';
import { catalogPattern, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A twelfth catalog pass over the shell family, from shell errors as CI logs and scripts paste them, where the engine
 * answered not at all: bash's "bad substitution" for an expansion whose text spans lines (a `${{ … }}` output
 * echoed in a GitHub Actions step) above the runner's exit line, dash's "Bad substitution" as Jenkins' console
 * wraps it, zsh's "bad interpreter" without its prefix and its setopt's "no such option", the test builtin's
 * "syntax error: `x' unexpected" and dash's "[: unexpected operator" without an operand, dash's arithmetic
 * "expecting primary" after the script's name, bash's "cd: too many arguments" after a script's line (also in
 * German), and the BSD tools of macOS runners: find's "unknown primary or operator" (GNU-only -printf, -executable,
 * -xtype), sed's "bad flag in substitute command" and "-I or -i may not be used with stdin", head's "illegal line
 * count" (a negative -n), shasum's "no properly formatted SHA checksum lines found" (also sha1sum's, wrapped), the
 * sums' "lines are improperly formatted" warning alone, bash's "popd: directory stack empty", and unzip's "caution:
 * filename not matched".
 *
 * The type is the shell's or the tool's phrase without the names around it (corpus README, shell row). The `n`
 * group captures the name the message is about (an option, a primary, a file, a script), which the fix repeats.
 */

const REFS = {
  shell: [
    ref('Bash manual: Shell Parameter Expansion', 'https://www.gnu.org/software/bash/manual/html_node/Shell-Parameter-Expansion.html'),
    ref('Bash manual: Bourne Shell Builtins (test, cd)', 'https://www.gnu.org/software/bash/manual/html_node/Bourne-Shell-Builtins.html'),
    ref('dash(1)', 'https://man7.org/linux/man-pages/man1/dash.1.html'),
    ref('zsh: Options', 'https://zsh.sourceforge.io/Doc/Release/Options.html'),
    ref('GitHub Actions: Security hardening (untrusted input in run steps)', 'https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections'),
  ],
  bsd: [
    ref('find(1) (BSD, macOS)', 'https://man.freebsd.org/cgi/man.cgi?query=find&sektion=1'),
    ref('sed(1) (BSD, macOS)', 'https://man.freebsd.org/cgi/man.cgi?query=sed&sektion=1'),
    ref('head(1) (BSD, macOS)', 'https://man.freebsd.org/cgi/man.cgi?query=head&sektion=1'),
    ref('unzip(1) (Info-ZIP)', 'https://linux.die.net/man/1/unzip'),
  ],
};

// A CI runner's line for a step's non-zero exit.
const CI_EXIT = String.raw`(?:##\[error\])?(?:Error: )?Process completed with exit code \d{1,3}|ERROR: Job failed: exit (?:code|status) \d{1,3}|(?:ERROR: )?script returned exit code \d{1,3}|##\[error\]Bash exited with code '\d{1,3}'`;

const SHELL_ENTRIES: readonly CatalogEntry[] = [
  {
    // Jenkins wraps dash's long "script.sh: 2: script.sh: Bad substitution" at the durable task's path.
    re: String.raw`(?<n>[^\s:]{1,300}script\.sh):[ \t]{0,4}\r?\n[ \t]{0,8}\d{1,7}: [^\s:]{1,300}:[ \t]{0,4}\r?\n[ \t]{0,8}Bad substitution`,
    type: 'bad substitution',
    why: "The Jenkins sh step runs its script with /bin/sh, which is dash on Debian and Ubuntu agents, and dash has no bash-only expansion (${var//a/b}, ${var:0:3}, ${var^^}). A Groovy ${env.X} inside single quotes reaches the shell unexpanded and is one of those: a dot is not allowed in a shell variable name.",
    fix: 'Let Groovy expand its variables (double quotes) or refer to the environment variable by its shell name, and run bash for bash syntax',
    code: (n) => `// Jenkinsfile: the shell sees $BUILD_NUMBER, not \${env.BUILD_NUMBER}\nsh 'echo "package$BUILD_NUMBER.tar"'\nsh "echo package\${env.BUILD_NUMBER}.tar"   // Groovy expands it\nsh '''#!/bin/bash\necho "\${VERSION//./-}"'''   // bash syntax: a bash shebang (${n})`,
  },
  {
    // The expansion's text ran over several lines (a step output echoed into the script), so bash's message line
    // starts inside it; the runner's exit line follows.
    re: String.raw`(?:^|\n)(?<n>[^\n]{0,300}?): bad substitution[ \t]*\r?\n(?:[^\n]{0,300}\n){0,2}?[^\n]{0,60}(?:${CI_EXIT})`,
    type: 'bad substitution',
    why: 'bash met a ${ … } it cannot expand. In a CI step this is usually text pasted into the script by the CI itself: an expression such as ${{ steps.x.outputs.y }} is replaced before bash runs, and when the value holds quotes, ${ or newlines (JSON, a pom.xml converted to JSON, a commit message) it becomes part of the script and bash reads it as an expansion. The line shown before ": bad substitution" is the middle of that value.',
    fix: 'Pass the value through an environment variable instead of writing it into the script',
    code: (n) => `# workflow step\nenv:\n  OUTPUT: \${{ steps.convert.outputs.output }}\nrun: printf '%s\\n' "$OUTPUT" > out.json   # was: echo "\${{ … }}" (${n})`,
  },
  {
    // zsh's "zsh: ./x.sh: bad interpreter: /usr/env/bin: no such file or directory" without its first part.
    re: String.raw`(?:^|\n)[ \t]{0,8}bad interpreter: (?<n>[^\s:]{1,300}): no such file or directory`,
    type: 'bad interpreter',
    why: "The script's first line (#!) names an interpreter that does not exist at that path: a typo (/usr/env/bin instead of /usr/bin/env), an interpreter installed elsewhere (/usr/local/bin/bash on BSD, NixOS), or a carriage return at the end of the line from a Windows editor.",
    fix: 'Correct the #! line',
    code: (n) => `head -1 ./script.sh | od -c | head -3   # a \\r at the end?\nls -l ${n}\n# portable: #!/usr/bin/env bash`,
  },
  {
    // zsh's setopt (and a script or snapshot it sources) given an option name it does not have.
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:[^\s:]{1,300}:)?setopt:(?:\d{1,7}: )?[ ]?no such option: (?<n>[^\s]{1,100})`,
    type: 'no such option',
    why: "zsh's setopt was given a name that is not a zsh option: a bash option (set -o pipefail is fine, but shopt-style names are not zsh's), a typo, or an option of a newer zsh; a line like \"setopt off\" (from a snapshot or a generated file) passes the word as an option name.",
    fix: "Use zsh's option names, or run the script with the shell it was written for",
    code: (n) => `setopt | grep -i ${or(n, '<option>')}   # the options this zsh has\nemulate -L zsh   # in a function: reset to zsh's defaults\nbash ./script.sh   # a bash script`,
  },
  {
    // The test builtin's own parse error ("[: syntax error: `-q' unexpected"), not the shell parser's.
    re: String.raw`(?<![^\s])\[{1,2}: syntax error: \`(?<n>[^'\n]{1,100})' unexpected`,
    type: 'syntax error',
    why: 'The test command ([ … ]) received words it cannot read as an expression: an option of another command inside the brackets (grep -q written as a test), an unquoted variable that expanded to several words or to an operator, or a missing operand.',
    fix: 'Quote the variables in the test, and run commands outside the brackets',
    code: (n) => `if grep -q pattern file; then …; fi   # a command needs no [ ]\n[ "$a" = "$b" ]   # quote both sides (near ${n})`,
  },
  {
    // dash's test with an operator word it lacks and no operand shown ("x.sh: 218: [: unexpected operator").
    re: String.raw`(?:^|\n)[ \t]{0,8}(?<n>[^\s:]{1,300}): \d{1,7}: \[: unexpected operator`,
    type: 'unexpected operator',
    why: "The script runs under sh, which is dash on Debian and Ubuntu, and dash's test has no == (bash's spelling; POSIX has =), no -a/-o inside [[ ]], and no [[ at all. An unquoted empty variable also shifts the words so an operator lands where a value should be.",
    fix: 'Use = and quote the variables, or run the script with bash',
    code: (n) => `[ "$a" = "$b" ]   # not ==\nbash ${or(n, './script.sh')}   # or a #!/bin/bash line, for bash syntax`,
  },
  {
    // dash's arithmetic after the script's name ("x.sh: 3215: x.sh: arithmetic expression: expecting primary: …").
    re: String.raw`(?:^|\n)[ \t]{0,8}(?<n>[^\s:]{1,300}): (?:\d{1,7}: [^\s:]{1,300}: )?arithmetic expression: expecting (?:EOF|primary|value|'\)'): "`,
    type: 'arithmetic syntax error',
    why: "dash could not read the $(( … )) expression: a variable held text instead of a number (quotes around it, as in \"\"1920\"\", a unit, a decimal point: dash's arithmetic is integer only), or was empty.",
    fix: 'Strip the quotes and units from the values before the arithmetic',
    code: (n) => `w=$(printf '%s' "$w" | tr -d '"')   # the value without its quotes\ncase "$w" in (*[!0-9]*|"") echo "not a number: $w" >&2; exit 1;; esac\necho $(( w % 8 ))   # in ${n}`,
  },
  {
    // bash's cd (pushd) after a script's line; bash in German ("Zu viele Argumente").
    re: String.raw`(?:line \d{1,7}|(?<![^\s])-?(?:ba)?sh): (?<n>cd|pushd): (?:too many arguments|Zu viele Argumente)`,
    type: 'too many arguments',
    why: 'cd takes one directory and got several words (bash 4.4 and later refuse them): an unquoted path with spaces, a command substitution that printed several lines, or a glob that matched several directories.',
    fix: 'Quote the directory, and check what the substitution prints',
    code: (n) => `${n} "$dir"\nprintf '%s\\n' "$dir"   # one line?`,
  },
  {
    // bash's popd with nothing pushed (a pushd that was skipped by a condition, or a second popd).
    re: String.raw`(?:line \d{1,7}|(?<![^\s])-?(?:ba)?sh): (?<n>popd): directory stack empty`,
    type: 'directory stack empty',
    why: "popd found no directory to return to: the pushd it pairs with did not run (it sits inside an if, or failed), or popd runs once more than pushd. Under set -e the script stops here.",
    fix: 'Pair every popd with the pushd it undoes, or return with cd',
    code: (n) => `pushd "$dir" >/dev/null || exit 1\n# …\n${n} >/dev/null\n# or: (cd "$dir" && …)   # a subshell needs no popd`,
  },
];

const BSD_ENTRIES: readonly CatalogEntry[] = [
  {
    // BSD find (macOS runners, FreeBSD) does not have GNU find's -printf, -executable, -xtype, -regextype.
    re: String.raw`find: (?<n>-[\w-]{1,40}): unknown primary or operator`,
    type: 'unknown primary or operator',
    why: "BSD find (macOS, FreeBSD) does not know this test or action: it is GNU find's (-printf, -executable, -xtype, -regextype, -readable). The script was written for Linux and runs on a Mac (a macos-latest runner, a developer's laptop).",
    fix: 'Use a portable form, or install GNU findutils and call gfind',
    code: (n) => `find . -type f -perm +111   # instead of -executable\nfind . -type f -exec stat -f '%N %z' {} +   # instead of -printf\nbrew install findutils && gfind . ${or(n, '-printf')} …`,
  },
  {
    // BSD sed's s command followed by a character it does not take as a flag.
    re: String.raw`sed: \d{1,6}: "(?<script>[^\n]{0,200})": bad flag in substitute command: '(?<n>[^'\n]{0,4})'`,
    type: 'bad flag in substitute command',
    why: "BSD sed (macOS) read the character after the s command's third delimiter as a flag and does not have it: GNU-only flags (I or i for case-insensitive, e, M), a delimiter that also occurs in the pattern or the replacement (a path with / in s/…/…/) so the command ends early, or a } with no ; before it inside { }.",
    fix: 'Use another delimiter or escape it, end the command with ; before }, and avoid GNU-only flags',
    code: (n) => `sed 's|/usr/local|/opt|g' file   # a delimiter the text does not contain\nsed '/x/{s/a/b/;}' file   # ; before }\nbrew install gnu-sed && gsed 's/a/b/I' file   # GNU flags ('${n}')`,
  },
  {
    // BSD head and tail refuse a negative count ("head -n -1": all but the last line is GNU's).
    re: String.raw`(?<tool>head|tail): illegal (?:line|byte) count -- (?<n>[^\s]{1,40})`,
    type: 'illegal line count',
    why: 'BSD head (macOS) takes only a positive count: head -n -1 ("all but the last line") and head --lines=-1 are GNU coreutils extensions, so the script works on Linux and fails on a Mac.',
    fix: 'Drop the last lines portably with sed, or install GNU coreutils (ghead)',
    code: (n) => `sed '$d' file   # all but the last line (head -n ${n})\nbrew install coreutils && ghead -n ${n} file`,
  },
  {
    // Info-ZIP unzip: a name given after the archive matched no entry (a destination without -d, a wrong path).
    re: String.raw`caution: filename not matched: {1,2}(?<n>[^\n]{1,300})`,
    type: 'filename not matched',
    why: "unzip reads every argument after the archive as the name of an entry to extract, and none matched: a destination directory given without -d, a second archive (unzip takes one at a time), a path inside the archive spelled differently, or the same name listed twice.",
    fix: 'Give the destination with -d, and one archive per unzip',
    code: (n) => `unzip -l archive.zip | grep -F '${n.trim()}'   # is it in the archive?\nunzip archive.zip -d ${n.trim()}   # a destination directory\nfor z in *.zip; do unzip -o "$z"; done   # several archives`,
  },
  {
    // BSD sed's -i needs a suffix argument and a file; GNU's -i does not, so "sed -i 's/a/b/' file" fails on macOS.
    re: String.raw`sed: -I or -i may not be used with stdin`,
    type: 'may not be used with stdin',
    why: "BSD sed (macOS) takes the word after -i as the backup suffix, so in sed -i 's/a/b/' file the script becomes the suffix, the file becomes the script and no file is left to edit in place: sed would read standard input, which -i cannot edit.",
    fix: "Give BSD sed an explicit (empty) suffix, or use a form both seds accept",
    code: () => `sed -i '' 's/a/b/' file   # BSD sed (macOS)\nsed -i.bak 's/a/b/' file && rm file.bak   # GNU and BSD alike`,
  },
  {
    // shasum (Perl, macOS) and the coreutils sums when the check file has no "<hash>  <name>" line, also wrapped.
    re: String.raw`(?:shasum|sha\d{0,3}sum|md5sum|b2sum): (?<n>[^\n:]{1,300}): no properly formatted (?:SHA\d{0,3} |MD5 |BLAKE2b )?checksum[ \t]{0,4}\r?\n?[ \t]{0,4}lines found`,
    type: 'no properly formatted checksum lines found',
    why: 'The check file (-c) has no line in the form "<hash>  <file name>": it holds only the hash (many releases publish it that way), one space where shasum wants two, or a signature around the lines.',
    fix: 'Compare the hash yourself, or write the line the checker expects',
    code: (n) => `cat ${n}   # only a hash?\necho "$(cat ${n})  <file>" | shasum -a 256 -c -   # hash, two spaces, the file's name`,
  },
  {
    // The coreutils sums' warning alone: some lines of the check file are not "<hash>  <name>".
    re: String.raw`(?<n>sha\d{0,3}sum|md5sum|shasum|b2sum): WARNING: \d{1,7} lines? (?:are|is) improperly formatted`,
    type: 'lines are improperly formatted',
    why: 'Some lines of the check file are not "<hash>  <file name>" (a signature header, a blank or comment line, the name before the hash): they were skipped. The files whose lines were read are reported OK or FAILED above; this warning alone does not mean a mismatch.',
    fix: 'Check the lines the checker read, and fix the file if a line you need was skipped',
    code: (n) => `${n} -c --ignore-missing checksums.txt   # the OK/FAILED lines are what matter\ngrep -vE '^[0-9a-f]{32,128}  ' checksums.txt   # the skipped lines`,
  },
];

export const SHELL_CATALOG12_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.scripts-catalog12',
    tool: 'sh',
    category: 'syntax',
    // Low: every text here was answered by no pattern; the shell's own patterns keep what they match.
    priority: 19,
    entries: SHELL_ENTRIES,
    references: REFS.shell,
    requires: /[Bb]ad substitution|bad interpreter: |no such option: |syntax error: `|: unexpected operator|arithmetic expression: expecting|(?:too many arguments|Zu viele Argumente)|directory stack empty/,
    samples: [
      '          "name": "Anypoint: bad substitution\nError: Process completed with exit code 1.',
      '/usr/local/sbin/fatrat: line 2: cd: too many arguments',
      './library-repos-install.sh: 218: [: unexpected operator',
    ],
  }),
  catalogPattern({
    id: 'shell.bsd-tools-catalog12',
    tool: 'find/sed/head/unzip/shasum',
    category: 'configuration',
    priority: 19,
    entries: BSD_ENTRIES,
    references: REFS.bsd,
    requires: /unknown primary or operator|bad flag in substitute command|illegal (?:line|byte) count|filename not matched|may not be used with stdin|no properly formatted|improperly formatted/,
    samples: [
      'find: -printf: unknown primary or operator',
      'sed: 1: "s/\\.[x*]//gi": bad flag in substitute command: \'i\'',
      'head: illegal line count -- -1',
    ],
  }),
];
