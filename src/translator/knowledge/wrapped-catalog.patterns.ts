import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/*
 * Errors wrapped in another program's output: a Node.js program whose child process failed (child_process's
 * "Error: Command failed: …" with the child's stderr under it, the git-clone package's "'git clone' failed with
 * status 128"), a Python exception named only by Kodi's script log ("Error Type: <class '…'>"), and git's own
 * "is not a git command" inside GitHub Desktop's log.
 *
 * Labels follow the corpus README's rule for wrapped errors: another tool's error inside a program's exception is
 * the program's (its language, the class it raised); the log around an error never changes its labels.
 */

const NODE_CHILD_PROCESS = ref('Node.js: child_process.execSync() and exec()', 'https://nodejs.org/api/child_process.html#child_processexecsynccommand-options');
const KODI_PYTHON = ref('Kodi wiki: Log file (Python add-on errors)', 'https://kodi.wiki/view/Log_file/Advanced');
/** The command the child ran, from either wording. */
const cmdOf = (c: Captures): string => (c.cmd ?? c.quoted ?? (c.revsync !== undefined ? 'git' : '')).trim() || 'the command';

const GIT_HELP = ref('git(1): git commands', 'https://git-scm.com/docs/git#_git_commands');

export const WRAPPED_CATALOG_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'javascript.child-process-command-failed',
    language: 'javascript',
    // Node's error for a child that exited non-zero (execSync's checkExecSyncError, exec's exithandler), and the
    // git-clone package's own; the child's stderr between them is what says why, but the program threw the Error.
    // A wrapper: when a pattern recognises the child's own error in its stderr (a shell's "Permission denied",
    // git's "fatal: …"), that error is the answer; the Error is the answer when the child's output says nothing
    // known (a bare exit status, an empty stderr). Also as a JSON logger keeps the stack ("\n" escaped).
    match:
      /(?:^|[\s:"])Error: (?:Command failed: (?<cmd>(?:[^\n\\]|\\(?!n)){0,500})|'(?<quoted>[^'\n]{1,200})' failed with status (?<status>\d{1,3})|\[git-rev-sync\] failed to execute command: (?<revsync>[^\n]{0,300}))(?=[\s\S]{0,4000}?\bat (?:checkExecSyncError|ChildProcess\.|maybeClose|Object\.execSync|execSync|_command)\b)/,
    requires: /Command failed: |' failed with status |failed to execute command: /,
    wrapper: true,
    errorType: 'Error',
    category: 'runtime',
    priority: 15,
    summary: (c) => `A command the Node.js program ran as a child process failed: ${cmdOf(c)}.`,
    explanation: (c) =>
      `child_process (execSync, exec, or a package built on them) runs \`${cmdOf(c)}\` in a shell and throws an Error when it exits with a non-zero status${c.status ? ` (here ${c.status})` : ''}. The lines the child printed to stderr, kept in the message and in err.stderr, say why it failed; the Error itself only says that it did.`,
    causes: [
      'The command is not installed or not on the PATH the Node.js process sees (a CI image, a GUI app started without the login shell)',
      'The command ran in another working directory than expected (cwd option, a monorepo package)',
      'The command itself failed: its stderr names the error (a compiler error, git refusing, a script bug)',
    ],
    fixes: (c) => [
      fix(
        `Run the command by hand and read its own error`,
        [
          `Run \`${cmdOf(c)}\` in the same directory and environment (PATH, cwd) as the Node.js process and fix the error it prints${c.status ? ` (it exited with status ${c.status})` : ''}${c.revsync ? `: ${c.revsync.trim()}` : ''}.`,
          'Log err.status, err.stderr and err.stdout in the catch block instead of only the message, or pass { stdio: "inherit" } to see the output.',
        ],
        `try {\n  execSync(${JSON.stringify(cmdOf(c).slice(0, 80))}, { stdio: 'pipe' });\n} catch (err) {\n  console.error(err.status, String(err.stderr));\n}`,
      ),
    ],
    references: [NODE_CHILD_PROCESS],
    samples: [
      "{\"message\":\"Command failed: \",\"name\":\"Error\",\"stack\":\"Error: Command failed: \\n    at ChildProcess.exithandler (child_process.js:637:15)\\n    at ChildProcess.EventEmitter.emit (events.js:98:17)\\n    at maybeClose (child_process.js:743:16)\\n    at Process.ChildProcess._handle.onexit (child_process.js:810:5)\",\"code\":1,\"signal\":null},\"msg\":\"Command failed: \"",
      "Error: [git-rev-sync] failed to execute command: fatal: Not a git repository (or\n any of the parent directories): .git\n\n    at _command (E:\\Work\\app\\node_modules\\git-rev-sync\\index.js:20:13)",
      'Error: Command failed: yarn tsc\n    at checkExecSyncError (node:child_process:890:11)\n    at execSync (node:child_process:962:15)\n    at /builds/scripts/tsc.ts:30:13 {\n  status: 129,\n  signal: null\n}',
      "download err:  Error: 'git clone' failed with status 128\n    at ChildProcess.<anonymous> (/Users/me/test-cli/node_modules/git-clone/index.js:33:22)\n    at ChildProcess.emit (events.js:182:13)\n    at maybeClose (internal/child_process.js:961:16)",
    ],
  },
  {
    id: 'python.kodi-script-error',
    language: 'python',
    // Kodi's log of a Python add-on's exception: "Error Type: <class 'requests.exceptions.ConnectionError'>", then
    // "Error Contents: …" and the traceback. The class named there is what the script raised.
    match: /\bError Type: <(?:class|type) '(?:[A-Za-z_]\w{0,60}\.){0,6}(?<cls>[A-Za-z_]\w{0,80})'>(?:\s{0,200}Error Contents: (?<detail>[^\n]{0,300}))?/,
    requires: /Error Type: </,
    errorType: (c) => c.cls,
    category: 'runtime',
    priority: 5,
    summary: (c) => `A Kodi add-on's Python script raised ${c.cls}${c.detail ? `: ${c.detail.trim().slice(0, 200)}` : ''}.`,
    explanation: (c) =>
      `Kodi runs add-ons in its embedded Python and logs an uncaught exception as "EXCEPTION Thrown (PythonToCppException)", with the class under "Error Type" and its message under "Error Contents". The add-on raised ${c.cls}; the message and the traceback under it say where and why.`,
    causes: ['A service the add-on talks to that is not running or not reachable (a local server, a web API)', 'A bug in the add-on, or an add-on too old for this Kodi or Python version', 'Settings of the add-on that point to a wrong address or path'],
    fixes: (c) => [
      fix(`Read the traceback under ${c.cls} in kodi.log`, [
        `Open kodi.log (Settings › System › Logging, debug logging on), find the "Error Contents" line${c.detail ? ` (${c.detail.trim().slice(0, 160)})` : ''} and the traceback below it, and check the setting or service it names.`,
        'Update the add-on, or report the traceback to its author.',
      ]),
    ],
    references: [KODI_PYTHON],
    samples: [
      "2024-07-10 14:04:07.283 T:4345    error <general>: EXCEPTION Thrown (PythonToCppException) : -->Python callback/script returned the following error<--\n                                                   Error Type: <class 'requests.exceptions.ConnectionError'>\n                                                   Error Contents: HTTPConnectionPool(host='127.0.0.1', port=5665): Max retries exceeded with url: /settings",
    ],
  },
  {
    id: 'git.not-a-git-command',
    language: 'git',
    // Also inside a GUI's log (GitHub Desktop's "exited with an unexpected code: 128. stderr: …"): git could not find
    // the subcommand or helper, which for 'remote-https' means a git without its curl-based transport.
    match: /\bgit: '(?<sub>[^'\n]{1,100})' is not a git command\b/,
    requires: /is not a git command/,
    errorType: 'is not a git command',
    category: 'configuration',
    priority: 10,
    summary: (c) => `git has no command named '${c.sub}'.`,
    explanation: (c) =>
      /^remote-/.test(c.sub)
        ? `git runs a helper program (git-${c.sub}) for the URL's protocol and could not find it: the git installation lacks its transport helpers (a minimal or broken build, a git from another installation on PATH, a missing libcurl).`
        : `git looked for a built-in or an executable git-${c.sub} on its exec path and found neither: a typo, an alias that is not defined, or an extension (git-lfs, git-flow) that is not installed.`,
    causes: ['A typo in the subcommand or an undefined alias', 'A git extension (git-lfs, git-flow) that is not installed', 'A git build without its helpers (git-remote-https needs libcurl), or two git installations mixed on PATH'],
    fixes: (c) => [
      fix(
        /^remote-/.test(c.sub) ? 'Reinstall git with its transport helpers' : `Install or spell the command git-${c.sub}`,
        [/^remote-/.test(c.sub) ? `Check that git --exec-path contains git-${c.sub}; reinstall git (or the app's bundled git) so that it does.` : 'Run git help -a to list the commands this git knows; install the extension that provides it.'],
        'git --exec-path\nls "$(git --exec-path)" | grep remote-',
      ),
    ],
    references: [GIT_HELP],
    samples: [
      "stderr:\nCloning into 'C:\\Users\\me\\Documents\\GitHub\\repo'...\ngit: 'remote-https' is not a git command. See 'git --help'.",
    ],
  },
  {
    id: 'git.could-not-read-username',
    language: 'git',
    // git needed credentials for an HTTPS remote and was not allowed to ask (GIT_TERMINAL_PROMPT=0 in go get, CI
    // checkouts, GUIs and services): also inside the wrapping tool's output ("The process '/usr/bin/git' failed").
    match: /\bcould not read (?<what>Username|Password) for '(?<url>[^'\n]{1,300})': (?<why>terminal prompts disabled|No such device or address|No such file or directory|Device not configured)/,
    requires: /could not read (?:Username|Password) for '/,
    errorType: (c) => `could not read ${c.what}`,
    category: 'configuration',
    priority: 20,
    summary: (c) => `git needed a ${c.what.toLowerCase()} for ${c.url} and could not ask for one (${c.why}).`,
    explanation: (c) =>
      `The remote ${c.url} asked for HTTPS credentials, no credential helper supplied them, and git could not prompt: the command ran without a terminal or with GIT_TERMINAL_PROMPT=0 (go get, CI checkouts, GUI clients, services). For a private repository git needs a token or an SSH URL; for a public one, the URL is usually wrong (a typo or a renamed repository also asks for credentials).`,
    causes: ['A private repository fetched without a token or credential helper', 'go get / go mod download of a private module (it disables prompts)', 'A wrong or renamed repository URL (the server answers 401 and git asks for a login)', 'A CI checkout whose token lacks access to the repository'],
    fixes: (c) => [
      fix(`Give git credentials for ${c.url} without a prompt`, [
        'Use a credential helper or a token in the URL\'s configuration (url.<base>.insteadOf), or switch the remote to SSH.',
        `For Go modules, set GOPRIVATE and configure git for the host; in CI, pass a token with access to the repository. Check that the URL is right: a wrong one also ends in "could not read ${c.what}" (${c.why}).`,
      ], 'git config --global url."git@github.com:".insteadOf "https://github.com/"\n# or: git config --global credential.helper store'),
    ],
    references: [ref('Git: gitcredentials(7)', 'https://git-scm.com/docs/gitcredentials'), ref('Go FAQ: Why does "go get" use HTTPS when cloning a repository?', 'https://go.dev/doc/faq#git_https')],
    samples: [
      "  Error: fatal: could not read Username for 'https://github.com': terminal prompts disabled\n  The process '/usr/local/bin/git' failed with exit code 128",
      "cd .; git clone https://github.com/wealdtech/go-domainsale /home/dani/go/src/github.com/wealdtech/go-domainsale\nCloning into '/home/dani/go/src/github.com/wealdtech/go-domainsale'...\nfatal: could not read Username for 'https://github.com': terminal prompts disabled\npackage github.com/wealdtech/go-domainsale/domainsalecontract: exit status 128",
    ],
  },
  {
    id: 'java.cannot-run-program',
    language: 'java',
    // ProcessBuilder.start (Runtime.exec) could not start the child at all; also as a Minecraft mod or a job runner
    // shows it ("Error java.io IOException: Cannot run program …"). The child never ran: its name or directory is wrong.
    match:
      /\bIOException:? Cannot run program "(?<prog>[^"\n]{1,300})"(?: \(in directory "(?<dir>[^"\n]{1,300})"\))?:? (?:CreateProcess )?error=(?<errno>\d{1,5}), (?<why>[^\n(]{1,160})/,
    requires: /Cannot run program "/,
    errorType: 'IOException',
    category: 'io',
    priority: 12,
    summary: (c) => `The Java program could not start "${c.prog}": ${c.why.replace(/[\s.]+$/, '')}.`,
    explanation: (c) =>
      `ProcessBuilder.start (or Runtime.exec) looks the program up itself${c.dir ? `, relative to the directory "${c.dir}"` : ''}, using the PATH of the Java process, not of your shell. error=${c.errno} (${c.why.replace(/[\s.]+$/, '')}) means ${c.errno === '2' ? 'no such file: the program is not installed, not on that PATH, or the name is wrong (python vs python3, a path with quotes in it)' : c.errno === '13' ? 'permission denied: the file is not executable' : 'the operating system refused to start it'}. The program never ran, so there is no output of its own.`,
    causes: [
      'The program is not installed, or installed under another name (python3, not python)',
      'The Java process runs with another PATH than your terminal (an IDE, a service, a Gradle daemon, a YARN container)',
      'A configured path with extra quotes or a wrong working directory',
    ],
    fixes: (c) => [
      fix(`Give Java the full path to ${c.prog}`, [
        `Check where the program is (which ${c.prog.split(/[\\/]/).pop()} / where ${c.prog.split(/[\\/]/).pop()}) and configure that absolute path in the tool or code that starts it, without extra quotes${c.dir ? `; the working directory was "${c.dir}"` : ''}.`,
        `Or install it / add its directory to the PATH the Java process sees (restart the IDE or daemon afterwards): error=${c.errno}, ${c.why.replace(/[\s.]+$/, '')}.`,
      ], `new ProcessBuilder("/usr/bin/python3", "script.py").inheritIO().start();`),
    ],
    references: [ref('Java SE API: ProcessBuilder.start()', 'https://docs.oracle.com/en/java/javase/21/docs/api/java.base/java/lang/ProcessBuilder.html#start()')],
    samples: [
      'Error java.io IOException: Cannot run program "python" (in directory "mcpipy/pythontool") error=2, No such file or directory.',
      'Exception in thread "main" java.io.IOException: Cannot run program "python2" (in directory "."): error=2, No such file or directory\n\tat java.lang.ProcessBuilder.start(ProcessBuilder.java:1048)\nCaused by: java.io.IOException: error=2, No such file or directory',
    ],
  },
];
