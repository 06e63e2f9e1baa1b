import type { ErrorPattern } from '../rules/error-pattern';
import { fix, ref } from './answer-parts';

/**
 * macOS's own refusals as a shell user meets them (language 'shell'): the Command Line Tools after an
 * upgrade, Intel binaries on Apple Silicon, Gatekeeper's quarantine, and Homebrew's prefix and keg errors.
 */


export const MACOS_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'shell.macos-developer-tools',
    language: 'shell',
    match: /xcrun: error: (?<phrase>invalid active developer path) \((?<path>[^)\n]{1,300})\)/,
    errorType: 'invalid active developer path',
    category: 'configuration',
    priority: 45,
    summary: "macOS's Command Line Tools are missing: git, make, clang and friends cannot run.",
    explanation: (c) =>
      `On macOS, git, make, cc and the other developer commands are stubs that call xcrun, which looks for the Command Line Tools in ${c.path}. They are not there: a macOS upgrade removes them, and a new Mac does not have them until installed.`,
    causes: ['A macOS upgrade removed the Command Line Tools', 'The tools were never installed, or xcode-select points at a removed Xcode'],
    fixes: (c) => [fix('Install the Command Line Tools again', ['Run the installer; if Xcode is installed instead, point xcode-select at it.'], `xcode-select --install\n# with Xcode installed:\nsudo xcode-select --switch /Applications/Xcode.app/Contents/Developer\n# a stale path (${c.path}):\nsudo xcode-select --reset`)],
    references: [ref('Apple: Installing the command line tools', 'https://developer.apple.com/documentation/xcode/installing-the-command-line-tools/')],
    samples: ['xcrun: error: invalid active developer path (/Library/Developer/CommandLineTools), missing xcrun at: /Library/Developer/CommandLineTools/usr/bin/xcrun'],
  },
  {
    id: 'shell.macos-bad-cpu-type',
    language: 'shell',
    match: /(?<![\w-])[Bb]ad CPU type in executable(?:: (?<file>\S{1,300}))?/,
    errorType: 'Bad CPU type in executable',
    category: 'runtime',
    priority: 40,
    summary: 'macOS cannot run this program on this processor.',
    explanation:
      'The executable is built for another CPU architecture. On an Apple Silicon Mac, an Intel (x86_64) program needs Rosetta 2, which is not installed by default; 32-bit and PowerPC programs do not run on any current macOS.',
    causes: ['An Intel-only binary on Apple Silicon without Rosetta 2', 'A 32-bit or PowerPC binary on a current macOS', 'A tool installed for the other architecture (an Intel Homebrew under /usr/local)'],
    fixes: (c) => [fix(`Install Rosetta 2, or use a build for this Mac${c.file ? ` instead of ${c.file}` : ''}`, ['Check which architectures the file has; install Rosetta for Intel-only binaries, or install the arm64 build.'], `file ${c.file ?? './program'}\nsoftwareupdate --install-rosetta --agree-to-license`)],
    references: [ref('Apple: If you need to install Rosetta on your Mac', 'https://support.apple.com/102527')],
    samples: ['zsh: bad CPU type in executable: ./app', 'bash: /usr/local/bin/brew: Bad CPU type in executable'],
  },
  {
    id: 'shell.macos-gatekeeper',
    language: 'shell',
    match: /[“"](?<name>[^”"\n]{1,200})[”"] (?<phrase>cannot be opened because the developer cannot be verified|is damaged and can[’']t be opened|cannot be opened because Apple cannot check it for malicious software|can[’']t be opened because Apple cannot check it for malicious software)/,
    errorType: (c) => (c.phrase ?? '').replace(/’/g, "'"),
    category: 'permission',
    priority: 40,
    summary: (c) => `macOS Gatekeeper blocked ${c.name}: it came from the internet and is not notarised.`,
    explanation: (c) =>
      `Files downloaded by a browser (and some tools) carry the com.apple.quarantine attribute. Gatekeeper then refuses to run ${c.name} unless it is signed by an identified developer and notarised by Apple; "is damaged" is the same check on Apple Silicon for an unsigned program, not a corrupt download.`,
    causes: ['An unsigned or un-notarised program downloaded from the internet', 'A binary extracted from a quarantined archive (a CLI tool, a driver)'],
    fixes: (c) => [fix(`Allow ${c.name} once you trust it`, ['Open it from Finder with right-click → Open, or remove the quarantine attribute from the file.'], `xattr -d com.apple.quarantine ${/[\s/]/.test(c.name ?? '') ? `"${c.name}"` : (c.name ?? './app')}\n# a whole app bundle:\nxattr -dr com.apple.quarantine "/Applications/${c.name}.app"`)],
    references: [ref('Apple: Safely open apps on your Mac', 'https://support.apple.com/102445')],
    samples: ['“app” cannot be opened because the developer cannot be verified.', '"Docker" is damaged and can\'t be opened. You should move it to the Trash.'],
  },
  {
    id: 'shell.homebrew',
    language: 'shell',
    match: /Error: (?<prefix>Cannot install in Homebrew on ARM processor in Intel default prefix) \((?<path>[^)\n]{1,200})\)|Error: (?<keg>No such keg): (?<keg2>\S{1,300})|Error: (?<notWritable>The following directories are not writable by your user)|Warning: (?<pathDir>\/\S{1,200}) is (?<notInPath>not in your PATH)|Error: (?<apply>Permission denied @ (?:apply2files|dir_s_mkdir|rb_sysopen|unlink_internal)) - (?<path2>\S{1,300})/,
    requires: /Homebrew|No such keg|not writable by your user|not in your PATH|Permission denied @ /,
    // Ruby's Errno::EACCES ("Permission denied @ dir_s_mkdir - path"): the system error it is, not the Ruby function (README).
    errorType: (c) => c.prefix ?? c.keg ?? c.notWritable ?? (c.notInPath ? 'not in your PATH' : undefined) ?? (c.apply ? 'Permission denied' : 'Homebrew error'),
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.prefix
        ? 'An Intel Homebrew (under /usr/local) is being run on an Apple Silicon Mac.'
        : c.keg
          ? `Homebrew has no installed package at ${c.keg2}.`
          : c.notInPath
            ? `Homebrew's ${c.pathDir} is not on PATH, so what it installs is not found.`
            : `Homebrew cannot write to ${c.path2 ?? 'its own folders'}: it belongs to another user (often root, after sudo).`,
    explanation: (c) =>
      c.prefix
        ? 'On Apple Silicon, Homebrew lives in /opt/homebrew. A /usr/local installation (migrated from an Intel Mac, or installed under Rosetta) is the Intel one, and refuses to install arm64 packages there.'
        : c.keg
          ? 'The formula is not installed (or was installed under another name or version), so there is nothing to link, unlink or uninstall.'
          : c.notInPath
            ? "The installer finished, but the shell's PATH was never updated: the brew shellenv line was not added to ~/.zprofile (Apple Silicon's /opt/homebrew/bin is not on the default PATH)."
            : `Homebrew runs as your user and must own its prefix. A sudo brew (or sudo of an install script) left root-owned files in it, or the folder was created by another user or an installer${c.apply ? ` (Ruby reported ${c.apply}: the system refused the operation)` : ''}. On Intel Macs the prefix is /usr/local, shared with other installers.`,
    causes: ['An Intel Homebrew migrated to Apple Silicon', 'brew shellenv not added to the shell profile', 'sudo used with brew, leaving root-owned files'],
    fixes: (c) => {
      if (c.prefix) return [fix(`Install the Apple Silicon Homebrew in /opt/homebrew (not ${c.path})`, ['Install Homebrew again natively, then reinstall your formulae there.'], '/bin/bash -c "$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)"\neval "$(/opt/homebrew/bin/brew shellenv)"')];
      if (c.notInPath) return [fix(`Put ${c.pathDir} on PATH`, ['Add brew shellenv to your profile and open a new terminal.'], `echo 'eval "$(${c.pathDir}/brew shellenv)"' >> ~/.zprofile\neval "$(${c.pathDir}/brew shellenv)"`)];
      if (c.keg) return [fix('Check what is installed', ['List installed formulae and use the exact name (and version suffix).'], 'brew list --versions\nbrew info <formula>')];
      return [
        fix(`Give the Homebrew folders back to your user${c.path2 ? ` (${c.path2})` : ''}`, ['Change the owner of the Homebrew prefix to yourself (create a missing folder first); never run brew with sudo.'], `${c.path2 ? `ls -ld ${c.path2} "$(dirname ${c.path2})"\nsudo mkdir -p ${c.path2}\nsudo chown -R "$(whoami)":admin ${c.path2}\n` : ''}sudo chown -R "$(whoami)" "$(brew --prefix)"/*\nbrew doctor`),
      ];
    },
    references: [ref('Homebrew: Installation', 'https://docs.brew.sh/Installation'), ref('Homebrew: FAQ', 'https://docs.brew.sh/FAQ')],
    samples: [
      'Error: Cannot install in Homebrew on ARM processor in Intel default prefix (/usr/local)!',
      'Warning: /opt/homebrew/bin is not in your PATH.',
      '==> Pouring jq-1.7.1.sonoma.bottle.tar.gz\nError: An unexpected error occurred during the `brew link` step\nThe formula built, but is not symlinked into /usr/local\nPermission denied @ dir_s_mkdir - /usr/local/Frameworks\nError: Permission denied @ dir_s_mkdir - /usr/local/Frameworks',
      'Error: Permission denied @ apply2files - /usr/local/lib/node_modules/npm/node_modules/.bin/node-gyp',
    ],
  },
];
