/**
 * The fourteenth catalog pass over the shell family (file transfer and archives in scripts, cron mails and CI logs):
 * rsync's "protocol version mismatch -- is your shell clean?", its "rsync warning:" for files that vanished (code 24,
 * also under make's recipe line), its IPC error and a full disk behind a progress line, scp's "not a regular file",
 * BusyBox wget's "error getting response", a non-GNU xargs' status 255, GNU parallel's warning about input read from
 * the terminal, curl's connect timeout (28) in curl 7.81+'s words, its client certificate (58) and SOCKS proxy (7/97)
 * failures without the names, xz's corrupt named file, unzip's "bad CRC", zip's "Zip file structure invalid" and
 * 7-Zip's own reports, and cron's log line for a job that failed with no mail sent. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's fourteenth catalog pass", () => {
  it.each([
    [
      'protocol version mismatch -- is your shell clean?\n(see the rsync man page for an explanation)\nrsync error: protocol incompatibility (code 2) at compat.c(180) [sender=3.0.7]',
      'shell',
      'protocol version mismatch',
    ],
    [
      'coder sync ~/Code/go/src/go.coder.com/enterprise/. fossel-2:~/enterprise\n2020-04-20 14:17:02 INFO\tdoing initial sync (/Users/garrett/Code/go/src/go.coder.com/enterprise/. -> ~/enterprise)\nprotocol version mismatch -- is your shell clean?\n(see the rsync man page for an explanation)\nrsync error: protocol incompatibility (code 2) at /BuildRoot/Library/Caches/com.apple.xbs/Sources/rsync/rsync-54/rsync/compat.c(61) [sender=2.6.9]\n2020-04-20 14:17:05 FATAL\tsync: rsync: exit status 2',
      'shell',
      'protocol version mismatch',
    ],
    [
      'rsync warning: some files vanished before they could be transferred (code 24) at /System/Volumes/Data/SWE/macOS/BuildRoots/220e8a1b79/Library/Caches/com.apple.xbs/Sources/rsync/rsync-55/rsync/main.c(996) [sender=2.6.9]',
      'shell',
      'some files vanished before they could be transferred',
    ],
    [
      "sent 2,492 bytes  received 2,400 bytes  889.45 bytes/sec\ntotal size is 68,422  speedup is 13.99\nrsync warning: some files vanished before they could be transferred (code 24) at main.c(1183) [sender=3.1.1]\nMakefile:106: recipe for target 'rsync_upload' failed\nmake: *** [rsync_upload] Error 24",
      'shell',
      'some files vanished before they could be transferred',
    ],
    [
      '2021/10/16 06:02:14 [25186] rsync warning: some files vanished before they could be transferred (code 24) at main.c(1183) [sender=3.1.1]\n\n[2021-10-16T06:02:14+03:00] Backup failed, try again later',
      'shell',
      'some files vanished before they could be transferred',
    ],
    [
      'file has vanished: "/home/nate/.config/Riot/Cache/3ba1970d7b326278_0"\nrsync warning: some files vanished before they could be transferred (code 24) at main.c(1189) [sender=3.1.3]\n\nKup did not successfully complete the rsync backup job.',
      'shell',
      'some files vanished before they could be transferred',
    ],
    [
      "$ rsync -av --delete  -e 'usr/bin/ssh -p2222' localhost::clojars my-wonderful-copy-of-clojars\nrsync: Failed to exec usr/bin/ssh: No such file or directory (2)\nrsync error: error in IPC code (code 14) at /BuildRoot/Library/Caches/com.apple.xbs/Sources/rsync/rsync-47/rsync/pipe.c(86) [receiver=2.6.9]\nrsync: connection unexpectedly closed (0 bytes received so far) [receiver]\nrsync error: error in rsync protocol data stream (code 12) at /BuildRoot/Library/Caches/com.apple.xbs/Sources/rsync/rsync-47/rsync/io.c(453) [receiver=2.6.9]",
      'shell',
      'error in IPC code',
    ],
    [
      '        237.99K   0%   27.96MB/s    0:00:00 (xfr#1, ir-chk=1066/20166)rsync: [receiver] write failed on "/tmp/backup-UgD/usr/local/bin/shrink-backup/shrink-backup.log": No space left on device (28)\nrsync error: error in file IO (code 11) at receiver.c(381) [receiver=3.2.7]\n!! RSYNC FAILED!!!',
      'shell',
      'No space left on device',
    ],
    [
      "[root@rdcrh8vm2 ~]# scp -rP 5022 root@x.x.x.x:/var/log/ .\nroot@x.x.x.x's password:\nscp: /var/log/callstack_req_fifo: not a regular file\nwallander_finish                                                                                                                                               100%    0     0.0KB/s   00:00",
      'shell',
      'not a regular file',
    ],
    [
      "reMarkable: ~/ scp edit 192.168.1.90:/Users/chiarafeliciani/Desktop/keywriter\nroot@192.168.1.90's password: \nedit: not a regular file\nreMarkable: ~/ ",
      'shell',
      'not a regular file',
    ],
    ['wget 后得到：wget: error getting response: Connection reset by peer', 'shell', 'Connection reset by peer'],
    ["echo a | perl xargs perl -e'exit 255'\nxargs: perl: exited with status 255", 'shell', 'exited with status 255'],
    [
      './psi/deploy-all.sh\nparallel: Warning: Input is read from the terminal. You are either an expert\nparallel: Warning: (in which case: YOU ARE AWESOME!) or maybe you forgot\nparallel: Warning: ::: or :::: or -a or to pipe data into parallel. If so\nparallel: Warning: consider going through the tutorial: man parallel_tutorial\nparallel: Warning: Press CTRL-D to exit.',
      'shell',
      'Input is read from the terminal',
    ],
    [
      "huang-zhiming: curl: (28) Failed to connect to patents.google.com port 443 after 75234 ms: Couldn't connect to server",
      'shell',
      'Failed to connect',
    ],
    [
      '$ curl --connect-timeout 5 http://www.google.com:81/\ncurl: (28) Failed to connect to www.google.com port 81 after 5006 ms: Timeout was reached',
      'shell',
      'Failed to connect',
    ],
    ['curl: (28) Failed to connect to packages.daos.io port 443 after 133825 ms: Could not connect to server', 'shell', 'Failed to connect'],
    ['curl: (28) Failed to connect to cdn.staticaly.com port 443: Connection timed out', 'shell', 'Failed to connect'],
    [
      'curl: (58) could not load PEM client certificate from          , OpenSSL error error:80000002:system library::No such file or directory, (no key found, wrong pass phrase, or wrong file format?)',
      'shell',
      'could not load PEM client certificate',
    ],
    [
      '* could not load PEM client certificate, OpenSSL error error:0A00018E:SSL routines::ca md too weak, (no key found, wrong pass phrase, or wrong file format?)\n  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\n* Closing connection 0\ncurl: (58) could not load PEM client certificate, OpenSSL error error:0A00018E:SSL routines::ca md too weak, (no key found, wrong p',
      'shell',
      'could not load PEM client certificate',
    ],
    [
      "curl --socks5-hostname 127.0.0.1:50328 www.google.com\ncurl: (7) Can't complete SOCKS5 connection to 0.0.0.0:0. (4)",
      'shell',
      "Can't complete SOCKS5 connection",
    ],
    [
      "* SOCKS5 connect to IPv4 31.13.76.16 (locally resolved)\n* Can't complete SOCKS5 connection to 0.0.0.0:0. (4)\n* Closing connection 0\ncurl: (7) Can't complete SOCKS5 connection to 0.0.0.0:0. (4)",
      'shell',
      "Can't complete SOCKS5 connection",
    ],
    [
      "C:\\Users\\XXXXXXXX>curl --socks5 localhost:1080 https://www.facebook.com\ncurl: (97) Can't complete SOCKS5 connection to www.facebook.com. (8)",
      'shell',
      "Can't complete SOCKS5 connection",
    ],
    [
      'Testing the SOCKS5 proxy with curl...\ncurl: (97) User was rejected by the SOCKS5 server (1 1).',
      'shell',
      'User was rejected by the SOCKS5 server',
    ],
    ["`curl: (7) Can't complete SOCKS5 connection to 127.0.0.1:7001. (4)`", 'shell', "Can't complete SOCKS5 connection"],
    [
      'test$ xz -tv Chromium.app.ungoogled-127.0.6533.89.tar.xz \nChromium.app.ungoogled-127.0.6533.89.tar.xz (1/1)\n 96,3 %       108,7 MiB / 294,1 MiB = 0,370    92 MiB/s       0:03             \nxz: Chromium.app.ungoogled-127.0.6533.89.tar.xz: Compressed data is corrupt\n 96,3 %       108,7 MiB / 294,1 MiB = 0,370    92 MiB/s       0:03             ',
      'shell',
      'Compressed data is corrupt',
    ],
    [
      '> unzip -tq myzip.zip\nfont-awesome.min.css    bad CRC 431e7486  (should be 1c59b6fc)\nlayout-browserify.min.js  bad CRC 246ae7f0  (should be e1023c15)',
      'shell',
      'bad CRC',
    ],
    [
      '  inflating: firefly.jpg              bad CRC 4470ea34  (should be 00000000)\n    (may instead be incorrect password)\n  inflating: __MACOSX/._firefly.jpg   bad CRC 13ce38fe  (should be 00000000)\n    (may instead be incorrect password)',
      'shell',
      'bad CRC',
    ],
    ["when i unzip the data,'bad CRC 53fbb04f  (should be c18790d6)' occured. Why?", 'shell', 'bad CRC'],
    [
      '$ zip -v KurobaEx_v10323_\\(2023-04-27\\)_backup.zip\n        zip warning: missing end signature--probably not a zip file (did you\n        zip warning: remember to use binary mode when you transferred it?)\n        zip warning: (if you are trying to read a damaged archive try -F)\n\nzip error: Zip file structure invalid (KurobaEx_v10323_(2023-04-27)_backup.zip)',
      'shell',
      'Zip file structure invalid',
    ],
    [
      'zip warning: missing end signature--probably not a zip file (did you\n\tzip warning: remember to use binary mode when you transferred it?)\n\tzip warning: (if you are trying to read a damaged archive try -F)\n\nzip error: Zip file structure invalid (ref.zip)',
      'shell',
      'Zip file structure invalid',
    ],
    [
      'zip warning: expected 3 entries but found 0\n\nzip error: Zip file structure invalid (archive.zip)',
      'shell',
      'Zip file structure invalid',
    ],
    [
      'zip -q -r -y /home/pirmansaah/patchrom/huashan/out/target_files.zip *\n\nzip error: Zip file structure invalid (/home/pirmansaah/patchrom/huashan/out/target_files.zip)\n/home/pirmansaah/patchrom/huashan\nSign target files',
      'shell',
      'Zip file structure invalid',
    ],
    [
      '$ 7z l pytest-current/test_py7zr_write_single_close0/target.7z \n\n7-Zip [64] 16.02 : Copyright (c) 1999-2016 Igor Pavlov : 2016-05-21\n\nListing archive: pytest-current/test_py7zr_write_single_close0/target.7z\n\n--\nPath = pytest-current/test_py7zr_write_single_close0/target.7z\nType = 7z\nERRORS:\nHeaders Error\nPhysical Size = 120\nHeaders Size = 83\nSolid = -\nBlocks = 0\n\nErrors: 1',
      'shell',
      'Headers Error',
    ],
    [
      '$7za x ../graph-dataset.zip\n\n7-Zip (a) [64] 16.02 : Copyright (c) 1999-2016 Igor Pavlov : 2016-05-21\n\nExtracting archive: ../graph-dataset.zip\n\nERRORS:\nHeaders Error\n\n--\nPath = ../graph-dataset.zip\nType = zip\nERRORS:\nHeaders Error\nPhysical Size = 14654161628\n64-bit = +\n\n\n\nArchives with Errors: 1\n\nOpen Errors: 1',
      'shell',
      'Headers Error',
    ],
    [
      '37.66 - 7z.exe (7736) StdErr: ERROR: Headers Error : 7bdff92d-ff7a-46cc-ae2b-447db4fa2a33\n37.67 - 7z.exe (7736) StdErr: ERROR: Headers Error : 7be2f841-e54a-4984-927b-167326a4504b',
      'shell',
      'Headers Error',
    ],
    ['Cannot open the file as [7z]archive\nHeaders error', 'shell', 'Cannot open the file as archive'],
    [
      "Extracting archive: apollo.7z\nERROR: apollo.7z\napollo.7z\nOpen ERROR: Can not open the file as [7z] archive\n\n\nERRORS:\nUnexpected end of archive\n    \nCan't open as archive: 1\nFiles: 0\nSize:       0\nCompressed: 0",
      'shell',
      'Can not open the file as archive',
    ],
    ['ERROR: CRC Failed in encrypted file. Wrong password? : uploads/jenkins-DEPLOY-spc-r2r-43.log', 'shell', 'CRC Failed in encrypted file'],
    [
      'Jul  6 08:01:05 tabasco /USR/SBIN/CRON[20590]: (CRON) error (grandchild #20592 failed with exit status 1)\nJul  6 08:10:01 tabasco /USR/SBIN/CRON[22585]: (CRON) error (grandchild #22587 failed with exit status 1)',
      'shell',
      'grandchild failed with exit status',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      'rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1189) [sender=3.1.3]',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      'ERROR: Backup failed! Error message: rsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at io.c(605) [sender=3.0.9]',
      'shell',
      'error in rsync protocol data stream',
    ],
    [
      'rsync: write failed on "/mnt/var/lib/apt/lists/mirrors.tuna.tsinghua.edu.cn_debian_dists_buster_main_binary-armhf_Packages": No space left on device (28)\nrsync error: error in file IO (code 11) at receiver.c(374) [receiver=3.1.3]',
      'shell',
      'No space left on device',
    ],
    [
      "Warning: Permanently added '***' (ECDSA) to the list of known hosts.\nbash: rsync: command not found\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: remote command not found (code 127) at io.c(235) [sender=3.1.2]",
      'shell',
      'command not found',
    ],
    [
      'rsync error: some files could not be transferred (code 23) at /SourceCache/rsync/rsync-42/rsync/main.c(992) [sender=2.6.9]',
      'shell',
      'some files could not be transferred',
    ],
    [
      'Downloading and installing pam...\n######################################################################## 100.0%\ntar: This does not look like a tar archive\nxz: (stdin): File format not recognized\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now',
      'shell',
      'This does not look like a tar archive',
    ],
    ['xz: (stdin): File format not recognized', 'shell', 'File format not recognized'],
    [
      '~ $ unzip ~/eb-php-wordpress.zip\nEnd-of-central-directory signature not found.  Either this file is not\n  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n  latter case the central directory and zipfile comment will be found on\n  the last disk(s) of this archive.\nunzip:  cannot find zipfile directory in one of /Users/qianxi/eb-php-wordpress.zip or\n        /Users/qianxi/eb-php-wordpress.zip.zip, and cannot find /Users/qianxi/eb-php-wordpress.zip.ZIP, period.',
      'shell',
      'End-of-central-directory signature not found',
    ],
    [
      'zip warning: name not matched: minix_usr/include/minix/callnr.h:\nzip warning: name not matched: minix_usr/src/fs/table.c:\nzip warning: name not matched: minix_usr/t.c:\n\nzip error: Nothing to do! (minix_diff_2019_01_07_10_16_08.zip)',
      'shell',
      'Nothing to do',
    ],
    [
      '$ echo $(seq 1 6) | ./toybox-x86_64 xargs -n1 sh -c \'sleep "$0"; echo "$0"; exit 255\'\n1\nxargs: sh: exited with status 255; aborting\n2\nxargs: sh: exited with status 255; aborting',
      'shell',
      'exited with status 255',
    ],
    [
      'ubuntu@ip-172-31-82-241:~$ curl http://localhost:8080\ncurl: (7) Failed to connect to localhost port 8080: Connection refused',
      'shell',
      'Failed to connect',
    ],
    ['curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443', 'shell', 'OpenSSL SSL_connect'],
    [
      'curl --connect-timeout 5 https://localhost:8000\ncurl: (28) Operation timed out after 0 milliseconds with 0 out of 0 bytes received',
      'shell',
      'Operation timed out',
    ],
    [
      'tar: config/application.properties: Cannot change ownership to uid 2000, gid 2000: Operation not permitted',
      'shell',
      'Operation not permitted',
    ],
    [
      'gzip: stdin: invalid compressed data--crc error\n/bin/gtar: Child returned status 1\n/bin/gtar: Exiting with failure status due to previous errors',
      'shell',
      'invalid compressed data--crc error',
    ],
    [
      'xxx@xxx ~ [255]> scp -P 22222 ./README.md  xxx@x.x.x.x:ec2-user@x.x.x.x:/tmp/README1.md\nsubsystem request failed on channel 0\nscp: Connection closed',
      'shell',
      'subsystem request failed',
    ],
    [
      "--2018-02-18 06:05:43--  https://vm-118-138-240-228.erc.monash.edu.au/cgi-bin/acc.sh?ORG=mmusculus&Submit\nResolving vm-118-138-240-228.erc.monash.edu.au (vm-118-138-240-228.erc.monash.edu.au)... failed: Temporary failure in name resolution.\nwget: unable to resolve host address 'vm-118-138-240-228.erc.monash.edu.au'\nwget: missing URL\nUsage: wget [OPTION]... [URL]...",
      'shell',
      'unable to resolve host address',
    ],
    [
      'Feb 17 00:00:04 raspberrypi dshield.pl[26707]: submitting dshield logs SHA1 ok\nFeb 17 00:00:04 raspberrypi CRON[26697]: (CRON) info (No MTA installed, discarding output)',
      'shell',
      'No MTA installed',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the fourteenth pass names what the message is about', () => {
  it('tests the xz file that is corrupt', () => {
    expect(fixText('xz: Chromium.app.ungoogled-127.0.6533.89.tar.xz: Compressed data is corrupt')).toContain(
      "xz -tv 'Chromium.app.ungoogled-127.0.6533.89.tar.xz'",
    );
  });

  it('salvages the zip archive zip refused', () => {
    expect(fixText('zip warning: expected 3 entries but found 0\n\nzip error: Zip file structure invalid (archive.zip)')).toContain(
      "zip -FF 'archive.zip'",
    );
  });

  it('copies the path scp skipped with -r', () => {
    expect(fixText('scp: /var/log/callstack_req_fifo: not a regular file')).toContain("scp -r <host>:'/var/log/callstack_req_fifo'");
  });

  it('checks the file system rsync could not write to', () => {
    expect(
      fixText('rsync: [receiver] write failed on "/tmp/backup-UgD/usr/local/bin/shrink-backup/shrink-backup.log": No space left on device (28)'),
    ).toContain('df -h "$(dirname \'/tmp/backup-UgD/usr/local/bin/shrink-backup/shrink-backup.log\')"');
  });

  it('extracts the 7-Zip member that failed with its password', () => {
    expect(fixText('ERROR: CRC Failed in encrypted file. Wrong password? : uploads/jenkins-DEPLOY-spc-r2r-43.log')).toContain(
      "archive.7z 'uploads/jenkins-DEPLOY-spc-r2r-43.log'",
    );
  });

  it('runs the command xargs stopped on by hand', () => {
    expect(fixText("echo a | perl xargs perl -e'exit 255'\nxargs: perl: exited with status 255")).toContain('perl <one argument>');
  });
});
