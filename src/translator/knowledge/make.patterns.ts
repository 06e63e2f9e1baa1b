import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * GNU make's own messages: makefile syntax, a missing makefile, clock skew, and a recipe that failed
 * with nothing else pasted. Filed under 'c' like make's "No rule to make target", which stays in
 * native.patterns.ts beside its C++ twin. Localised make output reaches these patterns in English
 * (rules/localised-make-messages.ts).
 */

const MAKE_MANUAL = 'https://www.gnu.org/software/make/manual/make.html';

/** What a shell's exit status says about the command a recipe ran (128 + N: killed by signal N). */
const EXIT_STATUS: Readonly<Record<string, { type: string; why: string }>> = {
  '126': { type: 'permission denied', why: 'the shell found the command but could not execute it: no execute permission, or a file that is not a program (a script with a bad #! line, a binary for another architecture).' },
  '127': { type: 'command not found', why: 'the shell could not find the command: a compiler or tool that is not installed or not on PATH (the line above it names it).' },
  '134': { type: 'Aborted', why: 'the command aborted (SIGABRT): a failed assertion or a C library check, usually printed just above.' },
  '137': { type: 'Killed', why: 'the command was killed (SIGKILL), usually by the kernel running out of memory: a compiler on a big file with many parallel jobs (-j), or a container memory limit.' },
  '139': { type: 'segmentation fault', why: 'the command crashed with a segmentation fault (SIGSEGV): a bug in the tool (or the program the recipe runs, such as a test), or a corrupt installation.' },
};

const SIGNAL_TYPE: Readonly<Record<string, string>> = { 'Segmentation fault': 'segmentation fault', Killed: 'Killed', Aborted: 'Aborted', Terminated: 'Terminated', Interrupt: 'Interrupt' };

function recipeFailure(c: Captures): string {
  if (c.signal) return SIGNAL_TYPE[c.signal] ?? c.signal;
  return EXIT_STATUS[c.status]?.type ?? `Error ${c.status}`;
}

const where = (c: Captures): string => (c.makefile ? ` (${c.makefile}, line ${c.line})` : '');

// Any other error in the text: the make line only answers when it is all there is, so that the
// output above it (read by another pattern, or by the fallback in the detected language) explains the failure.
// make 4.0 and 4.1's own "Makefile:12: recipe for target 'run' failed" above the line is no other error.
const OTHER_ERROR = String.raw`(?:\b(?:error|ERROR|fatal|FATAL|panic|invalid|unknown|cannot|can't|unable|failed|missing|illegal|unexpected)\b(?<!: recipe for target [\x60'‘][^'’\n]{1,300}['’] failed)|\bError\b(?! \d)|[Ee]xception|Traceback|not found|No such file|[Dd]enied|(?<!\] )(?:Killed|Segmentation fault|Aborted)|undefined reference)`;
const RECIPE_LINE = String.raw`(?:^|\n)(?<make>g?make|mingw32-make)(?:\[\d{1,4}\])?: \*\*\* \[(?:(?<makefile>[^\]\n:]{1,300}):(?<line>\d{1,7}): )?(?<target>[^\]\n]{1,300})\] (?:Error (?<status>\d{1,3})|(?<signal>Segmentation fault|Killed|Aborted|Terminated|Interrupt))`;
/** From the start of the text (so each text is scanned once): no other error, then make's line. */
const recipeFailedMatch = (evidence = ''): RegExp => new RegExp(String.raw`^(?![\s\S]*?${OTHER_ERROR})${evidence}[\s\S]*?${RECIPE_LINE}`);

/** make's summary of a failed command, when nothing else was pasted: the cause is the output above it. */
const RECIPE_FAILED: ErrorPattern = {
  id: 'c.make-recipe-failed',
  language: 'c',
  match: recipeFailedMatch(),
  requires: /\*\*\* \[/,
  errorType: recipeFailure,
  category: 'build',
  priority: -20,
  summary: (c) => `make stopped: the recipe for ${c.target}${where(c)} failed with ${c.signal ? c.signal.toLowerCase() : `exit status ${c.status}`}.`,
  explanation: (c) => {
    const status = EXIT_STATUS[c.status ?? ''];
    if (status) return `A command of the recipe for ${c.target} exited with ${c.status}: ${status.why} make only reports that the recipe failed; the command's own message is in the output above this line.`;
    if (c.signal) return `A command of the recipe for ${c.target} was ended by a signal (${c.signal}). make only reports it; the output above says which command.`;
    if (c.status === '2') return `Error 2 from make usually means a sub-make (make -C dir, or a CMake-generated makefile's next level) failed: the first "Error 1" further up, and the message just above it, is the real failure.`;
    return `A command of the recipe for ${c.target} exited with status ${c.status}. make only reports that it failed and stops; the command's own error message is just above this line (with -j, search up for the first "error").`;
  },
  causes: ['A compiler or tool in the recipe failed (its message is above)', 'A tool not installed (exit 127) or killed for memory (137)', 'A nested make failing first (Error 2 above it)'],
  fixes: (c) => [
    fix(`Find the first error above the make line for ${c.target}`, ['Run make again without parallel jobs so the failing command is the last output, and read the message just above the first "***" line.'], `make -j1 ${c.target} 2>&1 | tee build.log\ngrep -n -m1 -iE 'error|not found|killed' build.log`),
  ],
  references: [ref('GNU make manual: Errors in recipes', `${MAKE_MANUAL}#Errors`)],
  samples: ['make[2]: *** [CMakeFiles/app.dir/build.make:76: CMakeFiles/app.dir/main.c.o] Error 1\nmake[1]: *** [CMakeFiles/Makefile2:83: CMakeFiles/app.dir/all] Error 2\nmake: *** [Makefile:91: all] Error 2', 'make: *** [Makefile:3: all] Error 127'],
};

export const MAKE_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'c.make-missing-separator',
    language: 'c',
    match: /^(?<makefile>[^\s:]{1,300}):(?<line>\d{1,7}): \*\*\* missing separator(?<tab> \(did you mean TAB instead of 8 spaces\?\))?\./m,
    requires: /missing separator/,
    errorType: 'missing separator',
    category: 'syntax',
    // Below the compilers' own errors (10/11), which a build log with both explains better.
    priority: 8,
    summary: (c) => `make cannot parse line ${c.line} of ${c.makefile}.`,
    explanation: (c) =>
      `make reads every line of a makefile as a rule, an assignment or a directive, and line ${c.line} of ${c.makefile} is none of them. ${c.tab ? 'The line is indented with spaces where a recipe line must start with a tab character.' : 'Most often a recipe line indented with spaces instead of a tab (editors convert tabs), otherwise a line continuation lost, or text pasted with Windows line endings or a stray character.'}`,
    causes: ['A recipe line indented with spaces instead of a tab', 'An editor that converts tabs to spaces', 'A rule or assignment with a typo (a missing colon or =)'],
    fixes: (c) => [
      fix(`Indent line ${c.line} of ${c.makefile} with a tab`, ['Show the whitespace of the line, replace the leading spaces by one tab; set the editor to keep tabs in makefiles (EditorConfig: indent_style = tab for Makefile).'], `cat -A ${c.makefile} | sed -n '${c.line}p'   # a tab shows as ^I\nsed -i '${c.line}s/^ \\+/\\t/' ${c.makefile}`),
    ],
    references: [ref('GNU make manual: Rule syntax', `${MAKE_MANUAL}#Rule-Syntax`)],
    samples: ['Makefile:5: *** missing separator.  Stop.', 'Makefile:12: *** missing separator (did you mean TAB instead of 8 spaces?).  Stop.'],
  },
  {
    id: 'c.make-recipe-before-target',
    language: 'c',
    match: /^(?<makefile>[^\s:]{1,300}):(?<line>\d{1,7}): \*\*\* (?:recipe commences|commands commence) before first target\./m,
    requires: /commences? before first target/,
    errorType: 'recipe commences before first target',
    category: 'syntax',
    priority: 8,
    summary: (c) => `Line ${c.line} of ${c.makefile} starts with a tab, but no rule comes before it.`,
    explanation: (c) =>
      `A line that starts with a tab is a recipe line and belongs to the rule above it. Line ${c.line} of ${c.makefile} has none: a variable assignment or directive indented with a tab, a blank line with a tab in it, or a rule line whose target was removed.`,
    causes: ['An assignment, include or conditional indented with a tab', 'A recipe whose rule line was deleted or commented out'],
    fixes: (c) => [fix(`Remove the leading tab of line ${c.line} (or put its rule back)`, ['Only recipe lines start with a tab; indent anything else with spaces or not at all.'], `cat -A ${c.makefile} | sed -n '${c.line}p'`)],
    references: [ref('GNU make manual: Recipe syntax', `${MAKE_MANUAL}#Recipe-Syntax`)],
    samples: ['Makefile:3: *** recipe commences before first target.  Stop.'],
  },
  {
    id: 'c.make-no-makefile',
    language: 'c',
    match: /(?<make>g?make|mingw32-make)(?:\[\d{1,4}\])?: \*\*\* No targets(?<none> specified and no makefile found)?\./,
    requires: /No targets/,
    errorType: 'No targets specified and no makefile found',
    category: 'configuration',
    priority: 5,
    summary: (c) => (c.none ? `${c.make} found no makefile in the current directory.` : `${c.make}'s makefile defines no target to build.`),
    explanation: (c) =>
      c.none
        ? `${c.make} looks for GNUmakefile, makefile or Makefile in the current directory and found none: it runs in another directory than the project (a CI step, a Docker WORKDIR), or the makefile has to be generated first (./configure, cmake, qmake).`
        : 'The makefile has no rule at all: it is empty or every rule sits inside a conditional that is false.',
    causes: ['Running make in the wrong directory', 'The build not configured yet (./configure or cmake writes the Makefile)', 'A makefile with another name (use -f)'],
    fixes: (c) => [fix('Run make where the Makefile is, or generate it first', ['cd into the project (or pass -C dir), run the configure step, or name the file with -f.'], `ls\n./configure && ${c.make}\n# or\ncmake -S . -B build && ${c.make} -C build`)],
    references: [ref('GNU make manual: What name to give your makefile', `${MAKE_MANUAL}#Makefile-Names`)],
    samples: ['make: *** No targets specified and no makefile found.  Stop.'],
  },
  {
    id: 'c.make-clock-skew',
    language: 'c',
    // Warnings: any error in the same output explains the failure better.
    match: /warning: {1,2}Clock skew detected\.|File ['‘`](?<file>[^'’\n]{1,300})['’] has modification time (?<seconds>[\d.e+-]{1,20}) s in the future/,
    requires: /Clock skew|in the future/,
    errorType: 'Clock skew detected',
    category: 'build',
    priority: -15,
    summary: (c) => `make found files dated in the future${c.file ? ` (${c.file}, ${c.seconds} s ahead)` : ''}: this machine's clock is behind the files' times.`,
    explanation: (c) =>
      `make decides what to rebuild by comparing modification times. ${c.file ?? 'Some files'} carry a time later than this machine's clock: files copied or unpacked from a machine whose clock is ahead, a network or shared filesystem (a VM's shared folder, NFS, a Docker bind mount) with its own clock, or a clock that jumped. The build may skip files it should rebuild, or rebuild in a loop.`,
    causes: ['Files from another machine whose clock is ahead (an archive, a shared folder, a bind mount)', 'The system clock not synchronised (a VM after suspend, no NTP)'],
    fixes: (c) => [fix('Synchronise the clock, then touch the files', ['Turn on time synchronisation, then give the sources the current time and build from clean.'], `timedatectl set-ntp true\nfind . -newermt now -exec touch {} +\n${c.file ? `touch ${c.file}\n` : ''}make clean && make`)],
    references: [ref('GNU make manual: How make decides what to rebuild', `${MAKE_MANUAL}#Rules`)],
    samples: ["make: Warning: File 'main.c' has modification time 3.5 s in the future\nmake: warning:  Clock skew detected.  Your build may be incomplete."],
  },
  {
    id: 'c.make-circular-dependency',
    language: 'c',
    match: /Circular (?<target>\S{1,300}) <- (?<prerequisite>\S{1,300}) dependency dropped\./,
    requires: /dependency dropped/,
    errorType: 'Circular dependency dropped',
    category: 'build',
    priority: -15,
    summary: (c) => `make found a dependency cycle: ${c.target} depends (through its prerequisites) on itself via ${c.prerequisite}, and ignored that edge.`,
    explanation: (c) =>
      `A rule chain leads from ${c.target} back to itself through ${c.prerequisite}. make drops the prerequisite that closes the cycle and carries on, so the build order may be wrong. Usually a pattern rule that matches its own output (a %: %.o style rule), or two targets listing each other.`,
    causes: ['A pattern rule matching its own output', 'Two rules that list each other as prerequisites', 'A generated file listed as its own source'],
    fixes: (c) => [fix(`Break the cycle between ${c.target} and ${c.prerequisite}`, ['Print the rules make uses for the target and remove the prerequisite that points back.'], `make -p -n ${c.target} | grep -A3 '^${c.target}:'`)],
    references: [ref('GNU make manual: Pattern rules', `${MAKE_MANUAL}#Pattern-Rules`)],
    samples: ['make: Circular all <- all dependency dropped.'],
  },
  RECIPE_FAILED,
  {
    ...RECIPE_FAILED,
    id: 'cpp.make-recipe-failed',
    language: 'cpp',
    match: recipeFailedMatch(String.raw`(?=[\s\S]*?(?:\.(?:cpp|cc|cxx)(?:\.o(?:bj)?)?\b|\bCXX\b|g\+\+|clang\+\+))`),
    priority: -19,
    samples: ['[ 50%] Building CXX object CMakeFiles/app.dir/main.cpp.o\nmake[2]: *** [CMakeFiles/app.dir/build.make:76: CMakeFiles/app.dir/main.cpp.o] Error 1\nmake: *** [Makefile:91: all] Error 2'],
  },
];
