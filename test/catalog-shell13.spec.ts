/**
 * The thirteenth catalog pass over the shell family (system administration): openssl s_client's own error lines and
 * its verify errors, sshd's journal lines (StrictModes' bad ownership or modes, sshd_config's line refusals, a busy
 * port), Windows' sc.exe and net.exe errors by the message Windows prints for the code (also translated, and the
 * Services console's "Error 1053:"), PowerShell cmdlets' messages without their record by the exception PowerShell
 * raises, taskkill, codesign's errSecInternalComponent and missing keychain item, launchctl's missing service and
 * domain, e2fsck, mkfs and parted on a disk in use, mount without an fstab line, pacman's unknown key, crontab -u and
 * ssh's refused forwardings, WSL's Winsock failure without a Wsl/ code. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's thirteenth catalog pass", () => {
  it.each([
    [
      'CONNECTED(00000790)\n3024:error:14094410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure:.\n.\\..\\openssl-1.1.0f\\ssl\\record\\rec_layer_s3.c:1399:SSL alert number 40',
      'shell',
      'sslv3 alert handshake failure',
    ],
    [
      'CONNECTED(00000003)\n139826891982504:error:14FFF0E5:SSL routines:SSL_internal:ssl handshake failure:ssl_pkt.c:585:\n---\nno peer certificate available\n---\nNo client certificate CA names sent\n---\nSSL handshake has read 0 bytes and written 0 bytes',
      'shell',
      'ssl handshake failure',
    ],
    [
      '    openssl64 s_client -connect rechnung.dsl.o2online.de:443 -servername  rechnung.dsl.o2online.de\n    CONNECTED(00000003)\n    139757631698832:error:140790E5:SSL routines:ssl23_write:ssl handshake failure:s23_lib.c:177:\n    ---\n    no peer certificate available',
      'shell',
      'ssl handshake failure',
    ],
    [
      'CONNECTED(00000003)\ndepth=0 C = UK, O = OpenSSL Group, OU = FOR TESTING PURPOSES ONLY, CN = Test Server Cert\nverify error:num=20:unable to get local issuer certificate\nverify return:1\ndepth=0 C = UK, O = OpenSSL Group, OU = FOR TESTING PURPOSES ONLY, CN = Test Server Cert\nverify error:num=21:unable to verify the first certificate',
      'shell',
      'unable to get local issuer certificate',
    ],
    [
      'Dec  3 09:49:19 localhost sshd[15272]: Authentication refused: bad ownership or modes for directory /home/hlm-devel',
      'shell',
      'bad ownership or modes',
    ],
    ['Authentication refused: bad ownership or modes for file /root/.ssh/authorized_keys', 'shell', 'bad ownership or modes'],
    ['Aug 21 22:35:09 omv5 sshd[9592]: Authentication refused: bad ownership or modes for directory /', 'shell', 'bad ownership or modes'],
    [
      '/etc/ssh/sshd_config line 6: keyword PrintLastLog extra arguments at end of line\n/etc/ssh/sshd_config line 7: keyword PrintMotd extra arguments at end of line\n/etc/ssh/sshd_config: terminating, 2 bad configuration options',
      'shell',
      'extra arguments at end of line',
    ],
    [
      'Starting OpenBSD secure shell server: sshd/etc/ssh/sshd_config line 88: Bad yes/no argument: yesUseDNS\nfailed!',
      'shell',
      'Bad yes/no argument',
    ],
    ['Dec 07 10:00:00 host sshd[1234]: error: Bind to port 22 on 0.0.0.0 failed: Address already in use.', 'shell', 'Address already in use'],
    ['channel 0: open failed: administratively prohibited: open failed', 'shell', 'administratively prohibited'],
    ['Warning: remote port forwarding failed for listen port 8080', 'shell', 'remote port forwarding failed'],
    [
      '[SC] StartService FAILED 1053:\n\nThe service did not respond to the start or control request in a timely fashion.',
      'shell',
      'The service did not respond to the start or control request in a timely fashion',
    ],
    [
      'Error 1053: The service did not respond to the start or control request in a timely fashion.',
      'shell',
      'The service did not respond to the start or control request in a timely fashion',
    ],
    [
      '[SC] StartService 失败 1053: 服务没有及时响应启动或控制请求。',
      'shell',
      'The service did not respond to the start or control request in a timely fashion',
    ],
    [
      'The service is not responding to the control function.\n\nMore help is available by typing NET HELPMSG 2186.',
      'shell',
      'The service is not responding to the control function',
    ],
    [
      '[SC] OpenService FAILED 1060:\n\nThe specified service does not exist as an installed service.',
      'shell',
      'The specified service does not exist as an installed service',
    ],
    [
      'C:\\Users\\frolo>net start sshd\nThe OpenSSH SSH Server service is starting.\nThe OpenSSH SSH Server service could not be started.\n\nA system error has occurred.\n\nSystem error 1067 has occurred.\n\nThe process terminated unexpectedly.',
      'shell',
      'The process terminated unexpectedly',
    ],
    [
      'System error 64 has occurred. The specified network name is no longer available',
      'shell',
      'The specified network name is no longer available',
    ],
    [
      '2016-09-26 11:57:34,677 DEBUG [CommandResult:87] Command execution finished. Exit code: 2\nError: System error 53 has occurred.\n\nThe network path was not found.',
      'shell',
      'The network path was not found',
    ],
    [
      '2017-03-09T10:36:32.1822403Z       Failed to connect to the path \\\\Machine-win8 with the user cybage\\Machine for copying. \n2017-03-09T10:36:32.1822403Z     System error 53 has occurred.  \n2017-03-09T10:36:32.1822403Z The network path was not found.',
      'shell',
      'The network path was not found',
    ],
    ['System error 53 has occurred.\n\nThe network path was not found.', 'shell', 'The network path was not found'],
    [
      'System error 1219 has occurred.\n\nMultiple connections to a server or shared resource by the same user, using more than one user name, are not allowed.',
      'shell',
      'Multiple connections to a server or shared resource by the same user, using more than one user name, are not allowed',
    ],
    ['The service name is invalid.\n\nMore help is available by typing NET HELPMSG 2185.', 'shell', 'The service name is invalid'],
    ['ERROR: The process "node.exe" not found.', 'shell', 'The process not found'],
    [
      "Install-Module : Administrator rights are required to install modules in 'C:\\Program Files\\WindowsPowerShell\\Modules'.",
      'shell',
      'ArgumentException',
    ],
    [
      "Import-Module : The specified module 'ActiveDirectory' was not loaded because no valid module file was found in any module directory.",
      'shell',
      'FileNotFoundException',
    ],
    [
      "Remove-Item : Cannot remove item C:\\temp\\foo: The process cannot access the file 'C:\\temp\\foo' because it is being used by another process.",
      'shell',
      'IOException',
    ],
    [
      'New-PSSession : [server01] Connecting to remote server server01 failed with the following error message : WinRM cannot complete the operation.',
      'shell',
      'PSRemotingTransportException',
    ],
    [
      'Start-Process : This command cannot be run due to the error: The system cannot find the file specified.',
      'shell',
      'InvalidOperationException',
    ],
    [
      '/Users/----/Library/Developer/Xcode/DerivedData/Inspector-braxrekkpkakpiapqjdvduaktqda/Build/Products/Debug-iphoneos/Inspector.app: errSecInternalComponent\nCommand /usr/bin/codesign failed with exit code 1',
      'shell',
      'errSecInternalComponent',
    ],
    [
      'codesign -f -s "Apple Development" --entitlements entitlements.plist extractor\nextractor: replacing existing signature\nWarning: unable to build chain to self-signed root for signer "Apple Development: xxxx"\nextractor: errSecInternalComponent\nmake: *** [sign] Error 1',
      'shell',
      'errSecInternalComponent',
    ],
    [
      'Signing .build/CmdKeyHappy.app (Apple Development: Andrew McDermott (E3QZ4B62AW))...\n.build/CmdKeyHappy.app: replacing existing signature\n.build/CmdKeyHappy.app: errSecInternalComponent\nmake: *** [Makefile:297: bundle] Error 1',
      'shell',
      'errSecInternalComponent',
    ],
    [
      'Error: Command failed: codesign --sign <identityHash> --force /path/to/my.app/Contents/Frameworks/Electron Framework.framework/Versions/A/Electron Framework\nWarning: unable to build chain to self-signed root for signer "<identityName>"\n/path/to/my.app.app/Contents/Frameworks/Electron Framework.framework/Versions/A/Electron Framework: errSecInternalComponent',
      'shell',
      'errSecInternalComponent',
    ],
    [
      'codesign: error: The specified item could not be found in the keychain.',
      'shell',
      'The specified item could not be found in the keychain',
    ],
    [
      'error: The specified item could not be found in the keychain.\nCommand /usr/bin/codesign failed with exit code 1',
      'shell',
      'The specified item could not be found in the keychain',
    ],
    ['/Library/LaunchDaemons/com.foo.plist: Path had bad ownership/permissions', 'shell', 'Path had bad ownership/permissions'],
    ['trakts status\nCould not find service "com.iamkroot.trakt-scrobbler" in domain for port', 'shell', 'Could not find service'],
    ['Could not find service "com.openclaw.novnc" in domain for system', 'shell', 'Could not find service'],
    [
      '$ launchctl load ~/Library/LaunchAgents/com.buildkite.buildkite-agent.plist\nCould not find domain for ',
      'shell',
      'Could not find domain',
    ],
    ['Could not find domain for port (Aqua)', 'shell', 'Could not find domain'],
    ['Could not find domain for user gui: 501\nCould not find domain for user gui: 501', 'shell', 'Could not find domain'],
    [
      '2018-10-26 08:46:07-04 Amits-MacBook-Air installd[495]: ./postinstall: /Library/LaunchDaemons/com.bearisdriving.BGM.XPCHelper.plist: Could not find specified service',
      'shell',
      'Could not find specified service',
    ],
    ["mount: /mnt: can't find in /etc/fstab.", 'shell', "can't find in /etc/fstab"],
    ['e2fsck: Cannot continue, aborting.\n/dev/sda1 is mounted.', 'shell', 'is mounted'],
    ['mkfs.ext4: /dev/sdb1 is apparently in use by the system; will not make a filesystem here!', 'shell', 'is apparently in use by the system'],
    [
      'Error: Partition(s) 1 on /dev/sdb have been written, but we have been unable to inform the kernel of the change, probably because it/they are in use.',
      'shell',
      'unable to inform the kernel of the change',
    ],
    [
      'error: key "ABCDEF0123456789" could not be looked up remotely\nerror: required key missing from keyring\nerror: failed to commit transaction (unexpected error)',
      'shell',
      'could not be looked up remotely',
    ],
    ['crontab: must be privileged to use -u', 'shell', 'must be privileged to use -u'],
    [
      '`wsl -d Ubuntu-18.04`\nThe attempted operation is not supported for the type of object referenced',
      'shell',
      'The attempted operation is not supported for the type of object referenced',
    ],
    ['PS C:\\Users\\DBA> wslc pull alpine:latest\n参考的对象类型不支持尝试的操作。\n错误代码： WSAEOPNOTSUPP', 'shell', 'WSAEOPNOTSUPP'],
    [
      "'参考的对象类型不支持尝试的操作。' and quit with 4294967295",
      'shell',
      'The attempted operation is not supported for the type of object referenced',
    ],
    [
      'The attempted operation is not supported for the type of object referenced.\n[process exited with code 4294967295]',
      'shell',
      'The attempted operation is not supported for the type of object referenced',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    ['System error 5 has occurred.\n\nAccess is denied.', 'shell', 'Access is denied'],
    ['[SC] OpenSCManager FAILED 5:\n\nAccess is denied.', 'shell', 'Access is denied'],
    ['Load failed: 5: Input/output error\nTry running `launchctl bootstrap` as root for richer errors.', 'shell', 'Input/output error'],
    [
      '/home/bob/.ssh/config: line 5: Bad configuration option: usekeychain\n/home/bob/.ssh/config: terminating, 1 bad configuration options',
      'shell',
      'Bad configuration option',
    ],
    ['foo.service: Failed at step EXEC spawning /opt/foo/run.sh: Permission denied', 'shell', 'Permission denied'],
    ['Feb  6 02:32:45 k*****o sshd[1615]: error: Could not load host key: /etc/ssh/ssh_host_ed25519_key', 'shell', 'Could not load host key'],
    [
      'The attempted operation is not supported for the type of object referenced.\nError code: Wsl/Service/0x8007273d\nPress any key to continue...',
      'shell',
      '0x8007273d',
    ],
    [
      '[11:07:04.094][WSL2Provisioning  ][Error  ] Failed to set version to docker-desktop: exit code: -1\n stdout: The attempted operation is not supported for the type of object referenced.\n\n\n stderr: \n[11:07:04.095][LinuxWSL2Engine   ][Info   ] Stopping windows side processes',
      'docker',
      'Failed to set version',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the thirteenth pass names what the message is about', () => {
  it('checks the directory sshd refused', () => {
    expect(fixText('Aug 21 22:35:09 omv5 sshd[9592]: Authentication refused: bad ownership or modes for directory /home/pi')).toContain(
      'ls -ld /home/pi',
    );
  });

  it('loads the launchd job it could not find', () => {
    expect(fixText('Could not find service "com.iamkroot.trakt-scrobbler" in domain for port')).toContain(
      'gui/$(id -u)/com.iamkroot.trakt-scrobbler',
    );
  });

  it('unmounts the device e2fsck refused', () => {
    expect(fixText('/dev/sda1 is mounted.\ne2fsck: Cannot continue, aborting.')).toContain('sudo umount /dev/sda1');
  });
});
