/**
 * A fifth catalog pass over the shell family, from everyday command-line errors as people paste them: Homebrew's own
 * messages, snap's classic confinement, crontab's missing newline, cp's relative symlinks, systemctl status's exit
 * status of systemd's own steps, scp's refused file names, old rsync's code 23, apk's missing index, ssh-add's key
 * errors, apt 3's "Error:" prefix, PowerShell's wrapped records and messages, fish's and zsh's wordings in a function
 * or a sourced file. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the shell family's fifth catalog pass", () => {
  it.each([
    [
      'user@veo:~/plain/tmp> cp -rs genode /tmp/genode/\ncp: /tmp/genode/genode/file1: can make relative symbolic links only in current directory\ncp: /tmp/genode/genode/file2: can make relative symbolic links only in current directory',
      'shell',
      'can make relative symbolic links only in current directory',
    ],
    ['/bin/rm: cannot execute [Argument list too long]', 'shell', 'Argument list too long'],
    ['too many levels of symbolic links: xcunsign', 'shell', 'Too many levels of symbolic links'],
    [
      '● webssh.service - Celery Service\n   Loaded: loaded (/usr/lib/systemd/system/webssh.service; enabled; vendor preset: disabled)\n   Active: failed (Result: exit-code) since 一 2018-02-26 16:31:37 CST; 1min 31s ago\n  Process: 3693 ExecStart=/usr/bin/forever start --minUptime 1000 --spinSleepTime 1000 index.js (code=exited, status=203/EXEC)\n Main PID: 3693 (code=exited, status=203/EXEC)',
      'shell',
      '203/EXEC',
    ],
    ['Apr 24 12:39:55 myhost systemd[1]: myservice.service: Control process exited, code=exited, status=219/CGROUP', 'shell', '219/CGROUP'],
    [
      'rsync error: some files could not be transferred (code 23) at /SourceCache/rsync/rsync-42/rsync/main.c(992) [sender=2.6.9]',
      'shell',
      'some files could not be transferred',
    ],
    [
      'C:\\Users\\Administrator\\ijkplayer-android\\android\\contrib\\build\\ffmpeg-armv5\\toolchain\\bin\\awk.exe: syntax error at source line 1\n context is\n         >>> C: <<<',
      'shell',
      'syntax error',
    ],
    [
      '$ sudo msm server create minecraft\nCreating server directory... Done.\nDownloading latest version... Done.\nsu: user  does not exist',
      'shell',
      'user does not exist',
    ],
    ['176-67-23-67:~ roman$ brew gist-logs wget\nError: No available formula with the name "wget"', 'shell', 'No available formula'],
    [
      'Error: No available formula with the name "homebrew/core/flexbar" \n==> Searching for a previously deleted formula (in the last month)...\nError: No previously deleted formula found.\n==> Searching for similarly named formulae...\nError: No similarly named formulae found.',
      'shell',
      'No available formula',
    ],
    ['~|⇒ brew install fpp\nError: No available formula for fpp\nSearching formulae...\nSearching taps...', 'shell', 'No available formula'],
    [
      'Error: The `brew link` step did not complete successfully\nThe formula built, but is not symlinked into /opt/homebrew\nCould not symlink bin/pkg-config\nTarget /opt/homebrew/bin/pkg-config\nis a symlink belonging to pkg-config@0.29.2. You can unlink it:\n  brew unlink pkg-config@0.29.2',
      'shell',
      'The `brew link` step did not complete successfully',
    ],
    [
      '==> Pouring libev-4.24.high_sierra.bottle.tar.gz\nError: The `brew link` step did not complete successfully\nThe formula built, but is not symlinked into /usr/local\nCould not symlink .\n/usr/local/opt is not writable.\n\nYou can try again using:\n  brew link libev',
      'shell',
      'The `brew link` step did not complete successfully',
    ],
    [
      'Error: Could not symlink bin/easy_install\nTarget /usr/local/bin/easy_install\nis a symlink belonging to python. You can unlink it:\n  brew unlink python\n\nTo force the link and overwrite all conflicting files:\n  brew link --overwrite python3',
      'shell',
      'Could not symlink',
    ],
    [
      'Error: Could not link:\n.../main/homebrew/etc/bash_completion.d/brew\n\nPlease delete these paths and run `brew update`.',
      'shell',
      'Could not link',
    ],
    [
      '==> Upgrading homebrew/science/mummer \nError: Cannot install homebrew/science/mummer because conflicting formulae are installed.\n  gd: because /usr/local/bin/annotate is a symlink belonging to gd\n\nPlease `brew unlink gd` before continuing.',
      'shell',
      'conflicting formulae are installed',
    ],
    [
      'Error: Cannot install coreutils because conflicting formulae are installed.\n  md5sha1sum: because both install `md5sum` and `sha1sum` binaries\n\nPlease `brew unlink md5sha1sum` before continuing.',
      'shell',
      'conflicting formulae are installed',
    ],
    [
      '$ snap install gh\nerror: snap "gh" requires classic confinement which is only available on classic systems',
      'shell',
      'only available on classic systems',
    ],
    [
      '> snap install micro --stable --classic\nerror: cannot install "micro": classic confinement requires snaps under /snap or symlink from /snap to /var/lib/snapd/snap',
      'shell',
      'classic confinement requires snaps under /snap',
    ],
    ["new crontab file is missing newline before EOF, can't install.", 'shell', 'missing newline before EOF'],
    [
      'Error: Refusing to uninstall gstreamer-runtime\nbecause it is required by wine-stable, which is currently installed.\nYou can override this and force removal with:\n  brew uninstall --ignore-dependencies gstreamer-runtime',
      'shell',
      'Refusing to uninstall',
    ],
    [
      '$ ./linuxify uninstall\nError: Refusing to uninstall /usr/local/Cellar/python@3.9/3.9.1_6\nbecause it is required by cairo, gdk-pixbuf, glances, glib, gobject-introspection, graphviz, gts, harfbuzz, imagemagick, libheif, liblqr, librsvg, pango, plantuml, shared-mime-info, sphinx-doc and termtosvg, which are currently installed.\nYou can override this and force removal with:\n  brew uninstall --ignore-dependencies python',
      'shell',
      'Refusing to uninstall',
    ],
    [
      '$ brew uninstall gcc\nError: Refusing to uninstall /usr/local/Cellar/gcc/14.2.0_1\nbecause it is required by emacs-plus@30 and libgccjit, which are currently installed.\nYou can override this and force removal with:\n  brew uninstall --ignore-dependencies gcc',
      'shell',
      'Refusing to uninstall',
    ],
    ["Error: It seems there is already an App at '/Applications/Hope Agent.app'.", 'shell', 'there is already an App'],
    [
      "✔︎ Cask mindwtr (0.9.6)\n✔︎ Cask mos (4.2.1,20260531.1)\nError: Problems with multiple casks:\nmindwtr: It seems the App source '/Applications/Mindwtr.app' is not there.\nmos: It seems the App source '/Applications/Mos.app' is not there.",
      'shell',
      'App source is not there',
    ],
    [
      "✔︎ Cask megacmd-app (2.5.2)\nError: megacmd-app: It seems the App source '/Applications/MEGAcmd.app' is not there.",
      'shell',
      'App source is not there',
    ],
    ["Warning: Cask 'western' is unavailable: No Cask with this name exists.", 'shell', 'No Cask with this name exists'],
    [
      "$ brew cask install mellow\nError: Cask 'mellow' is unavailable: No Cask with this name exists.",
      'shell',
      'No Cask with this name exists',
    ],
    [
      'brew install kube-shell\nError: No available formula with the name "kube-shell"\n==> Searching for a previously deleted formula...\nWarning: homebrew/core is shallow clone. To get complete history run:\n  git -C "$(brew --repo homebrew/core)" fetch --unshallow\n\nError: No previously deleted formula found.\n==> Searching for similarly named formulae...\n==> Searching local taps...\nError: No similarly named formulae found.\n==> Searching taps...\n==> Searching taps on GitHub...\nError: Not a directory @ rb_sysopen - /tmp/github_api_headers20171218-39359-v8um17',
      'shell',
      'No available formula',
    ],
    [
      '$ brew install hive\nError: Cannot install hive because conflicting formulae are installed.\n\n  apache-spark: because both install `beeline` binaries\n\nPlease `brew unlink apache-spark` before continuing.',
      'shell',
      'conflicting formulae are installed',
    ],
    [
      '. : Cannot load the file C:\\Users\\Roby3\\Documents\\WindowsPowerShell\\Microsoft.PowerShell_profile.ps1 because script execution is disabled on this system. For more information, see about_Execution_Policies at https://go.microsoft.com/fwlink/?LinkID=135170.\nAt line character: 1:3',
      'shell',
      'PSSecurityException',
    ],
    [
      'Error: ./setup.ps1 : File C:\\runner\\_work\\_temp\\566199c1-d715-4639-9123-ef4685e03bbc\\setup.ps1 cannot be loaded because \n  running scripts is disabled on this system. For more information, see about_Execution_Policies at\n  Error: https:/go.microsoft.com/fwlink/?LinkID=135170.',
      'shell',
      'PSSecurityException',
    ],
    [
      "Set-Location : Cannot find path 'E:\\IIT MADRAS\\TEXTURE LAB\\MS Project data\\Steel Project Data\\Experimental data\\D1\\D1\nGleeble raw data\\Final considered raw data\\D1_Gleeble data Excel' because it does not exist.\nAt line:1 char:1\n+ Set-Location -literalPath 'E:\\IIT MADRAS\\TEXTURE LAB\\MS Project data\\ ...\n+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : ObjectNotFound: (E:\\IIT MADRAS\\T...eble data Excel:String) [Set-Location], ItemNotFoundE\n   xception\n    + FullyQualifiedErrorId : PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand",
      'shell',
      'ItemNotFoundException',
    ],
    [
      "Set-Location: /home/zx/.config/powershell/Microsoft.PowerShell_profile.ps1:133\nLine |\n 133 |      Set-Location @args\n     |      ~~~~~~~~~~~~~~~~~~\n     | Cannot find path '/home/zx/kkk/[Gmail].All Mail/nuuuuu/'\n     | because it does not exist.",
      'shell',
      'ItemNotFoundException',
    ],
    [
      'irm : The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.\nAt line:1 char:2\n+  irm https://massgrave.dev/ias | iex\n+  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebExc\n   eption\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
      'shell',
      'WebException',
    ],
    ['Invoke-WebRequest : The underlying connection was closed: An unexpected error occurred on a send.', 'shell', 'WebException'],
    ['Invoke-WebRequest : The request was aborted: Could not create SSL/TLS secure channel.', 'shell', 'WebException'],
    [
      'oneadmin@sd-prod-nebula1:~$ scp -rp /var/lib/one/remotes/. sd-prod-kvm1106:/var/tmp/one\nscp: error: unexpected filename: .',
      'shell',
      'unexpected filename',
    ],
    [
      'Fri Feb  8 15:04:34 2019 [Z0][InM][I]: Command execution failed (exit code: 1): scp -rp /var/lib/one/remotes/. sd-prod-kvm1106:/var/tmp/one\nFri Feb  8 15:04:34 2019 [Z0][InM][I]: scp: error: unexpected filename: .',
      'shell',
      'unexpected filename',
    ],
    ['protocol error: filename does not match request', 'shell', 'filename does not match request'],
    [
      "~/.config/fish/conf.d/_tide_interactive_init.fish (line 11): Unsupported use of '='. To run '_tide_last_pipestatus=$pipestatus' with a modified environment, please use 'env _tide_last_status=0 _tide_last_pipestatus=$pipestatus…'",
      'shell',
      'syntax error',
    ],
    [
      '> tmsu set: Unknown option “-a”\n~/.config/fish/completions/tmsu.fish (line 385): \nset -a conf fileFingerprintAlgorithm\n^\nfrom sourcing file ~/.config/fish/completions/tmsu.fish',
      'shell',
      'invalid option',
    ],
    ['prompt_todo:2: permission denied: todo.sh', 'shell', 'Permission denied'],
    ['morpho-check-run-screen-saver:23: permission denied: zmorpho', 'shell', 'Permission denied'],
    ["# ./oh-my-zsh.sh\nzsh: can't open input file: /tools/check_for_upgrade.sh", 'shell', 'No such file or directory'],
    ['tar: grep-2.25-1/depends: Not found in archive\ntar: Exiting with failure status due to previous errors', 'shell', 'Not found in archive'],
    [
      '+ apk add --virtual .drupal-phpexts-rundeps so:libc.musl-x86_64.so.1 so:libcrypto.so.41\nWARNING: Ignoring APKINDEX.84815163.tar.gz: No such file or directory\nWARNING: Ignoring APKINDEX.24d64ab1.tar.gz: No such file or directory',
      'shell',
      'No such file or directory',
    ],
    ['Burak--iPhone:~# apk add python3\nWARNING: Ignoring file:///ish/apk/main/x86/APKINDEX.tar.gz: IO ERROR', 'shell', 'IO ERROR'],
    [
      "1 package can be upgraded. Run 'apt list --upgradable' to see it\nError: dpkg was interrupted, you must must manually run 'sudo dpkg --configure -a'",
      'shell',
      'dpkg was interrupted',
    ],
    ['Error loading key ".ssh/id_rsa": error in libcrypto', 'shell', 'error in libcrypto'],
    ['debug1: Connection established.\nload pubkey "/github/home/.ssh/deploy_key": invalid format', 'shell', 'invalid format'],
    ['Error loading key "(stdin)": error in libcrypto', 'shell', 'error in libcrypto'],
    [
      "Error: Your Command Line Tools are too outdated.\nUpdate them from Software Update in System Preferences or run:\n  softwareupdate --all --install --force\nIf that doesn't show you any updates, run:\n  sudo rm -rf /Library/Developer/CommandLineTools\n  sudo xcode-select --install",
      'shell',
      'Your Command Line Tools are too outdated',
    ],
    [
      'user@computer:/dshield/bin $ sudo apt -y install python3-appdirs\nError: Unable to locate package python3-appdirs',
      'shell',
      'Unable to locate package',
    ],
    ['Error: Unable to locate package libwlroots-0.20-dev', 'shell', 'Unable to locate package'],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: what other patterns answer, and must keep answering.
  it.each([
    [
      'fetch http://dl-cdn.alpinelinux.org/alpine/v3.8/main/x86/APKINDEX.tar.gz\nERROR: http://dl-cdn.alpinelinux.org/alpine/v3.8/main: temporary error (try again later)\nWARNING: Ignoring APKINDEX.adfa7ceb.tar.gz: No such file or directory',
      'shell',
      'temporary error (try again later)',
    ],
    ['debug1: Trying private key: /home/runner/.ssh/access\nLoad key "/home/runner/.ssh/access": invalid format', 'shell', 'invalid format'],
    ['May 23 13:26:02 astrorya systemd[1]: undervolt.service: Main process exited, code=exited, status=203/EXEC', 'shell', '203/EXEC'],
    ['tar: Exiting with failure status due to previous errors', 'shell', 'Exiting with failure status due to previous errors'],
    ['E: Unable to locate package libtinfo5', 'shell', 'Unable to locate package'],
    ['su: user neo does not exist or the user entry does not contain all the required fields', 'shell', 'user does not exist'],
    ['$ ./palabras-comunes.sh\nzsh: permission denied: ./palabras-comunes.sh', 'shell', 'Permission denied'],
    ['Error: Permission denied @ dir_s_mkdir - /opt/homebrew-cask', 'shell', 'Permission denied'],
    ['/bin/sh: brew: command not found', 'shell', 'command not found'],
    [
      'At C:\\scripts\\deploy.ps1:12 char:5\n+     Invoke-WebRequest -Uri $url -OutFile $out\n+     ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-WebRequest], WebException\n    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeWebRequestCommand',
      'shell',
      'WebException',
    ],
    ["Get-Item: Cannot find path 'C:\\app\\config.json' because it does not exist.", 'shell', 'ItemNotFoundException'],
    [
      'linuxidc@linuxidc:~$ snap install --classic eclipse\nerror: snap "eclipse" has "install-snap" change in progress',
      'shell',
      'change in progress',
    ],
    ['"/var/crontab.txt":1: bad minute\nerrors in crontab file, can\'t install.', 'shell', 'bad minute'],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('answers from the pattern, not a generic one', () => {
    expect(answer('Error: No available formula with the name "wget"').error_type).toBe('No available formula');
    expect(answer(' Main PID: 3693 (code=exited, status=203/EXEC)').error_type).toBe('203/EXEC');
  });
});

describe('the fifth pass names what the message is about', () => {
  it('searches for the formula Homebrew could not find', () => {
    expect(fixText('Error: No available formula with the name "wget"')).toContain('brew search wget');
  });

  it('links the formula the link step names again', () => {
    const text =
      'Error: The `brew link` step did not complete successfully\nThe formula built, but is not symlinked into /usr/local\nCould not symlink .\n/usr/local/opt is not writable.\n\nYou can try again using:\n  brew link libev';
    expect(fixText(text)).toContain('brew link --overwrite libev');
  });

  it('shows what depends on the formula Homebrew refuses to uninstall', () => {
    expect(
      fixText(
        'Error: Refusing to uninstall /usr/local/Cellar/gcc/14.2.0_1\nbecause it is required by emacs-plus@30 and libgccjit, which are currently installed.',
      ),
    ).toContain('brew uses --installed gcc');
  });

  it('checks the ExecStart program systemd could not run', () => {
    const text = '  Process: 3693 ExecStart=/usr/bin/forever start index.js (code=exited, status=203/EXEC)';
    expect(fixText(text)).toContain('ls -l /usr/bin/forever');
  });

  it('checks the key file ssh-add could not load', () => {
    expect(fixText('Error loading key ".ssh/id_rsa": error in libcrypto')).toContain('ssh-keygen -y -f .ssh/id_rsa');
  });
});
