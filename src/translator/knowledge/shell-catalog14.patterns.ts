import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, errnoOf, nameOr as or, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A fourteenth catalog pass over the shell family: file transfer and archive tools as scripts, cron mails and CI logs
 * paste them, where the engine answered with another language or not at all. rsync's "protocol version mismatch -- is
 * your shell clean?" (a remote shell that prints at login) and a full disk behind a progress line or a "[receiver]"
 * tag, scp's "not a regular file", BusyBox wget's "error getting response", a non-GNU xargs' "exited with status
 * 255", GNU parallel's warning about input read from the terminal, xz's and bzip2's
 * failures on a named file (not stdin), unzip's "bad CRC", zip's "Zip file structure invalid", and 7-Zip's own
 * reports ("Can not open the file as [7z] archive", "ERRORS: Headers Error", "CRC Failed in encrypted file"), and
 * cron's log line for a job that failed without a mail ("(CRON) error (grandchild #N failed with exit status 1)").
 * rsync's "rsync warning:" lines (code 24) and its other exit codes are shell.rsync's, widened in this pass; curl's
 * codes 28, 58 and 97 are shell.curl's.
 *
 * The type is the tool's phrase without the names around it, or the system error it reports (corpus README, shell
 * row). The `n` group captures the file or host the message is about, which the fix repeats.
 */

const REFS = {
  rsync: [ref('rsync(1): DIAGNOSTICS', 'https://download.samba.org/pub/rsync/rsync.1#DIAGNOSTICS'), ref('rsync(1): EXIT VALUES', 'https://download.samba.org/pub/rsync/rsync.1#EXIT_VALUES')],
  scp: [ref('scp(1)', 'https://man.openbsd.org/scp')],
  parallel: [ref('GNU parallel(1)', 'https://www.gnu.org/software/parallel/man.html')],
  archive: [
    ref('xz(1)', 'https://man7.org/linux/man-pages/man1/xz.1.html'),
    ref('unzip(1)', 'https://linux.die.net/man/1/unzip'),
    ref('zip(1): -F and -FF', 'https://linux.die.net/man/1/zip'),
  ],
  sevenZip: [ref('7-Zip: command line', 'https://7-zip.opensource.jp/chm/cmdline/index.htm'), ref('7-Zip: exit codes', 'https://7-zip.opensource.jp/chm/cmdline/exit_codes.htm')],
};

const TRANSFER_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`protocol version mismatch -{1,2} is your shell clean\?`,
    type: 'protocol version mismatch',
    why: 'rsync talks to the rsync it starts on the other end over ssh, and the first bytes it read were not rsync\'s: the remote shell printed something for a non-interactive login (an echo, a banner or a "source" in ~/.bashrc, ~/.profile or ~/.cshrc, a MOTD), or sshd runs a forced command (ForceCommand internal-sftp, a command= key) instead of rsync. A real version difference between the two rsyncs is rarely the cause.',
    fix: 'Make the remote shell print nothing for a non-interactive command',
    code: () => `ssh <host> /bin/true > out.dat; wc -c out.dat   # must be 0 bytes\nhead -c 200 out.dat   # the text the login printed\n# ~/.bashrc on the remote: return early when not interactive\n[[ $- != *i* ]] && return`,
  },
  {
    // The receiver's write on a full disk, also behind a progress line or with rsync 3.2's "[receiver]" tag.
    re: String.raw`rsync: (?:\[\w{1,12}\] )?write failed on "(?<n>[^"\n]{1,300})": (?<errno>No space left on device) \(28\)`,
    type: errnoOf,
    why: "The file system rsync writes to is full (or out of inodes): the destination disk, a small image file or tmpfs it copies into, or the space rsync's temporary copies take (without --inplace each file is written beside the old one before the rename).",
    fix: 'Free space on the destination, or give rsync a bigger target',
    code: (n) => `df -h "$(dirname '${or(n, '/destination/file')}')"\ndf -i "$(dirname '${or(n, '/destination/file')}')"   # inodes\nrsync -a --inplace --delete-before src/ dest/   # no temporary copies, deletions first`,
  },
  {
    re: String.raw`scp: (?<n>[^\n:]{1,300}): not a regular file`,
    type: 'not a regular file',
    why: 'scp copies files, and the path is a directory (or a FIFO, socket or device): a directory needs -r, and special files are skipped (scp goes on with the others and exits 1).',
    fix: 'Copy a directory with -r; leave special files out',
    code: (n) => `scp -r <host>:'${or(n, '/path/dir')}' .\nrsync -a --no-specials --no-devices <host>:'${or(n, '/path/dir')}/' ./dir/   # skips FIFOs and sockets quietly`,
  },
  {
    // The local side of scp names the path without "scp:" ("edit: not a regular file" under the scp command line).
    re: String.raw`(?:^|\n)[^\n]{0,80}\bscp (?:-\w{1,6} {1,3}){0,4}[^\n]{1,300}\n(?:[^\n]{0,300}\n){0,2}?(?<n>[^\s:]{1,300}): not a regular file`,
    type: 'not a regular file',
    why: 'scp copies files, and the path given is a directory (or a special file): copying a directory needs -r.',
    fix: 'Copy the directory with -r',
    code: (n) => `scp -r ./${or(n, 'dir')} <host>:<destination>/`,
  },
  {
    // BusyBox wget (Alpine, OpenWrt): the connection dropped before the answer; the system error names how.
    re: String.raw`wget: error getting response: (?<errno>Connection reset by peer|Connection timed out|Broken pipe|Network is unreachable)`,
    type: errnoOf,
    why: "BusyBox's wget connected, sent the request and lost the connection before the server answered: a proxy or firewall cutting the connection (often a TLS or HTTP filter on a router), a server that drops clients without TLS SNI or with an old TLS version (BusyBox's own TLS is minimal), or a server that refuses the request's headers.",
    fix: 'Retry with verbose output, or fetch it with curl or GNU wget',
    code: () => `wget -S -O /dev/null "$URL"   # -S: the headers, if any came
curl -v -o file "$URL"   # a client with full TLS support`,
  },
  {
    // GNU xargs adds "; aborting"; other xargs (toybox, PerlPowerTools) print the status alone.
    re: String.raw`xargs: (?<n>[^:\n]{1,200}): exited with status 255(?!; aborting)`,
    type: 'exited with status 255',
    why: 'xargs stops when the command it runs exits with 255 and runs nothing more from its input: ssh exits 255 when the connection fails, and a script may "exit -1", which is 255.',
    fix: 'Find why the command exited with 255, or let it return another code',
    code: (n) => `${or(n, '<command>')} <one argument>; echo "exit $?"   # run one invocation by hand
xargs -n1 sh -c '${or(n, '<command>')} "$1" || exit 1' _   # map failures to 1 so xargs goes on`,
  },
  {
    re: String.raw`parallel: Warning: Input is read from the terminal`,
    type: 'Input is read from the terminal',
    why: 'GNU parallel was started without arguments after ::: or :::: , without -a, and with nothing piped into it, so it waits for the job list on the keyboard: a variable or glob that expanded to nothing after :::, or a pipe that was lost (parallel run from a script whose stdin is a terminal).',
    fix: 'Give parallel its arguments after :::, with -a, or on a pipe',
    code: () => `parallel echo {} ::: a b c\nfind . -name '*.log' | parallel gzip {}\nparallel -a list.txt ./process.sh {}`,
  },
];

const ARCHIVE_ENTRIES: readonly CatalogEntry[] = [
  {
    // A named file (shell.archive answers "(stdin)", what tar pipes into the decompressor).
    re: String.raw`(?:^|\n)[ \t]{0,8}(?:xz|unxz|lzma|zstd|bzip2): (?<n>[^\n:(][^\n:]{0,300}): (?<kind>Compressed data is corrupt|File format not recognized|Unexpected end of input|Data integrity error)`,
    type: (g) => g.kind ?? 'Compressed data is corrupt',
    why: 'The compressed file is damaged or incomplete: a download that stopped early or saved an error page, a copy in text mode, or a file of another format under this extension. The decompressor checks its integrity (CRC) and stops at the first damaged block.',
    fix: 'Test the file and compare it with the source, then download it again',
    code: (n) => `xz -tv '${or(n, 'file.tar.xz')}'   # integrity test\nls -l '${or(n, 'file.tar.xz')}'; sha256sum '${or(n, 'file.tar.xz')}'   # compare with the published size and checksum\nfile '${or(n, 'file.tar.xz')}'`,
  },
  {
    re: String.raw`(?:(?:inflating|extracting|testing): {1,4}(?<n>[^\s]{1,300}) {1,40})?bad CRC [0-9a-f]{8} {1,4}\(should be [0-9a-f]{8}\)`,
    type: 'bad CRC',
    why: 'unzip unpacked a member whose checksum differs from the one stored in the archive: the archive was damaged (a truncated or text-mode transfer), the program that wrote it stored wrong checksums, or, for an encrypted member ("may instead be incorrect password"), the password is wrong.',
    fix: 'Test the archive, and download it again or check the password',
    code: (n) => `unzip -t archive.zip   # lists every member that fails\nunzip -P '<password>' archive.zip '${or(n, '<member>')}'\n7z t archive.zip   # a second opinion on the archive`,
  },
  {
    re: String.raw`zip error: Zip file structure invalid \((?<n>[^\n]{1,300})\)[ \t]*(?:\r?\n|$)`,
    type: 'Zip file structure invalid',
    why: 'zip read the archive to update or test it and found no valid end record ("missing end signature"): the file is truncated (an interrupted download or a full disk while writing), is not a zip at all (an HTML page), or was left half-written by an earlier zip that failed. zip refuses to change it.',
    fix: 'Delete the damaged archive and create it again, or salvage it with -F / -FF',
    code: (n) => `ls -l '${or(n, 'archive.zip')}'; file '${or(n, 'archive.zip')}'\nzip -FF '${or(n, 'archive.zip')}' --out fixed.zip   # salvage what can be read\nrm -f '${or(n, 'archive.zip')}' && zip -r '${or(n, 'archive.zip')}' <files>   # or start over`,
  },
];

const SEVEN_ZIP_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`(?<kind>Can ?not) open (?:the )?file as (?:\[\w{1,10}\] ?)?archive`,
    type: (g) => `${g.kind ?? 'Can not'} open the file as archive`,
    why: '7-Zip recognised no archive it can read in the file: it is truncated (an incomplete download or copy), damaged, only one part of a multi-volume archive (open the .001 or .part1 file), encrypted with its headers hidden and no password given, or not an archive at all (an HTML page saved under the archive\'s name).',
    fix: 'Check the size and type of the file, and open the first volume',
    code: () => `7z l -slt archive.7z   # what 7-Zip sees\nfile archive.7z; ls -l archive.7z\n7z x archive.7z.001   # a split archive: start with the first part`,
  },
  {
    re: String.raw`ERRORS?:[ \t]{0,4}(?:\r?\n[ \t]{0,4})?(?<kind>(?:CRC Failed|Data Error)(?: in encrypted file)?|Headers Error|Unexpected end of archive|Unexpected end of data|Wrong password|Unsupported Method)(?:\. Wrong password\?)?(?: : (?<n>[^\n]{1,300}))?`,
    type: (g) => g.kind ?? 'Headers Error',
    why: '7-Zip opened the archive but its contents failed the checks: "Headers Error" is a damaged or non-standard header (some zip writers store fields 7-Zip rejects; the files may still extract), "Unexpected end of archive/data" a truncated file, "CRC Failed" and "Data Error" a damaged member, and "in encrypted file" or "Wrong password" a wrong password (7-Zip cannot tell a wrong password from damage for encrypted data).',
    fix: 'Test the archive; download it again, or give the right password',
    code: (n) => `7z t archive.7z   # lists the members that fail\n7z x -p'<password>' archive.7z '${or(n, '<member>')}'\nsha256sum archive.7z   # compare with the published checksum`,
  },
];

export const SHELL_CATALOG14_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.transfer-catalog14',
    tool: 'rsync/scp/wget/xargs/parallel',
    category: 'io',
    // Above shell.rsync (25), whose "rsync error: … (code N)" line follows these, and above shell.disk-full-first (28),
    // which names rsync's full disk by its whole message rather than the file.
    priority: 29,
    entries: TRANSFER_ENTRIES,
    references: [...REFS.rsync, ...REFS.scp, ...REFS.parallel],
    requires: /protocol version mismatch|write failed on "|not a regular file|parallel: Warning: Input is read|wget: error getting response|exited with status 255/,
    samples: [
      'protocol version mismatch -- is your shell clean?\n(see the rsync man page for an explanation)\nrsync error: protocol incompatibility (code 2) at compat.c(180) [sender=3.0.7]',
      'scp: /var/log/callstack_req_fifo: not a regular file',
    ],
  }),
  catalogMessage({
    id: 'shell.cron-grandchild-catalog14',
    tool: 'cron',
    category: 'runtime',
    priority: 24,
    requires: /\(CRON\) error \(grandchild/,
    // Debian's cron logs a job that exited non-zero while its output could not be mailed (or MAILTO is empty).
    re: String.raw`\(CRON\) error \(grandchild #\d{1,10} failed with exit status (?<n>\d{1,3})\)`,
    type: 'grandchild failed with exit status',
    why: "A cron job exited with a non-zero status, and cron logs it because it could not mail the job's output (no MTA, or MAILTO=\"\"): the command failed in cron's environment, which has a short PATH (/usr/bin:/bin), no login profile, /bin/sh instead of bash, another working directory (the home directory) and % signs that cron turns into newlines.",
    fix: "Capture the job's output in a file and run it the way cron does",
    code: (n) => `# crontab: log the output and the status (${or(n, '1')} here)\n* * * * * /path/job.sh >> /tmp/job.log 2>&1; echo "exit $?" >> /tmp/job.log\nenv -i HOME="$HOME" PATH=/usr/bin:/bin /bin/sh -c '/path/job.sh'   # cron's environment`,
    references: [ref('crontab(5)', 'https://man7.org/linux/man-pages/man5/crontab.5.html')],
    samples: ['Jul  6 08:01:05 tabasco /USR/SBIN/CRON[20590]: (CRON) error (grandchild #20592 failed with exit status 1)'],
  }),
  catalogPattern({
    id: 'shell.archive-catalog14',
    tool: 'xz/unzip/zip',
    category: 'io',
    // Above shell.archive-catalog (22); shell.archive (30) keeps the "(stdin)" forms tar prints.
    priority: 24,
    entries: ARCHIVE_ENTRIES,
    references: REFS.archive,
    requires: /Compressed data is corrupt|File format not recognized|Unexpected end of input|Data integrity error|bad CRC|Zip file structure invalid/,
    samples: [
      'xz: Chromium.app.tar.xz: Compressed data is corrupt',
      '  inflating: firefly.jpg              bad CRC 4470ea34  (should be 00000000)',
      'zip error: Zip file structure invalid (ref.zip)',
    ],
  }),
  catalogPattern({
    id: 'shell.7zip-catalog14',
    tool: '7-Zip',
    category: 'io',
    priority: 24,
    entries: SEVEN_ZIP_ENTRIES,
    references: REFS.sevenZip,
    requires: /open (?:the )?file as|Headers Error|CRC Failed|Data Error|Wrong password|Unexpected end of (?:archive|data)|Unsupported Method/,
    samples: ['Open ERROR: Can not open the file as [7z] archive', 'ERRORS:\nHeaders Error', 'ERROR: CRC Failed in encrypted file. Wrong password? : data.log'],
  }),
];
