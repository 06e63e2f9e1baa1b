import type { Captures, ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * Windows' shells (language 'shell'): PowerShell's error records and cmd.exe's messages. A PowerShell
 * error's type is the .NET exception its record names ("CategoryInfo : … [Cmdlet], WebException"), or
 * the one PowerShell raises for that message when the record is not shown (PowerShell 7's concise view).
 */

const PS_DOCS = 'https://learn.microsoft.com/powershell/module';

/** The exception PowerShell raises for each message the pattern reads, when only the message is shown. */
const MESSAGE_EXCEPTION: readonly (readonly [RegExp, string])[] = [
  [/running scripts is disabled|script execution is disabled on this system|is not digitally signed/, 'PSSecurityException'],
  [/Cannot find path '/, 'ItemNotFoundException'],
  [/A parameter cannot be found that matches parameter name/, 'ParameterBindingException'],
  [/Cannot bind argument to parameter/, 'ParameterBindingValidationException'],
  [/You cannot call a method on a null-valued expression|Cannot index into a null array/, 'RuntimeException'],
  [/The remote server returned an error|The underlying connection was closed|The request was aborted/, 'WebException'],
  [/Missing closing '[})\]]'|The string is missing the terminator/, 'ParseException'],
];

function psException(c: Captures): string {
  // A record's exception name that the console wrapped onto the next line ("ItemNotFoundE\n   xception") is one word.
  if (c.exception) return c.exception.replace(/\s+/g, '');
  const text = c.message ?? '';
  return MESSAGE_EXCEPTION.find(([re]) => re.test(text))?.[1] ?? 'RuntimeException';
}

const PS_WHY: Readonly<Record<string, string>> = {
  PSSecurityException:
    "PowerShell's execution policy forbids running script files on this machine (Restricted is the default on Windows clients), or requires a signature the script does not have (AllSigned, or RemoteSigned for a downloaded file).",
  ItemNotFoundException: 'The path does not exist as written: a relative path resolved from the current location, which is not the script\'s folder, or a variable that expanded to something else.',
  ParameterBindingException: 'The cmdlet has no parameter by that name in this version of PowerShell (Windows PowerShell 5.1 and PowerShell 7 differ), or a typo.',
  ParameterBindingValidationException: 'A parameter was given $null or an empty value: a variable that was never set, or a lookup that found nothing.',
  RuntimeException: 'A method was called or an index taken on $null: the variable was never set, or the command that should have filled it returned nothing.',
  UnauthorizedAccessException: 'The account running PowerShell may not access that path: it needs an elevated session, or the file is read-only or held by another program.',
  WebException: 'The web request failed: an HTTP error status from the server, a name that does not resolve, or TLS (Windows PowerShell 5.1 defaults to old TLS versions some servers refuse).',
  HttpResponseException: 'The server answered the web request with an error status.',
  ParseException: 'The script does not parse: an unclosed brace, bracket or quote, or a character PowerShell reads as an operator.',
  CommandNotFoundException: 'The command is not a cmdlet, function, alias or program on PATH in this session.',
  MethodInvocationException: 'A .NET method called from PowerShell threw an exception; the message after "with" is that exception\'s.',
  IOException: 'A file operation failed: the file is in use by another program, or the path is invalid.',
};

export const POWERSHELL_CMD_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'shell.powershell-error',
    language: 'shell',
    match:
      /^\s{0,8}\+ CategoryInfo\s{0,20}: (?<category>\w{1,40}): (?:\([^\n]{0,300}\) )?\[(?<cmdlet>[^\]\n]{0,100})\][,，] ?(?<exception>[A-Z]\w{1,100}(?:\r?\n {1,8}\w{1,60}(?=\r?\n|$))?)|(?<message>(?:(?:File [^\n]{1,300}? )?cannot be loaded because\s{1,12}running scripts is disabled on this\s{1,12}system|Cannot load the file [^\n]{1,300}? because script execution is disabled on this system|(?<=(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm) ?: )(?:The underlying connection was closed|The request was aborted): [^\n]{1,150}|(?<=\. )The file [^\n]{1,300}? is not digitally signed|Cannot find path '(?<path>[^'\n]{1,300})'(?: because|[ \t]{0,4}\r?\n[ \t]{0,8}\|[ \t]{0,4}because) it does not exist|A parameter cannot be found that matches parameter name '(?<param>[^'\n]{1,100})'|Cannot bind argument to parameter '(?<param2>[^'\n]{1,100})' because it is (?:null|an empty string)|You cannot call a method on a null-valued expression|Cannot index into a null array|The remote server returned an error: \((?<status>\d{3})\)[^\n]{0,100}|Missing closing '[})\]]' in statement block[^\n]{0,100}|The string is missing the terminator: [^\n]{1,10})\.?)/m,
    requires: /CategoryInfo|running scripts is disabled|script execution is disabled|The underlying connection was closed|The request was aborted|is not digitally signed|Cannot find path '|matches parameter name|Cannot bind argument to parameter|null-valued expression|Cannot index into a null array|The remote server returned an error|Missing closing '|missing the terminator/,
    errorType: psException,
    category: 'runtime',
    priority: 30,
    summary: (c) => {
      const exception = psException(c);
      if (exception === 'PSSecurityException') return 'PowerShell refused to run the script: script execution is disabled by the execution policy.';
      return `PowerShell${c.cmdlet ? `'s ${c.cmdlet}` : ''} failed with ${exception}${c.message ? `: ${c.message}` : ''}`.replace(/\.?$/, '.');
    },
    explanation: (c) => PS_WHY[psException(c)] ?? `PowerShell reports the failure as ${psException(c)}; the message above the "+ CategoryInfo" line says what happened, and the line with ~~~ points at the command.`,
    causes: (c) => {
      const e = psException(c);
      if (e === 'PSSecurityException') return ['Execution policy Restricted (the Windows default) or AllSigned', 'A downloaded script blocked by RemoteSigned (Zone.Identifier)'];
      if (e === 'RuntimeException' || e === 'ParameterBindingValidationException') return ['A variable that was never assigned', 'A command that returned nothing'];
      return ['A path, name or value other than the script assumes', 'A difference between Windows PowerShell 5.1 and PowerShell 7'];
    },
    fixes: (c) => {
      const e = psException(c);
      if (e === 'PSSecurityException')
        return [fix('Allow local scripts for your user', ['Set the policy for the current user (no administrator needed), or bypass it for one run; unblock a downloaded script.'], 'Set-ExecutionPolicy -Scope CurrentUser -ExecutionPolicy RemoteSigned\npowershell -ExecutionPolicy Bypass -File .\\build.ps1\nUnblock-File .\\build.ps1')];
      if (c.path) return [fix(`Check ${c.path}`, ['Build paths from the script\'s folder ($PSScriptRoot) rather than the current location; test them first.'], `Test-Path '${c.path}'\n$config = Join-Path $PSScriptRoot 'config.json'`)];
      if (c.param || c.param2) return [fix(`Check the parameter ${c.param ?? c.param2}`, ['Read the cmdlet\'s parameters in this PowerShell version, and make sure the value passed is set.'], `Get-Help ${c.cmdlet || '<cmdlet>'} -Parameter *\n$PSVersionTable.PSVersion`)];
      if (e === 'WebException' || e === 'HttpResponseException')
        return [fix('See the full response, and use TLS 1.2 on Windows PowerShell', ['Catch the error to read the status and body; on 5.1, enable TLS 1.2 before the request.'], '[Net.ServicePointManager]::SecurityProtocol = [Net.SecurityProtocolType]::Tls12\ntry { Invoke-WebRequest -Uri $url -UseBasicParsing } catch { $_.Exception.Response.StatusCode; $_.ErrorDetails.Message }')];
      return [fix('Find the value that is not what the script expects', ['Stop on the first error and print the variables the failing line uses.'], "$ErrorActionPreference = 'Stop'\nSet-PSDebug -Trace 1\n$Error[0] | Format-List * -Force")];
    },
    references: [ref('about_Execution_Policies', `${PS_DOCS}/microsoft.powershell.core/about/about_execution_policies`), ref('about_Try_Catch_Finally', `${PS_DOCS}/microsoft.powershell.core/about/about_try_catch_finally`)],
    samples: [
      '.\\build.ps1 : File C:\\dev\\build.ps1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.\nAt line:1 char:1\n+ .\\build.ps1\n+ ~~~~~~~~~~~\n    + CategoryInfo          : SecurityError: (:) [], PSSecurityException\n    + FullyQualifiedErrorId : UnauthorizedAccess',
      "Get-Item: Cannot find path 'C:\\app\\config.json' because it does not exist.",
      'At C:\\scripts\\deploy.ps1:12 char:5\n+     Invoke-WebRequest -Uri $url -OutFile $out\n+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
    ],
  },
  {
    id: 'shell.cmd-message',
    language: 'shell',
    // cmd.exe's and Windows' system messages as a command prints them, alone on their line.
    match: /^(?<message>The system cannot find the (?:path|file) specified|Access is denied|The process cannot access the file because it is being used by another process|The filename, directory name, or volume label syntax is incorrect|The directory is not empty|The syntax of the command is incorrect|The system cannot find the drive specified|A required privilege is not held by the client)\.?[ \t\r]*$/m,
    errorType: (c) => c.message ?? 'Windows error',
    category: 'io',
    priority: 20,
    summary: (c) => `Windows refused the command: ${c.message}.`,
    explanation: (c) => {
      const m = c.message ?? '';
      if (m.startsWith('The system cannot find')) return 'A path in the command does not exist as written: a relative path from another folder, a missing quote around a path with spaces, or a forward slash cmd.exe read as an option.';
      if (m === 'Access is denied') return 'The account may not do this: the folder needs an elevated prompt (Program Files, Windows), the file is read-only, or antivirus holds it.';
      if (m.startsWith('The process cannot access')) return 'Another program has the file open: the running app itself, an editor, a file watcher, antivirus or a search indexer.';
      if (m === 'A required privilege is not held by the client') return 'Creating symbolic links (mklink, git with symlinks, npm) needs administrator rights or Windows Developer Mode.';
      return 'cmd.exe could not read the command or the path as given: quotes, spaces or characters it treats specially (& | < > ^).';
    },
    causes: ['A path that is relative, unquoted with spaces, or missing', 'Missing administrator rights', 'A file held open by another program'],
    fixes: (c) => [
      c.message?.startsWith('The process cannot access')
        ? fix('Find and close the program holding the file', ['Stop the running app or dev server; Resource Monitor (resmon) → CPU → Associated Handles finds the holder.'], 'tasklist | findstr node\ntaskkill /IM node.exe /F')
        : fix('Check the path and the rights', ['Quote paths with spaces, use backslashes, and run an elevated prompt where system folders are involved.'], 'dir "C:\\Program Files\\App"\ncd /d "%~dp0"'),
    ],
    references: [ref('Windows commands', 'https://learn.microsoft.com/windows-server/administration/windows-commands/windows-commands')],
    samples: ['The system cannot find the path specified.', 'Access is denied.', 'The process cannot access the file because it is being used by another process.'],
  },
];
