/**
 * An eighth catalog pass over the shell family, from everyday command-line tools: curl's and wget's certificate and
 * connection lines, bsdtar, a full disk, umount under udisks, ln's unsupported links, macOS' developer tools,
 * codesign, xattr, Gatekeeper and Homebrew under Rosetta 2, cmd.exe's and PowerShell's messages cut by a console or a
 * paste, robocopy's "Access is denied" and ssh's refused exec request. Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the shell family's eighth catalog pass", () => {
  it.each([
    [
      'curl: (60) SSL certificate problem: self signed certificate in certificate chain\nMore details here: https://curl.haxx.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.',
      'shell',
      'self signed certificate in certificate chain',
    ],
    [
      '--2012-02-21 09:00:42--  http://dev.zenoss.org/svn/trunk/inst/externallibs/wmi-1.3.13.tar.bz2\nResolving proxy.------------------\nConnecting to proxy--------------------|:8080... connected.\nProxy request sent, awaiting response... 404 Not Found\n2012-02-21 09:00:42 ERROR 404: Not Found.',
      'shell',
      'ERROR 404',
    ],
    [
      '$ tar xvf artifacts\nx shippable/\nx shippable/codecoverage/\nx shippable/eaglib-1.0-SNAPSHOT.zip: (Empty error message)\ntar: Error exit delayed from previous errors.',
      'shell',
      'Error exit delayed from previous errors',
    ],
    [
      "mkdir: cannot create directory '.termux/boot/': No space left on device\nmkdir: cannot create directory '.minio': No space left on device\ncp: cannot create regular file '.minio/': Not a directory\ncp: cannot create regular file '.termux/boot/': Not a directory\nchmod: cannot access '.termux/boot/termux_boot_sharpai_arm.sh': No such file or directory\ncreating sharpai-app.tgz ...\ntar: .minio: No such file or directory\ngzip: write error: No space left on device\ntar: write error: Broken pipe",
      'shell',
      'No space left on device',
    ],
    [
      'Error unmounting /dev/sdd1: GDBus.Error:org.freedesktop.UDisks2.Error.Failed: Error unmounting /dev/sdd1: Command-line `umount  "/media/BACKUP USB"\' exited with non-zero exit status 32: umount: /media/BACKUP USB: target is busy',
      'shell',
      'target is busy',
    ],
    [
      "ln: failed to create symbolic link '/content/drive/MyDrive/opengait/dataset/symbolic_link/124/nm-05/036/0_heatmap.pkl': Operation not supported",
      'shell',
      'Operation not supported',
    ],
    [
      "xcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance",
      'shell',
      'requires Xcode',
    ],
    [
      "  27   │ xcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/Comm\n       │ andLineTools' is a command line tools instance",
      'shell',
      'requires Xcode',
    ],
    [
      "xcodebuild  -project WeWorkMacPlugin.xcodeproj -scheme WeWorkMacPlugin -configuration Release  -destination 'platform=OS X,arch=x86_64' DSTROOT=\"\" archive\nxcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance\nmake: *** [build-wework] Error 1",
      'shell',
      'requires Xcode',
    ],
    [
      "➜ ./install.sh\nxcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance\nCould not determine iOS SDK version.  Is xcodebuild on your path?",
      'shell',
      'requires Xcode',
    ],
    [
      "Generating Pods project\n\nxcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance",
      'shell',
      'requires Xcode',
    ],
    [
      'Temp/Payload/Spike.app/PlugIns/fswidget.appex: replacing existing signature\nTemp/Payload/Spike.app/PlugIns/fswidget.appex: resource fork, Finder information, or similar detritus not allowed\nEncountered an error, aborting!',
      'shell',
      'resource fork, Finder information, or similar detritus not allowed',
    ],
    [
      '    /usr/bin/codesign --force --sign - --entitlements /Users/liyunhua/Documents/work/react-native/ReactNamtiApp/ios/build/Build/Intermediates.noindex/Mozi.build/Debug-iphonesimulator/Mozi.build/Mozi.app.xcent --timestamp=none /Users/liyunhua/Documents/work/react-native/ReactNamtiApp/ios/build/Build/Products/Debug-iphonesimulator/Mozi.app\n/Users/liyunhua/Documents/work/react-native/ReactNamtiApp/ios/build/Build/Products/Debug-iphonesimulator/Mozi.app: resource fork, Finder information, or similar detritus not allowed\nCommand CodeSign failed with a nonzero exit code\nbuild failed',
      'shell',
      'resource fork, Finder information, or similar detritus not allowed',
    ],
    [
      'sudo codesign -f -s XcodeSigner /Applications/Xcode.app\n/Applications/Xcode.app: replacing existing signature\n/Applications/Xcode.app: resource fork, Finder information, or similar detritus not allowed',
      'shell',
      'resource fork, Finder information, or similar detritus not allowed',
    ],
    [
      "% sudo xattr -dr com.apple.quarantine /Applications/Buckets.app\nPassword:\nxattr: [Errno 1] Operation not permitted: '/Applications/Buckets.app/Contents/_CodeSignature/CodeResources'\nxattr: [Errno 1] Operation not permitted: '/Applications/Buckets.app/Contents/_CodeSignature'\nxattr: [Errno 1] Operation not permitted: '/Applications/Buckets.app/Contents/MacOS/Buckets'",
      'shell',
      'Operation not permitted',
    ],
    [
      '/Volumes/PROM » xattr -cr PROMv1.01.app                                                                                                                                                         \nxattr: No such file: PROMv1.01.app/Contents/Frameworks/libpulse-mainloop-glib.dylib\nxattr: No such file: PROMv1.01.app/Contents/Frameworks/libpulse-simple.dylib\nxattr: No such file: PROMv1.01.app/Contents/Frameworks/libpulse.dylib',
      'shell',
      'No such file or directory',
    ],
    ["nmp' is not recognized as an internal or external command,\noperable program or batch file.", 'shell', 'command not found'],
    [
      'File C:\\runner\\_work\\_temp\\22df21c6-563e-44cf-a013-697705219ed3.ps1 cannot be loaded because running scripts is \ndisabled on this system. For more information, see about_Execution_Policies at \nhttps:/go.microsoft.com/fwlink/?LinkID=135170.',
      'shell',
      'PSSecurityException',
    ],
    [
      " ~/ brew install sunnyyoung/tap/wechattweak\n==> Tapping sunnyyoung/tap\nCloning into '/opt/homebrew/Library/Taps/sunnyyoung/homebrew-tap'...\nTapped 3 casks and 1 formula (19 files, 25.9KB).\nError: Cannot install under Rosetta 2 in ARM default prefix (/opt/homebrew)!\nTo rerun under ARM use:\n    arch -arm64 brew install ...\nTo install under x86_64, install Homebrew into /usr/local.",
      'shell',
      'Cannot install under Rosetta 2 in ARM default prefix',
    ],
    [
      'Error: Cannot install in Homebrew on Intel processor in ARM default prefix (/opt/homebrew)!',
      'shell',
      'Cannot install in Homebrew on Intel processor in ARM default prefix',
    ],
    [
      'Error: Cannot install under Rosetta 2 in ARM default prefix (/opt/homebrew)! To rerun under ARM use:\n    arch -arm64 brew install ...\nTo install under x86_64, install Homebrew into /usr/local.',
      'shell',
      'Cannot install under Rosetta 2 in ARM default prefix',
    ],
    [
      '_ERROR 5 (0x00000005) Copying NTFS Security to Destination File d:\\install\\.NET Rector\\5.0\\license.license\nAccess is denied._',
      'shell',
      'Access is denied',
    ],
    [
      'c:\\Temp\\Backup>RawCopy.exe /FileNamePath:c:\\Documents\\blah\\blah.txt\nRawCopy v1.0.0.19\n\nError in function CreateFile: Access is denied.\n for: \\\\.\\c:\nCreateFile: Access is denied.',
      'shell',
      'Access is denied',
    ],
    ['Code 1: xcrun: error: unable to find utility "simctl", not a developer tool or in PATH', 'shell', 'unable to find utility'],
    [
      'MiniSim - ShellOut encountered an error\nStatus code: 72\nMessage: "xcrun: error: unable to find utility "simctl", not a developer tool or in PATH"\nOutput: ""',
      'shell',
      'unable to find utility',
    ],
    [
      'xcrun: error: unable to find utility "simctl", not a developer tool or in PATH\nRunning `simctl list` failed',
      'shell',
      'unable to find utility',
    ],
    [
      '"QMK.Toolbox.pkg" Not Opened\nApple could not verify "QMK.Toolbox.pkg" is free of malware that may harm your Mac or compromise your privacy.',
      'shell',
      'Apple could not verify',
    ],
    [
      'Apple could not verify whether "boringNotch" is free of malware that could damage your Mac or violate your privacy.',
      'shell',
      'Apple could not verify',
    ],
    [
      'Verus Desktop cannot be opened because the developer cannot be verified\nmacOS cannot verify that this app is free from malware. \nSafari downloaded this file on [date].',
      'shell',
      'cannot be opened because the developer cannot be verified',
    ],
    ['exec request failed on channel 0', 'shell', 'exec request failed'],
    [
      'bash -c "$(curl -fsSL https://raw.githubusercontent.com/EvineDeng/jd-base/main/first_run.sh)"\n\ncurl: (7) Failed connect to raw.githubusercontent.com:443; 拒绝连接',
      'shell',
      'Failed to connect',
    ],
    ['Failed connect to raw.githubusercontent.com:443; Connection refused', 'shell', 'Failed to connect'],
    [
      "ERROR: cannot verify github.com's certificate, issued by `/C=US/O=DigiCert Inc/OU=www.digicert.com/CN=DigiCert High Assurance EV CA-1':\nINFO -- :   Unable to locally verify the issuer's authority.\nINFO -- : 16:12:23: To connect to github.com insecurely, use `--no-check-certificate'.",
      'shell',
      "Unable to locally verify the issuer's authority",
    ],
    [
      "> ERROR: cannot verify raw.github.com's certificate, issued by 'CN=DigiCert SHA2 H\nigh Assurance Server CA,OU=www.digicert.com,O=DigiCert Inc,C=US':\n  Unable to locally verify the issuer's authority.\nTo connect to raw.github.com insecurely, use `--no-check-certificate'.",
      'shell',
      "Unable to locally verify the issuer's authority",
    ],
    [
      "Connecting to curl.haxx.se|80.67.6.50|:443... connected.\nWARNING: cannot verify curl.haxx.se's certificate, issued by ‘/C=US/O=Let's Encrypt/CN=Let's Encrypt Authority X3’:\nUnable to locally verify the issuer's authority.",
      'shell',
      "Unable to locally verify the issuer's authority",
    ],
    [
      'Verbindungsaufbau zu d2vvqscadf4c1f.cloudfront.net|13.32.218.165|:443... verbunden.\nFEHLER: Kann das Zertifikat von »d2vvqscadf4c1f.cloudfront.net« nicht prüfen, ausgestellt von »/C=US/O=Symantec Corporation/OU=Symantec Trust Network/CN=Symantec Class 3 Secure Server CA - G4«:.\n  Die Authorität des Ausstellers des Zertifikates kann lokal nicht geprüft werden.\nVerwenden Sie »--no-check-certificate«, um zu dem Server »d2vvqscadf4c1f.cloudfront.net« eine nicht gesicherte Verbindung aufzubauen.\nEs ist nicht möglich, eine SSL-Verbindung herzustellen.',
      'shell',
      "Unable to locally verify the issuer's authority",
    ],
    [
      'zip warning: name not matched: minix_usr/include/minix/callnr.h:\nzip warning: name not matched: minix_usr/src/fs/table.c:\nzip warning: name not matched: minix_usr/t.c:\n\nzip error: Nothing to do! (minix_diff_2019_01_07_10_16_08.zip)',
      'shell',
      'Nothing to do',
    ],
    [
      '>   \tzip warning: name not matched: CronixUI_installer\n>   \n>   zip error: Nothing to do! (try: zip -X -r /home/runner/work/CronixUI_installer/CronixUI_installer/.release/CronixUI_installer-v0.0.7.zip . -i CronixUI_installer)]',
      'shell',
      'Nothing to do',
    ],
    ['zip error: Nothing to do! (texture-pack.zip)', 'shell', 'Nothing to do'],
    [
      'zip error: Nothing to do! (/c/emacs-build/zips/hunspell-x86_64.zip)\nAction action3_hunspell failed.\nAborting builds for branch master and architecture x86_64',
      'shell',
      'Nothing to do',
    ],
    [
      "gerry@linux-hpcr:~/ornidroid/ornidroid_database> create_packages.sh  ../ornidroid_images/ images\n    zip warning: name not matched: images\n\nzip error: Nothing to do! (try: zip -r images.zip . -i images)\nmv: cannot stat `images.zip': No such file or directory",
      'shell',
      'Nothing to do',
    ],
    [
      'ssh: Could not resolve hostname : hostname nor servname provided, or not known\nssh: Could not resolve hostname : hostname nor servname provided, or not known\nERR: cannot establish ssh-connection',
      'shell',
      'Could not resolve hostname',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts the new patterns must leave to the patterns that answered them before.
  it.each([
    [
      'curl: (60) SSL certificate problem: self signed certificate\nMore details here: https://curl.haxx.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.',
      'shell',
      'self signed certificate',
    ],
    [
      '$ LC_ALL=C ./wget-assets.sh ./_RELEASE/\ndownloading assets\nDESTDIR = ./_RELEASE//\nContinue? y--2013-11-21 20:12:58--  http://vittorioromeo.info/Misc/Linked/OHResources/Testing/\nResolving vittorioromeo.info (vittorioromeo.info)... 46.4.172.228\nConnecting to vittorioromeo.info (vittorioromeo.info)|46.4.172.228|:80... connected.\nHTTP request sent, awaiting response... 404 Not Found\n2013-11-21 20:12:58 ERROR 404: Not Found.',
      'shell',
      'ERROR 404',
    ],
    ['curl: (7) Failed to connect to raw.githubusercontent.com port 443: Connection refused', 'shell', 'Failed to connect'],
    [
      "Connecting to freddie.witherden.org|85.159.209.87|:443... connected.\nERROR: cannot verify freddie.witherden.org's certificate, issued by ‘CN=StartCom Class 2 IV Server CA,OU=StartCom Certification Authority,O=StartCom Ltd.,C=IL’:\n  Unable to locally verify the issuer's authority.\nTo connect to freddie.witherden.org insecurely, use `--no-check-certificate'.",
      'shell',
      "Unable to locally verify the issuer's authority",
    ],
    [
      "    c:\\hg\\project>npm --version\n    'chp' is not recognized as an internal or external command,\n    operable program or batch file.\n    3.6.0 ",
      'shell',
      'command not found',
    ],
    ["'C:\\Program' is not recognized as an internal or external command, operable program or batch file.", 'shell', 'command not found'],
    [
      '. : Cannot load the file C:\\Users\\Roby3\\Documents\\WindowsPowerShell\\Microsoft.PowerShell_profile.ps1 because script execution is disabled on this system. For more information, see about_Execution_Policies at https://go.microsoft.com/fwlink/?LinkID=135170.\nAt line character: 1:3',
      'shell',
      'PSSecurityException',
    ],
    [
      'ERROR 5 (0x00000005) Creating Destination Directory \\\\servername\\E$\\testresults \\user:myusername mypassword\\\nAccess is denied.',
      'shell',
      'Access is denied',
    ],
    [
      "Step 8/19 : RUN crontab /var/crontab.txt\n ---> Running in ac7ab42155b1\n\"/var/crontab.txt\":1: bad minute\nerrors in crontab file, can't install.\nERROR: Service 'php' failed to build: The command '/bin/sh -c crontab /var/crontab.txt' returned a non-zero code: 1",
      'shell',
      'bad minute',
    ],
    ['ln: /mnt/data/downloads/DOWNLOADS: Operation not permitted', 'shell', 'Operation not permitted'],
    [
      "admin@P2P:~ $ sudo su - bitcoin\nbitcoin@P2P:~$ ln -s /mnt/hdd/lnd /home/bitcoin/.lnd\nln: failed to create symbolic link '/home/bitcoin/.lnd': Permission denied",
      'shell',
      'Permission denied',
    ],
    ["$ sudo ./install.sh compute\nln: failed to create symbolic link '/etc/pam.d/chsh': File exists", 'shell', 'File exists'],
    ['“App” is damaged and can’t be opened. You should move it to the Trash.', 'shell', "is damaged and can't be opened"],
    [
      '“FreeShow” cannot be opened because the developer cannot be verified.\nmacOS cannot verify that this app is free from malware.',
      'shell',
      'cannot be opened because the developer cannot be verified',
    ],
    [
      'xxx@xxx ~ [255]> scp -P 22222 ./README.md  xxx@x.x.x.x:ec2-user@x.x.x.x:/tmp/README1.md\nsubsystem request failed on channel 0\nscp: Connection closed',
      'shell',
      'subsystem request failed',
    ],
    [
      'gzip: stdin: unexpected end of file\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now',
      'shell',
      'unexpected end of file',
    ],
    [
      "make firmware\t=>  s905x3 @ 5.4.72\ncp: error writing './tmp/mount/loop1p2/usr/lib/python3.8/lib-dynload/_ssl.cpython-38.so': No space left on device\ncp: error writing './tmp/mount/loop1p2/usr/lib/python3.8/lib-dynload/_statistics.cpython-38.so': No space left on device\ncp: error writing './tmp/mount/loop1p2/usr/lib/python3.8/lib-dynload/_struct.cpython-38.so': No space left on device",
      'shell',
      'No space left on device',
    ],
    [
      '(005120) [15:05:39] % sudo umount /home/antonok/.local/var/pmbootstrap/chroot_native/mnt/rootfs_asus-grouper\numount: /home/antonok/.local/var/pmbootstrap/chroot_native/mnt/rootfs_asus-grouper: target is busy\n        (In some cases useful info about processes that\n         use the device is found by lsof(8) or fuser(1).)',
      'shell',
      'target is busy',
    ],
    [
      '$ vagrant ssh\nssh: Could not resolve hostname unknown: nodename nor servname provided, or not known',
      'shell',
      'Could not resolve hostname',
    ],
    [
      'rsync: link_stat "/root/adblock2privoxy*" failed: No such file or directory (2)\nrsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1207) [sender=3.1.3]',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      'rsync error: some files could not be transferred (code 23) at /SourceCache/rsync/rsync-42/rsync/main.c(992) [sender=2.6.9]',
      'shell',
      'some files could not be transferred',
    ],
    ["mkdir: cannot create directory '/srv/app/cache': No such file or directory", 'shell', 'No such file or directory'],
    [
      'Error: Cannot install in Homebrew on ARM processor in Intel default prefix (/usr/local)!',
      'shell',
      'Cannot install in Homebrew on ARM processor in Intel default prefix',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it("leaves xcrun's message inside a Node.js program's failed command to the program", () => {
    expect(
      answer(
        'xiaoheng:AwesomeProject xiaoheng$  react-native run-ios\nFound Xcode project AwesomeProject.xcodeproj\nxcrun: error: unable to find utility "simctl", not a developer tool or in PATH\n/Users/xiaoheng/AwesomeProject/node_modules/promise/lib/done.js:10\n      throw err;\n      ^\n\nError: Command failed: xcrun simctl list devices\nxcrun: error: unable to find utility "simctl", not a developer tool or in PATH',
      ).language,
    ).toBe('javascript');
  });
});

describe('the eighth pass names what the message is about', () => {
  it('selects Xcode for the tool xcode-select named', () => {
    expect(
      fixText(
        "xcode-select: error: tool 'xcodebuild' requires Xcode, but active developer directory '/Library/Developer/CommandLineTools' is a command line tools instance",
      ),
    ).toContain('xcodebuild');
  });

  it('tries the host old curl could not connect to', () => {
    expect(fixText('Failed connect to raw.githubusercontent.com:443; Connection refused')).toContain(
      'curl -v https://raw.githubusercontent.com/',
    );
  });

  it('checks the file system of the link ln could not create', () => {
    expect(
      fixText(
        "ln: failed to create symbolic link '/content/drive/MyDrive/opengait/dataset/symbolic_link/124/nm-05/036/0_heatmap.pkl': Operation not supported",
      ),
    ).toContain('dirname /content/drive/MyDrive/opengait/dataset/symbolic_link/124/nm-05/036/0_heatmap.pkl');
  });
});
