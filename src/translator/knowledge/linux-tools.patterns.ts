import type { Captures, ErrorPattern } from '../rules/error-pattern';

import { fix, ref } from './answer-parts';

/**
 * The command-line tools of a Linux or macOS system, run from a shell (language 'shell'): coreutils'
 * permission and argument errors, tar/gzip/unzip, curl and wget, apt and dpkg, systemd and systemctl,
 * ssh keys, sudo, find/grep/awk/jq. The type is the tool's own phrase without the names around it.
 */

const COREUTILS = ref('GNU Coreutils manual', 'https://www.gnu.org/software/coreutils/manual/coreutils.html');
// A Docker build step that failed: apt's or dpkg's error inside it is the build's (README: BuildKit's
// "failed to solve", the legacy builder's non-zero code), answered by the Docker patterns.
const DOCKER_BUILD_STEP_FAILED = String.raw`(?:did not complete successfully: exit code|returned a non-zero code)`;
const APT = ref('apt-get(8)', 'https://manpages.debian.org/stable/apt/apt-get.8.en.html');

/** curl's exit codes the tool prints as "curl: (N) …", with the phrase that names each. */
const CURL_ERRORS: Readonly<Record<string, { phrase: RegExp; why: string; fix: string; code: (url: string) => string }>> = {
  '3': { phrase: /^URL (?:using bad\/illegal format or missing URL|rejected: [^\n]+|malformed)/, why: 'The URL is malformed: often a variable that expanded to nothing, quotes that became part of the URL, or a Windows line ending at its end.', fix: 'Print the URL exactly as curl receives it.', code: (u) => `echo "[${u}]" | cat -A` },
  '6': { phrase: /^Could not resolve host/, why: 'The host name did not resolve: a typo, no DNS (a container or CI runner without network, a VPN-only name), or a proxy that must do the resolving.', fix: 'Resolve the name where curl runs, or pass the proxy.', code: (u) => `getent hosts ${u}\ncurl -v --proxy "$HTTPS_PROXY" https://${u}/` },
  '7': { phrase: /^(?:Failed to connect|Couldn't connect to server)/, why: 'Nothing accepted the TCP connection: the server is not running or listens on another port or interface (127.0.0.1 inside a container is the container itself), or a firewall refused it.', fix: 'Check that the service listens on that address and port.', code: (u) => `ss -ltnp | grep ${u.split(':').pop() ?? ''}\ncurl -v ${u}` },
  '22': { phrase: /^The requested URL returned error(?:: \d{3})?/, why: 'With --fail (-f), curl turns an HTTP error status into this failure. The server answered, and the status says why: 404 a wrong URL or a release asset that does not exist, 401/403 missing credentials, 5xx a server error.', fix: 'Look at the status and the URL; run without -f to see the body.', code: (u) => `curl -sS -L -D - -o response.body ${u}\nhead -c 300 response.body` },
  // curl 7.81+ words a connect timeout like code 7's failure: "Failed to connect to host port 443 after 129180 ms: …".
  '28': { phrase: /^(?:Operation timed out|Connection timed out|Resolving timed out|Failed to connect)/, why: 'The transfer did not finish within the time limit: packets dropped by a firewall, a proxy that is required but not used, or a server that is slow.', fix: 'Test the route, and use the proxy if the network needs one.', code: (u) => `curl -v --connect-timeout 10 ${u}\nenv | grep -i proxy` },
  // OpenSSL's own reason ("error:0A00010B:SSL routines::wrong version number") names the failure when it is there.
  '35': { phrase: /^(?:error:[0-9A-Fa-f]{8}:)?SSL routines:\w{0,60}:(?<reason>[a-z][\w ]{2,100})|^(?:OpenSSL SSL_connect|SSL connect error|[^\n]{0,40}SSL routines|schannel)/, why: 'The TLS handshake failed before any certificate check: a proxy or firewall cutting TLS connections, a server that only speaks older (or newer) TLS versions, or an old OpenSSL on this machine.', fix: 'See the handshake, and try the TLS version explicitly.', code: (u) => `curl -v --tlsv1.2 ${u}\nopenssl s_client -connect ${u}:443 </dev/null` },
  '58': { phrase: /^(?:could not load PEM client certificate|could not load ASN1 client certificate|unable to set private key file|unable to use client certificate|SSL: Can't load the certificate)/, why: 'curl could not load the client certificate or key given with --cert/--key (or CURLOPT_SSLCERT): the path does not exist relative to where curl runs, the file is in another format than --cert-type says (a .p12 or DER file as PEM), its key is protected by a pass phrase that was not given, or OpenSSL 3 refuses its weak key or signature ("ee key too small", "ca md too weak").', fix: 'Check the certificate file and its format, and give the key and pass phrase.', code: (u) => `openssl x509 -in client.pem -noout -subject -dates   # is it a PEM certificate?
openssl pkcs12 -in client.p12 -out client.pem -nodes   # convert a .p12
curl --cert client.pem --key client.key ${u}` },
  // A SOCKS proxy's refusal (code 97 since curl 7.87, code 7 before): the proxy answered, the target did not.
  '97': { phrase: /^(?:Can't complete SOCKS[45]a? connection|User was rejected by the SOCKS5 server|Unable to receive initial SOCKS5 response|Failed to receive SOCKS5 connect request ack|cannot complete SOCKS5 connection)/, why: 'The SOCKS proxy accepted curl but could not (or would not) connect to the target: with socks5:// curl resolves the name itself, and a name that resolves wrongly or only on the proxy\'s side fails (socks5h:// lets the proxy resolve it); the number in brackets is the proxy\'s reply (4 host unreachable, 5 connection refused, 8 address type not supported), and "rejected" means the proxy wants other credentials.', fix: 'Let the proxy resolve the host name, and check the proxy\'s own log.', code: (u) => `curl -v -x socks5h://127.0.0.1:1080 ${u}   # socks5h: the proxy resolves the name
curl -v --socks5-hostname 127.0.0.1:1080 ${u}` },
  '52': { phrase: /^Empty reply from server/, why: 'The server closed the connection without any answer: plain HTTP sent to an HTTPS port (or the reverse), or the server crashed on the request.', fix: 'Check the scheme and port, and the server\'s logs.', code: (u) => `curl -v ${u}` },
  '56': { phrase: /^(?:Recv failure|Failure when receiving data)/, why: 'The connection was reset while receiving: a proxy or firewall killing the connection, or the server dying mid-response.', fix: 'Retry, and see where the connection drops.', code: (u) => `curl -v --retry 3 ${u}` },
  '51': { phrase: /^SSL: (?<reason>no alternative certificate subject name matches target host name|certificate subject name [^\n]{0,200} does not match target host name)/, why: 'The certificate the server sent is for other host names than the one in the URL: an IP address or short name in the URL, a shared host serving its default certificate, or a proxy in between.', fix: 'Use the host name the certificate covers.', code: (u) => `openssl s_client -connect ${u}:443 -servername ${u} </dev/null 2>/dev/null | openssl x509 -noout -ext subjectAltName` },
  // OpenSSL's and Secure Transport's verification failure: the reason after "SSL certificate problem:" names it.
  '60': { phrase: /^(?:SSL certificate problem: (?<reason>[^\n]{0,200}[^\s.])|SSL certificate problem|Peer certificate cannot be authenticated)/, why: 'curl could not verify the server\'s certificate against its CA bundle: a self-signed or internal CA, a TLS-inspecting corporate proxy, or a CA bundle missing on this system (ca-certificates in minimal images).', fix: 'Give curl the CA that signed the certificate; do not turn verification off.', code: () => 'sudo apt-get install -y ca-certificates   # minimal images\ncurl --cacert /path/to/corporate-ca.pem https://internal.example/' },
};

/**
 * The code's usual phrase (or the reason the phrase gives: "SSL certificate problem: unable to get local
 * issuer certificate"), else the message itself up to its first colon or full stop (curl's wording varies
 * by TLS library and version).
 */
/** The entry for curl's code, or the SOCKS proxy's when a SOCKS failure came as code 7 (curl before 7.87). */
function curlKnown(c: Captures): (typeof CURL_ERRORS)[string] | undefined {
  if (/^(?:Can't complete|Unable to receive initial|User was rejected by the) SOCKS/.test(c.message ?? '')) return CURL_ERRORS['97'];
  return c.code ? CURL_ERRORS[c.code] : undefined;
}

function curlError(c: Captures): string {
  const known = curlKnown(c);
  const head = known?.phrase.exec(c.message ?? '');
  return head?.groups?.reason ?? head?.[0] ?? (c.message ?? '').split(/[:.](?:\s|$)/)[0].trim();
}

/** systemd's own exit statuses (systemd.exec(5)): the step of starting a service that failed, before the program ran. */
const SYSTEMD_EXIT_STATUS: Readonly<Record<string, string>> = {
  EXEC: 'ExecStart= names a program that does not exist, is not executable, or (for a script) whose #! interpreter is missing; SELinux labels can forbid it too.',
  CHDIR: 'WorkingDirectory= does not exist or is not accessible to the service user.',
  USER: 'User= names a user that does not exist.',
  GROUP: 'Group= names a group that does not exist.',
  NAMESPACE: 'The sandboxing options (ProtectSystem=, ReadWritePaths=, PrivateTmp=) name paths that do not exist, or the kernel or container does not allow the namespaces.',
  STDOUT: 'StandardOutput= points at a file or socket that cannot be opened.',
  CAPABILITIES: 'The capability settings cannot be applied.',
};

export const LINUX_TOOL_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'shell.tool-permission-denied',
    language: 'shell',
    // Coreutils' "cannot …" forms end in the system error; the bare "tool: path: Permission denied" is shell.permission-denied's.
    // Also mv's "cannot move 'a' to 'b'", head's and cp's "cannot open 'x' for reading", du's "cannot read directory".
    match: /(?<![^\s>|:])(?<tool>mkdir|touch|ls|cp|mv|rm|ln|chmod|chown|chgrp|cat|install|rmdir|tail|head|du|find|tar|sed|sort|mktemp|truncate|dd|rsync|unzip|gzip|cd|tee|split|losetup|wc|grep): (?:cannot (?:create directory|create regular file|create symbolic link|create hard link|touch|open directory|open|remove|access|stat|read directory|read|move|overwrite|change to directory)|failed to (?:create symbolic link|create hard link|open|access|preserve ownership for|set permissions)|changing (?:permissions|ownership) of|setting permissions for|can't (?:open|create|read|cd to)|couldn't (?:open|create)) [`'‘"]?(?<path>[^'’"\n]{1,400}?)[`'’"]?(?: to [`'‘"]?[^'’"\n]{1,400}?[`'’"]?| for (?:reading|writing)|: failed to set up loop device)?: Permission denied/,
    requires: /: Permission denied/,
    errorType: 'Permission denied',
    category: 'permission',
    priority: 27,
    summary: (c) => `${c.tool} may not do that to ${c.path}: permission denied.`,
    explanation: (c) =>
      `The user running ${c.tool} lacks the permission it needs on ${c.path} or on the directory that holds it: creating, removing or renaming needs write and execute permission on the parent directory, reading needs read permission on the file. Paths under /usr, /opt, /etc and /var belong to root; files created earlier with sudo belong to root too; a volume mounted into a container keeps the host's owner.`,
    causes: ['A system directory (or a file created earlier with sudo) owned by root', 'A container running as a user that does not own the mounted volume', 'A read-only or noexec mount, or SELinux/AppArmor denying it'],
    fixes: (c) => [fix(`See who owns ${c.path} and fix ownership, not the permissions of everything`, ['Check the owner and mode of the path and its parent directory.', 'Take ownership of your own project files (chown) instead of running the tool with sudo; in containers, run as the user that owns the volume.'], `ls -ld ${c.path} "$(dirname ${c.path})"\nsudo chown -R "$USER" ${c.path}`)],
    references: [COREUTILS],
    samples: ["mkdir: cannot create directory '/opt/app': Permission denied", "touch: cannot touch '/var/log/app.log': Permission denied", "ls: cannot open directory '.': Permission denied", "mv: cannot move 'a' to 'b/a': Permission denied", "cp: cannot open 'secret.key' for reading: Permission denied", "du: cannot read directory './lost+found': Permission denied"],
  },
  {
    id: 'shell.tool-file-exists',
    language: 'shell',
    match: /(?<![^\s>|:])(?<tool>ln|mkdir|cp|mv|install|mknod|mkfifo): (?:failed to create (?:symbolic|hard) link|cannot create directory|cannot (?:move|overwrite|create)[^\n]{0,20}?) [`'‘"]?(?<path>[^'’"\n]{1,400}?)[`'’"]?(?: to [`'‘"]?[^'’"\n]{1,400}?[`'’"]?)?: (?<reason>File exists|Directory not empty)/,
    requires: /File exists|Directory not empty/,
    errorType: (c) => c.reason ?? 'File exists',
    category: 'io',
    priority: 27,
    summary: (c) => `${c.tool}: ${c.path} ${c.reason === 'Directory not empty' ? 'is a directory that is not empty' : 'already exists'}.`,
    explanation: (c) =>
      c.reason === 'Directory not empty'
        ? `mv cannot replace a directory that has files in it, and rmdir removes only empty directories. ${c.path} has content: a previous run left it there.`
        : `${c.tool} does not replace what is already at ${c.path}: ln needs -f (and -n for a link to a directory), mkdir needs -p, install scripts run twice meet their own earlier output.`,
    causes: ['A second run of an install or setup script', 'A leftover file, link or directory from an earlier version'],
    fixes: (c) => [fix(`Replace or keep ${c.path} on purpose`, ['Make the command idempotent: ln -sfn, mkdir -p, or remove the old one first after checking what it is.'], `ls -la ${c.path}\nln -sfn /opt/app/current ${c.path}   # replace a link\nmkdir -p ${c.path}                  # a directory that may exist`)],
    references: [COREUTILS],
    samples: ["ln: failed to create symbolic link '/usr/local/bin/node': File exists", "mv: cannot move 'build' to 'dist/build': Directory not empty"],
  },
  {
    id: 'shell.tool-usage',
    language: 'shell',
    // GNU tools' usage errors, each followed by "Try 'x --help' for more information."
    match: /(?<![^\s>|:])(?<tool>[a-z][\w.-]{0,30}): (?<phrase>missing operand|extra operand|missing destination file operand after|invalid number of (?:lines|bytes)|invalid date|paths must precede expression|the delimiter must be a single character|invalid (?:user|group)|unrecognized option|option requires an argument|argument line too long|failed to run command|missing argument to [`'‘]-exec['’])(?<rest>[^\n]{0,300})/,
    requires: /: (?:missing operand|extra operand|missing destination file operand|invalid number of|invalid date|paths must precede|the delimiter must be|invalid (?:user|group)|unrecognized option|option requires an argument|argument line too long|failed to run command|missing argument to)/,
    // nohup, timeout, env and xargs name the system error that kept the command from starting.
    errorType: (c) => (c.phrase === 'failed to run command' ? (/: ([A-Z][\w ]{2,60})$/.exec(c.rest ?? '')?.[1] ?? c.phrase) : (c.phrase ?? 'usage error')),
    category: 'syntax',
    priority: 20,
    summary: (c) => `${c.tool} was called wrongly: ${c.phrase}${c.rest ?? ''}.`,
    explanation: (c) => {
      const p = c.phrase ?? '';
      if (p.startsWith('missing argument to'))
        return "find's -exec must end with \\; (or +) as a separate argument: written unescaped, the shell takes ; as its own command separator, and a program that builds the command as a list must pass ';' as its last element.";
      if (p === 'paths must precede expression')
        return 'An unquoted wildcard in find\'s -name was expanded by the shell before find ran (find . -name *.txt became find . -name a.txt b.txt): the second file name is where find expected an option.';
      if (p.endsWith('operand') || p.startsWith('missing destination'))
        return `${c.tool} got ${p.startsWith('extra') ? 'more' : 'fewer'} arguments than it takes: usually a variable that expanded to nothing or to several words, because it was not quoted.`;
      if (p === 'invalid date') return 'date -d could not parse the date: GNU date reads many formats, BSD date (macOS) needs -j -f with the format instead of -d.';
      if (p === 'argument line too long') return 'The command line xargs would build is longer than the system allows; input items with no separators (one huge line) cause it.';
      if (p === 'failed to run command')
        return `${c.tool} could not start the command it was given${c.rest ?? ''}: the command is not on PATH, not executable (no x bit, a noexec mount), or a shell builtin such as cd or source, which only a shell can run (${c.tool} sh -c '…').`;
      if (p.startsWith('invalid user') || p.startsWith('invalid group')) return 'The user or group named does not exist on this system (or in this container image).';
      return `${c.tool} does not accept that option or value here. GNU and BSD (macOS) tools take different options.`;
    },
    causes: ['An unquoted variable or wildcard expanded by the shell', 'An option of the GNU tool used with the BSD one (or the reverse)', 'A missing argument'],
    fixes: (c) => [fix(`Quote the arguments of ${c.tool} and check its usage`, ['Quote variables and patterns ("$file", -name \'*.txt\'), and read the tool\'s --help for the option.'], `find . -name '*.txt'\n${c.tool} --help`)],
    references: [COREUTILS],
    samples: ["find: paths must precede expression: `file2.txt'", "date: invalid date '2024-13-01'", 'basename: missing operand', "nohup: failed to run command './server': Permission denied"],
  },
  {
    id: 'shell.archive',
    language: 'shell',
    match: /gzip: (?:stdin: )?(?<gzip>not in gzip format|invalid magic)|tar: (?<tarFormat>This does not look like a tar archive)|tar \(child\): (?<file>[^:\n]{1,300}): (?<cannotOpen>Cannot open): (?<reason>[^\n]{1,100})|(?<eof>Unexpected EOF in archive)|(?:xz|bzip2|zstd|lzma): \(stdin\): (?<compressed>File format not recognized|Data integrity error|Compressed data is corrupt|unsupported format)|unzip: {1,2}(?<unzip>cannot find or open) (?<zip>[^\s,]{1,300})|(?<central>End-of-central-directory signature not found)/,
    requires: /gzip: |tar: |tar \(child\): |Unexpected EOF in archive|: \(stdin\): |unzip: |End-of-central-directory/,
    errorType: (c) => c.gzip ?? c.tarFormat ?? c.cannotOpen ?? c.eof ?? c.compressed ?? c.unzip ?? c.central ?? 'archive error',
    category: 'io',
    priority: 30,
    summary: (c) => (c.cannotOpen ? `tar could not open ${c.file}: ${c.reason}.` : c.unzip ? `unzip could not find ${c.zip}.` : 'The file is not the archive its extension says.'),
    explanation: (c) =>
      c.cannotOpen || c.unzip
        ? 'The archive is not at that path (relative to the current directory), usually because the download before it failed or saved it under another name.'
        : "The bytes are not a complete archive of that kind. The most common cause is a download that saved an HTML page (a 404, a login or redirect page) instead of the file: curl without -L or -f, or a URL to a project's web page rather than its raw file. A truncated download, or the wrong decompression flag (z for a .tar.xz), gives the same message.",
    causes: ['The download saved an error or redirect page (curl without -L/-f)', 'A truncated download', 'The wrong decompression option for the file', 'The file is at another path'],
    fixes: (c) => [fix(`Check what ${c.file ?? c.zip ?? 'the file'} really is`, ['Look at the file type and first bytes; download again with -fL so errors fail instead of being saved.', 'Let tar detect the compression (tar xf) rather than forcing z/J/j.'], `file ${c.file ?? c.zip ?? 'archive.tar.gz'}\nhead -c 300 ${c.file ?? c.zip ?? 'archive.tar.gz'}\ncurl -fL -o archive.tar.gz "$URL"\ntar xf archive.tar.gz`)],
    references: [ref('GNU tar manual', 'https://www.gnu.org/software/tar/manual/tar.html')],
    samples: ['gzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now', 'tar (child): app.tar.gz: Cannot open: No such file or directory\ntar (child): Error is not recoverable: exiting now', 'unzip:  cannot find or open app.zip, app.zip.zip or app.zip.ZIP.'],
  },
  {
    id: 'shell.curl',
    language: 'shell',
    // Not 23 ("Failure writing output"): the program curl pipes into failed first, and its error is the cause.
    // A progress meter's last column may run into it ("0curl: (7) …"), and a paste may drop the space ("curl:(7)").
    match: /(?<![A-Za-z_-])curl: ?\((?!23\))(?<code>\d{1,3})\) ?(?<message>[^\n]{1,400})/,
    requires: /curl: ?\(/,
    errorType: curlError,
    category: 'network',
    // Above the TLS patterns of the language runtimes, which share OpenSSL's wording.
    priority: 40,
    summary: (c) => `curl failed with error ${c.code}: ${c.message}`,
    explanation: (c) => {
      const known = curlKnown(c);
      return known ? `curl exited with status ${c.code}. ${known.why}` : `curl exited with status ${c.code}; curl's manual lists every exit code, and the text after it says what curl met: ${c.message}`;
    },
    causes: ['The network between this machine and the server (DNS, proxy, firewall, TLS inspection)', 'A URL or host that is wrong, or a server that is down'],
    fixes: (c) => {
      const known = curlKnown(c);
      // The host (and port) the message names, else the URL of the user's own command.
      const named = /(?:host:? |connect to |connection to )([\w.-]+)(?: port (\d{1,5})|:(\d{1,5}))?/.exec(c.message ?? '');
      const target = named ? `${named[1]}${named[2] ?? named[3] ? `:${named[2] ?? named[3]}` : ''}` : '"$URL"';
      return [fix(known?.fix ?? `Look up exit code ${c.code} in curl's manual and run with -v`, ['Run the same command with -v to see each step (DNS, connect, TLS, HTTP).'], known ? known.code(target) : `curl -v ${target}`)];
    },
    references: [ref('curl: exit codes', 'https://curl.se/libcurl/c/libcurl-errors.html'), ref('curl(1)', 'https://curl.se/docs/manpage.html')],
    samples: ['curl: (6) Could not resolve host: example.invalid', 'curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused', 'curl: (60) SSL certificate problem: unable to get local issuer certificate', 'curl: (22) The requested URL returned error: 404'],
  },
  {
    id: 'shell.wget',
    language: 'shell',
    // The certificate check in wget's words: OpenSSL builds print "cannot verify <host>'s certificate, issued by …:"
    // and the reason on the next line; GnuTLS builds "The certificate of <host> <reason>." (README: the phrase without the names).
    match:
      /wget: unable to resolve host address [`'‘"]?(?<host>[^'’"\s]{1,255})|(?<status>ERROR (?<code>\d{3}): [^\n]{1,100})|HTTP request sent, awaiting response\.\.\. (?<awaitStatus>(?<awaitCode>[45]\d\d) [^\n]{1,100})|wget: (?<ssl>server returned error: HTTP\/\S+ \d{3}|bad address)|ERROR: cannot verify [‘'"]?(?<certHost>[^\s'’"]{1,255})[’'"]?'s certificate, issued by [^\n]{1,600}:\n[ \t]{1,8}(?<certReason>[^\n]{1,200})|ERROR: The certificate of [‘'"]?(?<gnutlsHost>[^\s'’"]{1,255})[’'"]? (?<gnutlsReason>is not trusted|doesn't have a known issuer|hasn't got a known issuer|has been revoked|has expired|is not yet activated|was signed using an insecure algorithm)(?:\.?\nERROR: The certificate of [^\n]{1,260}? (?<gnutlsReason2>doesn't have a known issuer|hasn't got a known issuer|has been revoked|has expired|is not yet activated|was signed using an insecure algorithm))?|ERROR: (?<nameMismatch>certificate common name|no certificate subject alternative name matches)[^\n]{0,300}?(?:\n[ \t]{0,8}| )requested host name [‘'"]?(?<requestedHost>[^\s'’"]{1,255})/,
    // The "2024-01-01 10:00:00 ERROR 404: Not Found." line loses its date and level to the log-prefix
    // normalisation, so the status wget read just before it answers too.
    requires: /wget: |ERROR \d{3}: |ERROR: cannot verify |ERROR: The certificate of |requested host name|awaiting response\.\.\. [45]\d\d /,
    errorType: (c) => {
      if (c.host) return 'unable to resolve host address';
      if (c.code ?? c.awaitCode) return `ERROR ${c.code ?? c.awaitCode}`;
      if (c.certReason) return c.certReason.trim().replace(/\.$/, '');
      if (c.gnutlsReason) return `The certificate ${c.gnutlsReason2 ?? c.gnutlsReason}`;
      if (c.nameMismatch) return c.nameMismatch.startsWith('no') ? 'no certificate subject alternative name matches requested host name' : "certificate common name doesn't match requested host name";
      return c.ssl ?? 'wget error';
    },
    category: 'network',
    priority: 25,
    summary: (c) => {
      if (c.host) return `wget could not resolve ${c.host}.`;
      if (c.certHost ?? c.gnutlsHost) return `wget does not trust the certificate of ${c.certHost ?? c.gnutlsHost}: ${(c.certReason ?? `the certificate ${c.gnutlsReason2 ?? c.gnutlsReason}`).trim().replace(/\.$/, '')}.`;
      if (c.nameMismatch) return `The server at ${c.requestedHost} sent a certificate for another host name.`;
      return `The download failed: ${c.status ?? c.awaitStatus ?? c.ssl}.`;
    },
    explanation: (c) => {
      if (c.host) return `The name ${c.host} did not resolve where wget ran: no DNS in the container or CI runner, a typo, or a network that needs a proxy.`;
      if (c.certHost ?? c.gnutlsHost)
        return "wget checks the server's certificate chain against the system's CA certificates and could not complete it: the CA bundle is missing or old on this machine (ca-certificates not installed in a minimal image, an old distribution that lacks a newer root or still trusts an expired one), the server does not send its intermediate certificate, the certificate is self-signed or from an internal CA, or a TLS-inspecting proxy replaces it. A redirect from http to https brings the check in even for an http URL.";
      if (c.nameMismatch) return `The server at ${c.requestedHost} presented a certificate whose names do not include ${c.requestedHost}: a URL with another name for the host (an IP address, a short name), a shared host serving its default certificate (no SNI), or a proxy in between.`;
      return 'The server answered with an error status: the URL is wrong (a release asset renamed, a version that does not exist), or it needs credentials.';
    },
    causes: (c) =>
      c.certHost || c.gnutlsHost || c.nameMismatch
        ? ['The CA certificates missing or outdated on this machine', 'A server that does not send its intermediate certificate', 'A self-signed or internal CA, or a TLS-inspecting proxy', 'A host name the certificate does not cover']
        : ['No DNS or network where wget runs', 'A wrong or moved URL'],
    fixes: (c) => {
      if (c.host) return [fix(`Check DNS for ${c.host}`, ['Resolve the name from the same machine; use the proxy if the network needs one.'], `getent hosts ${c.host}`)];
      const certHost = c.certHost ?? c.gnutlsHost;
      if (certHost) {
        const reason = (c.certReason ?? `The certificate ${c.gnutlsReason2 ?? c.gnutlsReason}`).trim();
        return [
          fix(`Update the CA certificates, then look at the chain ${certHost} sends`, [`wget said: "${reason}". Install or update the system's CA bundle; if that does not help, the server's chain (or a proxy replacing it) is the cause.`, 'Give wget the CA of an internal server or proxy rather than turning the check off (--no-check-certificate hides an attacker as well).'], `sudo apt-get install -y ca-certificates && sudo update-ca-certificates   # yum/apk: ca-certificates\nopenssl s_client -connect ${certHost}:443 -servername ${certHost} -showcerts </dev/null | grep -E 's:|i:'\nwget --ca-certificate=/path/to/internal-ca.pem "https://${certHost}/"`),
        ];
      }
      if (c.nameMismatch) return [fix(`Use the host name the certificate names for ${c.requestedHost}`, ['List the names the certificate covers and use one of them in the URL.'], `openssl s_client -connect ${c.requestedHost}:443 -servername ${c.requestedHost} </dev/null | openssl x509 -noout -ext subjectAltName`)];
      return [fix(c.code ? `Check the URL wget got ${c.code} for` : 'Check the URL', ['Open the URL from the same machine and look at the status and headers.', c.status ? `wget reported: ${c.status}.` : `wget reported: ${c.ssl}.`], 'wget -S --spider "$URL"')];
    },
    references: [ref('GNU Wget manual', 'https://www.gnu.org/software/wget/manual/wget.html'), ref('GNU Wget manual: HTTPS (SSL/TLS) options', 'https://www.gnu.org/software/wget/manual/wget.html#HTTPS-_0028SSL_002fTLS_0029-Options')],
    samples: [
      "wget: unable to resolve host address 'example.invalid'",
      "Connecting to downloads.example.org|203.0.113.7|:443... connected.\nERROR: cannot verify downloads.example.org's certificate, issued by ‘CN=R3,O=Let's Encrypt,C=US’:\n  Unable to locally verify the issuer's authority.\nTo connect to downloads.example.org insecurely, use `--no-check-certificate'.",
      "ERROR: cannot verify ‘mirror.example.net’'s certificate, issued by ‘/CN=mirror.example.net’:\n  Self-signed certificate encountered.",
      "ERROR: The certificate of ‘files.example.com’ is not trusted.\nERROR: The certificate of ‘files.example.com’ doesn't have a known issuer.",
    ],
  },
  {
    id: 'shell.apt',
    language: 'shell',
    match: new RegExp(String.raw`(?:(?:E|Error): (?<locate>Unable to locate package) (?<package>[^\s]{1,200})|(?:E|Error): Package '(?<package2>[^'\n]{1,200})' (?<candidate>has no installation candidate)|(?:E|Error): (?<lock>Could not get lock) (?<lockFile>\S{1,200})|(?<unmet>The following packages have unmet dependencies)|(?<broken>Unable to correct problems, you have held broken packages)|(?<pubkey>NO_PUBKEY) (?<key>[0-9A-F]{8,40})|(?<release>does not have a Release file)|(?<signed>is not signed)\.|(?<hash>Hash Sum mismatch)|(?<resolving>Temporary failure resolving) '(?<host>[^'\n]{1,255})'|(?<interrupted>dpkg was interrupted), you must (?:must )?manually run)(?![\s\S]{0,20000}?${DOCKER_BUILD_STEP_FAILED})`),
    requires: /E: |Error: (?:Unable to locate package|Package '|Could not get lock)|unmet dependencies|held broken|NO_PUBKEY|Release file|is not signed|Hash Sum mismatch|Temporary failure resolving|dpkg was interrupted/,
    errorType: (c) =>
      c.locate ?? c.candidate ?? c.lock ?? (c.unmet || c.broken ? 'unmet dependencies' : undefined) ?? c.pubkey ?? c.release ?? c.signed ?? c.hash ?? c.resolving ?? c.interrupted ?? 'apt error',
    category: 'configuration',
    priority: 30,
    summary: (c) => {
      if (c.locate || c.candidate) return `apt knows no installable package ${c.package ?? c.package2}.`;
      if (c.lock) return `Another apt or dpkg process holds ${c.lockFile}.`;
      if (c.unmet || c.broken) return 'apt cannot install the packages: their dependencies conflict with what is installed or available.';
      if (c.pubkey) return `apt does not trust the repository: the signing key ${c.key} is not installed.`;
      if (c.resolving) return `apt could not resolve ${c.host}: no DNS.`;
      if (c.interrupted) return 'An earlier dpkg run was interrupted and left packages half-configured.';
      return 'apt refused a repository or a download.';
    },
    explanation: (c) => {
      if (c.locate || c.candidate)
        return `${c.package ?? c.package2} is not in the package lists this system has: the lists were never downloaded (every Docker image starts without them: apt-get update must run in the same RUN), the name differs on this release (python → python3, libssl1.1 → libssl3), or it lives in a repository that is not enabled.`;
      if (c.lock) return 'Only one package manager may run at a time. Unattended upgrades right after boot, another terminal, or a crashed apt that left the lock are the usual holders.';
      if (c.unmet || c.broken) return 'The packages asked for need versions of other packages that cannot be installed together: repositories of another release or a PPA mixed in, or a held package. The lines above name the package and the version it needs.';
      if (c.pubkey) return 'The repository signs its lists with a key this system does not have: its key was never added, or was rotated. apt-key is deprecated; keys go into /etc/apt/keyrings and the source names them with signed-by.';
      if (c.release || c.signed) return 'The repository in sources.list has no lists for this release: a PPA that does not build for it, an end-of-life release moved to old-releases.ubuntu.com, or a typo in the source line.';
      if (c.hash) return 'A downloaded list did not match its checksum: a proxy or mirror serving stale files, or a mirror in the middle of syncing.';
      if (c.resolving) return `The host ${c.host} did not resolve: no DNS inside the container or VM (Docker's DNS, a VPN, a corporate resolver).`;
      return 'dpkg stopped in the middle of configuring packages; apt refuses to continue until it is finished.';
    },
    causes: ['No apt-get update before install (Docker images ship without package lists)', 'A package name from another release', 'Repositories or PPAs that do not match this release', 'Another apt process running'],
    fixes: (c) => {
      if (c.locate || c.candidate)
        return [fix(`Update the lists, then find the right name for ${c.package ?? c.package2}`, ['Run apt-get update in the same step as the install; search for the package name on this release.'], `apt-get update && apt-cache search ${c.package ?? c.package2}\nRUN apt-get update && apt-get install -y --no-install-recommends ${c.package ?? c.package2}`)];
      if (c.lock) return [fix('Wait for the other apt, or find it', ['Let unattended-upgrades finish; only remove a lock when no apt/dpkg process runs.'], `ps aux | grep -E 'apt|dpkg'\nsudo lsof ${c.lockFile}`)];
      if (c.pubkey) return [fix(`Install the repository's key (${c.key})`, ['Download the key the repository publishes into /etc/apt/keyrings and reference it with signed-by in the source.'], 'curl -fsSL https://repo.example.com/key.gpg | sudo gpg --dearmor -o /etc/apt/keyrings/example.gpg\n# deb [signed-by=/etc/apt/keyrings/example.gpg] https://repo.example.com stable main\nsudo apt-get update')];
      if (c.resolving) return [fix(`Give the system DNS for ${c.host}`, ['Check resolv.conf in the container or VM; set Docker\'s dns in daemon.json if containers cannot resolve.'], `getent hosts ${c.host}\ncat /etc/resolv.conf`)];
      if (c.interrupted) return [fix('Finish the interrupted configuration', ['Run the command apt names, then the install again.'], 'sudo dpkg --configure -a\nsudo apt-get install -f')];
      return [fix('Clean up the sources and try again', ['Remove or fix the repository lines that do not match this release, then update; install with -f to see the conflicting package.'], 'grep -r ^deb /etc/apt/sources.list /etc/apt/sources.list.d/\nsudo apt-get update\nsudo apt-get install -f')];
    },
    references: [APT, ref('Debian wiki: SecureApt', 'https://wiki.debian.org/SecureApt')],
    samples: ['E: Unable to locate package libfoo-dev', 'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 1234 (apt)', "E: Package 'python' has no installation candidate", 'W: GPG error: https://repo.example.com stable InRelease: The following signatures couldn\'t be verified because the public key is not available: NO_PUBKEY ABCDEF1234567890'],
  },
  {
    id: 'shell.dpkg-script-failed',
    language: 'shell',
    match: new RegExp(String.raw`dpkg: error processing (?:(?:package|archive) )?(?<package>[^\s]{1,200}) \((?<phase>--[\w-]{1,30})\)(?![\s\S]{0,20000}?${DOCKER_BUILD_STEP_FAILED})`),
    errorType: 'error processing package',
    category: 'configuration',
    priority: 28,
    summary: (c) => `dpkg could not ${c.phase === '--configure' ? 'configure' : 'install'} ${c.package}.`,
    explanation: (c) =>
      `${c.package}'s maintainer script (or unpacking) failed. For --configure it is the post-installation script: a service that fails to start (its port taken, a broken config file), or a dependency left half-configured. The lines just above this one, or journalctl for a service, show the script's own error.`,
    causes: ['The package\'s service fails to start (port in use, invalid config)', 'A file conflict with another package', 'A dependency that is not configured'],
    fixes: (c) => [fix(`Find why ${c.package}'s script failed`, ['Read the output above; for a service, read its status and journal, fix it, and configure again.'], `sudo systemctl status ${c.package}\nsudo journalctl -xeu ${c.package}\nsudo dpkg --configure -a`)],
    references: [ref('dpkg(1)', 'https://manpages.debian.org/stable/dpkg/dpkg.1.en.html')],
    samples: ['dpkg: error processing package nginx (--configure):\n installed nginx package post-installation script subprocess returned error exit status 1'],
  },
  {
    id: 'shell.systemd',
    language: 'shell',
    // The status systemctl status shows below it, when pasted, names the failure (203/EXEC: the program could not be started).
    match: /Job for (?<unit>\S{1,200}) failed because (?<reason>[^\n]{1,200}?)\.(?=(?:[\s\S]{0,3000}?\(code=exited, status=(?<exitStatus>\d{1,3}\/[A-Z_]{2,20})\))?)|(?<notBooted>System has not been booted with systemd as init system)|Unit (?<missing>[^\s]{1,200}) (?:not found|could not be found)|(?<bus>Failed to connect to bus): (?<busReason>[^\n]{1,100})/,
    requires: /Job for \S{1,200} failed|booted with systemd as init|Unit \S{1,200} (?:not found|could not be found)|Failed to connect to bus/,
    errorType: (c) => (c.unit ? (c.exitStatus ?? 'Job failed') : c.notBooted ? 'System has not been booted with systemd' : c.missing ? 'Unit not found' : 'Failed to connect to bus'),
    category: 'runtime',
    priority: 25,
    summary: (c) => (c.unit ? `systemd could not start ${c.unit}: ${c.reason}.` : c.missing ? `systemd has no unit ${c.missing}.` : 'systemctl cannot work here: systemd is not running as the init system.'),
    explanation: (c) => {
      if (c.unit)
        return `systemctl only reports that the start failed; the service's own error is in its status and journal. ${c.exitStatus ? `${c.exitStatus} is systemd's own code: ${SYSTEMD_EXIT_STATUS[c.exitStatus.split('/')[1]] ?? 'the step of starting the service that failed.'}` : `"${c.reason}" usually means the program exited at once: a config error, a port already in use, a missing file or permission.`}`;
      if (c.missing) return `No unit file called ${c.missing} is installed (or systemd was not reloaded after adding it): the package is not installed, the name differs (apache2 vs httpd, mysql vs mariadb), or it is a user unit (systemctl --user).`;
      return 'Containers (Docker), WSL 1 and some CI runners start the program directly instead of systemd, so systemctl has no systemd to talk to.';
    },
    causes: (c) => (c.unit ? ["The service's configuration is invalid", 'Its port is taken, or a file it needs is missing'] : c.missing ? ['The unit is not installed or has another name', 'daemon-reload not run after adding it'] : ['A container or WSL without systemd as PID 1']),
    fixes: (c) => {
      if (c.unit) return [fix(`Read ${c.unit}'s own error`, ['Look at its status and journal; test its configuration.'], `systemctl status ${c.unit}\njournalctl -xeu ${c.unit} --no-pager | tail -50`)];
      if (c.missing) return [fix(`Find the unit that provides ${c.missing}`, ['List the units with a similar name; reload after adding one.'], `systemctl list-unit-files | grep -i ${c.missing.replace(/\.service$/, '')}\nsudo systemctl daemon-reload`)];
      return [fix('Start the service without systemctl', ['In a container, run the program as its command (or use its init script); on WSL 2, enable systemd in /etc/wsl.conf.'], 'service nginx start        # SysV script, where one exists\n# /etc/wsl.conf\n[boot]\nsystemd=true')];
    },
    references: [ref('systemctl(1)', 'https://www.freedesktop.org/software/systemd/man/latest/systemctl.html')],
    samples: ['Job for nginx.service failed because the control process exited with error code.\nSee "systemctl status nginx.service" and "journalctl -xeu nginx.service" for details.', "System has not been booted with systemd as init system (PID 1). Can't operate.\nFailed to connect to bus: Host is down", 'Failed to start nginx.service: Unit nginx.service not found.'],
  },
  {
    id: 'shell.systemd-start-limit',
    language: 'shell',
    // systemd gave up restarting a unit that kept failing (StartLimitBurst starts within StartLimitIntervalSec):
    // "<unit>: Start request repeated too quickly." (systemd 230+), "start request repeated too quickly for
    // <unit>" before, and systemctl status' "Result: start-limit-hit". A consequence: the program's own error
    // above it explains more, so this answers only when nothing else does (negative priority: not in a text of
    // another language either, such as a daemon's or a panic's lines between systemd's).
    match: /(?:^|[\s\]])(?<unit>[^\s:\]]{1,200}): Start request repeated too quickly\.|[Ss]tart request repeated too quickly for (?<oldUnit>[^\s:]{1,200}[^\s:.])|(?:^[●*]? ?(?<statusUnit>[^\s:]{1,200}) - [^\n]{0,300}\n(?:[^\n]{0,500}\n){0,4}?)?[ \t]{0,10}Active: failed (?<result>\(Result: start-limit(?:-hit)?\))(?=(?:[\s\S]{0,1500}?\(code=exited, status=(?<exitStatus>\d{1,3}\/[A-Z_]{2,20})\))?)/m,
    requires: /[Ss]tart request repeated too quickly|Result: start-limit/,
    errorType: 'Start request repeated too quickly',
    category: 'runtime',
    priority: -10,
    summary: (c) => `systemd stopped restarting ${c.unit ?? c.oldUnit ?? c.statusUnit ?? 'the service'}: it failed too many times in a row${c.exitStatus ? ` (its process ended with ${c.exitStatus})` : ''}.`,
    explanation: (c) =>
      `${c.unit ?? c.oldUnit ?? c.statusUnit ?? 'The service'} exited (or failed to start) again and again, and systemd restarted it each time (Restart=) until it reached the unit's start limit (StartLimitBurst, 5 starts within StartLimitIntervalSec, 10 s, by default). Then it marks the unit failed and refuses further starts. The start limit is not the problem: the reason each start failed is, in the lines before it ("Main process exited, code=exited, status=…", "Failed with result …") and in the program's own output in the journal.${c.exitStatus && SYSTEMD_EXIT_STATUS[c.exitStatus.split('/')[1]] ? ` Here ${c.exitStatus} is systemd's own code: ${SYSTEMD_EXIT_STATUS[c.exitStatus.split('/')[1]]}` : ''}`,
    causes: ['The program exits at once: an invalid configuration, a port already in use, a missing file or permission', 'ExecStart= pointing at a wrong path or user (status 203/EXEC, 217/USER)', 'A dependency (database, network, mount) not ready when the service starts'],
    fixes: (c) => {
      const unit = c.unit ?? c.oldUnit ?? c.statusUnit ?? 'the-service.service';
      return [
        fix(`Read why ${unit} failed the first time`, ["Look at the service's own output before systemd's restart lines; run its ExecStart= command by hand as the service's user to see the error directly."], `journalctl -u ${unit} -b --no-pager | grep -v -e 'Start request repeated' -e 'Scheduled restart' | tail -50\nsystemctl cat ${unit} | grep -E '^(ExecStart|User|WorkingDirectory)='`),
        fix(`Clear the failed state and start ${unit} again once it is fixed`, ['systemd refuses starts until the limit is reset; raise RestartSec= so that a dependency that comes up late does not use up the limit.'], `sudo systemctl reset-failed ${unit}\nsudo systemctl start ${unit}\n# sudo systemctl edit ${unit}\n[Service]\nRestartSec=5s${c.result ? `\n# systemctl status showed ${c.result}${c.exitStatus ? `, the process ${c.exitStatus}` : ''}` : ''}`),
      ];
    },
    references: [ref('systemd.unit(5): StartLimitIntervalSec=, StartLimitBurst=', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.unit.html#StartLimitIntervalSec=interval'), ref('systemd.service(5): Restart=', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Restart=')],
    samples: [
      "Mar 07 13:28:11 web1 systemd[1]: app.service: Main process exited, code=exited, status=1/FAILURE\nMar 07 13:28:11 web1 systemd[1]: app.service: Scheduled restart job, restart counter is at 5.\nMar 07 13:28:11 web1 systemd[1]: app.service: Start request repeated too quickly.\nMar 07 13:28:11 web1 systemd[1]: app.service: Failed with result 'exit-code'.\nMar 07 13:28:11 web1 systemd[1]: Failed to start App server.",
      'Jun 02 09:14:55 db01 systemd[1]: start request repeated too quickly for mongod.service\nJun 02 09:14:55 db01 systemd[1]: Failed to start MongoDB Database Server.\nJun 02 09:14:55 db01 systemd[1]: Unit mongod.service entered failed state.',
      '● worker.service - Queue worker\n   Loaded: loaded (/etc/systemd/system/worker.service; enabled)\n   Active: failed (Result: start-limit-hit) since Tue 2023-05-09 10:02:11 UTC; 3s ago',
    ],
  },
  {
    id: 'shell.ssh-key-permissions',
    language: 'shell',
    match: /(?<unprotected>WARNING: UNPROTECTED PRIVATE KEY FILE!)|Load key "(?<file>[^"\n]{1,300})": (?<badPerms>bad permissions)|Permissions (?<mode>0\d{3}) for '(?<file2>[^'\n]{1,300})' are too open/,
    requires: /PRIVATE KEY FILE|bad permissions|are too open/,
    errorType: (c) => (c.badPerms ? 'bad permissions' : 'UNPROTECTED PRIVATE KEY FILE'),
    category: 'permission',
    priority: 40,
    summary: (c) => `ssh ignores the key${c.file2 ?? c.file ? ` ${c.file2 ?? c.file}` : ''}: other users may read it.`,
    explanation: (c) =>
      `ssh refuses a private key that anyone but its owner can read${c.mode ? ` (mode ${c.mode})` : ''}, and carries on without it, so the login then fails with "Permission denied (publickey)". Keys copied from Windows, a USB drive, a mounted volume or a CI secret written with default permissions end up readable by others.`,
    causes: ['The key file was copied or created with group/other read permission', 'A key on a Windows or mounted file system whose permissions Linux cannot narrow'],
    fixes: (c) => [fix(`Make ${c.file2 ?? c.file ?? 'the key'} readable by you alone`, ['chmod 600 the key (700 the .ssh directory); on a mount that ignores modes, copy the key into ~/.ssh first.'], `chmod 700 ~/.ssh\nchmod 600 ${c.file2 ?? c.file ?? '~/.ssh/id_ed25519'}`)],
    references: [ref('ssh(1): FILES', 'https://man.openbsd.org/ssh#FILES')],
    samples: ["@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\n@         WARNING: UNPROTECTED PRIVATE KEY FILE!          @\n@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@\nPermissions 0644 for '/home/u/.ssh/id_rsa' are too open.\nLoad key \"/home/u/.ssh/id_rsa\": bad permissions"],
  },
  {
    id: 'shell.sudo',
    language: 'shell',
    match: /(?<user>[\w.-]{1,64}) is not in the sudoers file|sudo: unable to execute (?<command>[^\s:]{1,300}): (?<reason>[^\n]{1,100})/,
    requires: /sudoers file|sudo: unable to execute/,
    errorType: (c) => (c.command ? 'unable to execute' : 'is not in the sudoers file'),
    category: 'permission',
    priority: 35,
    summary: (c) => (c.command ? `sudo could not run ${c.command}: ${c.reason}.` : `${c.user} may not use sudo.`),
    explanation: (c) =>
      c.command
        ? `sudo starts ${c.command} directly${/No such file/.test(c.reason ?? '') ? ': when the file exists, its #! line names an interpreter that does not exist or ends in a Windows carriage return' : ''}. sudo also uses its own secure_path, so a command found in your PATH may not be found by sudo.`
        : `${c.user} is not in the sudo (Debian/Ubuntu) or wheel (Fedora/Arch) group, nor listed in /etc/sudoers.`,
    causes: (c) => (c.command ? ['A script with CRLF line endings or a missing interpreter', "A command outside sudo's secure_path"] : ['The user was never given sudo rights', 'Group membership added but not yet in effect (log out and in)']),
    fixes: (c) => [
      c.command
        ? fix(`Check how ${c.command} starts`, ['Look at its first line and line endings; call it through its interpreter or with a full path.'], `head -1 ${c.command} | cat -A\nsudo bash ${c.command}`)
        : fix(`Give ${c.user} sudo rights from an account that has them`, ['Add the user to the sudo (or wheel) group as root, then log in again.'], `su -c "usermod -aG sudo ${c.user}"\n# Fedora/Arch: usermod -aG wheel ${c.user}`),
    ],
    references: [ref('sudoers(5)', 'https://www.sudo.ws/docs/man/sudoers.man/')],
    samples: ['deploy is not in the sudoers file.  This incident will be reported.', 'sudo: unable to execute ./install.sh: No such file or directory'],
  },
  {
    id: 'shell.jq',
    language: 'shell',
    match: /jq: error(?: \(at [^)\n]{1,100}\))?: (?<message>Cannot (?:index|iterate over) [^\n]{1,200}|[^\n]{1,200}? cannot be (?:parsed|matched|iterated over)[^\n]{0,100}|[^\n]{1,200}? is not defined[^\n]{0,100})|(?<![\w-])parse error: (?<parse>Invalid numeric literal|Invalid literal|Expected separator between values|Unfinished JSON term|Invalid string)[^\n]{0,100} at line \d{1,7}, column \d{1,7}/,
    requires: /jq: error|parse error: /,
    errorType: (c) => c.parse ?? (c.message ?? '').replace(/\s*\([^)]*\)$/, '').replace(/ "[^"\n]*"$/, ''),
    category: 'runtime',
    priority: 30,
    summary: (c) => (c.parse ? `jq's input is not valid JSON: ${c.parse}.` : `jq could not apply the filter: ${c.message}.`),
    explanation: (c) =>
      c.parse
        ? 'jq read something that is not JSON: usually an HTML error page or a plain-text message from the API (a 401, a 404, a rate limit), or curl\'s progress output mixed in.'
        : 'The filter expects another shape than the JSON has: indexing a string or an array as if it were an object (.name on a list needs .[].name), or iterating over null because a key is missing.',
    causes: (c) => (c.parse ? ['An API error page or text instead of JSON', 'Several JSON values or log lines mixed into the input'] : ['A filter written for another shape of the JSON', 'A key that is missing in some objects']),
    fixes: (c) => [fix(c.parse ? 'Look at what jq was given' : 'Print the shape before filtering', [c.parse ? 'Save the raw response and check its status; fail on HTTP errors with curl -f.' : 'Inspect the type at each step (type, keys), then index arrays with .[] and guard optional keys with ?.'], c.parse ? 'curl -fsS "$URL" -o response.json; head -c 300 response.json' : "jq 'type, (keys? // empty)' data.json\njq '.[] | .name?' data.json")],
    references: [ref('jq manual', 'https://jqlang.github.io/jq/manual/')],
    samples: ['jq: error (at <stdin>:0): Cannot index string with string "name"', 'parse error: Invalid numeric literal at line 1, column 10'],
  },
  {
    id: 'shell.rsync',
    language: 'shell',
    // Below ssh's own errors: rsync's "unexplained error (code 255)" follows an ssh that could not connect.
    match: /rsync (?:error|warning): (?<phrase>some files\/attrs were not transferred|some files vanished before they could be transferred|error in rsync protocol data stream|protocol incompatibility|error in IPC code|unexplained error|error in file IO|timeout in data send\/receive|remote command not found|error starting client-server protocol|syntax or usage error|errors selecting input\/output files, dirs|received SIGINT, SIGTERM, or SIGHUP|error in socket IO|partial transfer due to error)(?: \([^)\n]{0,80}\))? \(code (?<code>\d{1,3})\)/,
    // "rsync warning:" is code 24's (files that vanished while rsync ran).
    requires: /rsync (?:error|warning): /,
    errorType: (c) => c.phrase ?? 'rsync error',
    category: 'io',
    priority: 25,
    summary: (c) => `rsync stopped with code ${c.code}: ${c.phrase}.`,
    explanation: (c) => {
      const p = c.phrase ?? '';
      if (p.startsWith('some files/attrs')) return 'Some files or their attributes could not be copied; the lines above name each one. With -a, rsync also copies owners, groups and permissions, which a file system such as FAT, exFAT or a Windows/SMB share cannot store, and which a non-root receiver may not set.';
      if (p === 'remote command not found') return 'rsync starts itself on the other end over ssh, and the remote machine has no rsync on the PATH of a non-interactive ssh session.';
      if (p === 'unexplained error' || p === 'error in rsync protocol data stream' || p === 'error starting client-server protocol')
        return 'The connection to the other end failed or carried something other than rsync: ssh could not connect or log in (its message is above), or the remote shell printed text at login (a banner, echo in ~/.bashrc) that broke the protocol.';
      if (p.startsWith('some files vanished')) return 'Files rsync had listed were deleted before it copied them (temporary files, caches, logs being rotated); everything else was copied. rsync exits with 24, which a script or backup tool treats as a failure.';
      if (p === 'protocol incompatibility') return 'The two rsyncs could not agree on a protocol: almost always a remote shell that printed text at login (an echo in ~/.bashrc) before rsync started, rarely a real version difference.';
      if (p.startsWith('timeout')) return 'No data moved for longer than --timeout allows: a stalled network or a receiver busy on a slow disk.';
      return 'rsync reports the failure by code; the lines above it name the files or the connection problem.';
    },
    causes: ['Attributes the destination file system cannot store (-a onto FAT/SMB)', 'ssh failing to connect, or a remote shell printing at login', 'rsync missing on the remote machine'],
    fixes: (c) => {
      const p = c.phrase ?? '';
      if (p.startsWith('some files/attrs')) return [fix('Copy only what the destination can store', ['Drop owners, groups and permissions for such targets, or read the first error above.'], 'rsync -rtv --no-owner --no-group --no-perms src/ /mnt/usb/dst/')];
      if (p.startsWith('some files vanished')) return [fix('Exclude what changes while rsync runs, or accept code 24', ['Exclude temporary and cache directories; a backup script may treat exit code 24 as success.'], "rsync -a --exclude='.cache/' --exclude='*.tmp' src/ dst/\nrsync -a src/ dst/ || [ $? -eq 24 ]   # 24: files vanished, the rest was copied")];
      if (p === 'remote command not found') return [fix('Install rsync on the remote machine, or give its path', ['Install it, or pass --rsync-path with the full path.'], 'ssh host "command -v rsync"\nrsync -av --rsync-path=/usr/local/bin/rsync src/ host:dst/')];
      return [fix('Test the ssh connection on its own', ['Run ssh with the same host and key; the remote shell must print nothing for a non-interactive command.'], 'ssh -v user@host true\nssh user@host true | wc -c   # must be 0')];
    },
    references: [ref('rsync(1): EXIT VALUES', 'https://download.samba.org/pub/rsync/rsync.1#EXIT_VALUES')],
    samples: ['rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1359) [sender=3.4.1]', 'rsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: remote command not found (code 127) at io.c(226) [sender=3.1.1]'],
  },
  {
    id: 'shell.awk-syntax',
    language: 'shell',
    // BSD awk (macOS's) names no line prefix: "awk: syntax error at source line 1", then its context.
    match: /(?<tool>g?awk|mawk|nawk): (?:(?:line \d{1,7}|cmd\. line:\d{1,7}|[^\s:]{1,200}:\d{1,7}): (?:syntax error at (?:or near|source line \d{1,7})\s?(?<token>\S{0,40})|(?:\s*\^ )?(?<gawk>unexpected newline or end of string|syntax error|unterminated string|invalid char '[^'\n]{1,4}' in expression))|syntax error at source line \d{1,7}(?:\s+context is\s+(?<context>[^\n]{1,200}))?)/,
    requires: /awk: /,
    errorType: 'syntax error',
    category: 'syntax',
    priority: 30,
    summary: (c) => `${c.tool} could not parse its program${c.token ? ` near ${c.token}` : ''}.`,
    explanation:
      "awk parses its whole program before reading any input. The program is usually in single quotes on the command line: a single quote inside it ends the quoting early, shell variables written as $var inside awk mean field numbers, and mawk (Debian's and Raspberry Pi OS's default awk) rejects some gawk-only syntax (functions such as gensub, \\x escapes in regexes, length without parentheses in older versions).",
    causes: ['A quote or $ in the awk program handled by the shell first', 'gawk-only syntax run by mawk or BSD awk', 'A missing brace or semicolon'],
    fixes: [fix('Pass shell values with -v and check which awk runs', ['Keep the program in single quotes and pass values with -v; run it with gawk if it uses gawk features.'], "awk -v limit=\"$LIMIT\" '$3 > limit { print $1 }' data.txt\nawk --version 2>/dev/null || awk -W version")],
    references: [ref('The GNU Awk User\'s Guide', 'https://www.gnu.org/software/gawk/manual/gawk.html')],
    samples: [
      'awk: line 1: syntax error at or near }',
      "awk: cmd. line:1: {print $1\nawk: cmd. line:1:           ^ unexpected newline or end of string",
      'awk: syntax error at source line 1\n context is\n  {$1="" >>>  print <<<  $0}\nawk: illegal statement at source line 1',
    ],
  },
  {
    id: 'shell.crontab',
    language: 'shell',
    match: /"(?<file>[^"\n]{1,300})":(?<line>\d{1,7}): (?<phrase>bad minute|bad hour|bad day-of-month|bad month|bad day-of-week|bad command|bad time specifier|bad username|premature EOF)[\s\S]{0,200}?errors in crontab file, can't install/,
    requires: /errors in crontab file/,
    errorType: (c) => c.phrase ?? 'errors in crontab file',
    category: 'syntax',
    priority: 35,
    summary: (c) => `crontab refused the file: line ${c.line}: ${c.phrase}.`,
    explanation: (c) =>
      c.phrase === 'premature EOF'
        ? 'The file does not end with a newline: cron ignores (and crontab rejects) a last line without one.'
        : `Each line is five time fields (minute, hour, day of month, month, day of week) and a command. Line ${c.line} has ${c.phrase === 'bad command' ? 'no command after its fields, or fewer than five fields (a name or an environment line written wrongly)' : `an invalid ${(c.phrase ?? '').replace(/^bad /, '')} field: a value out of range, a missing field, or a step written wrongly`}. A % in a command must be escaped as \\%.`,
    causes: ['A line with fewer or more than five time fields', 'A value out of range (minute 60, hour 24)', 'An unescaped % in the command', 'No newline at the end of the file'],
    fixes: (c) => [fix(`Fix line ${c.line} of ${c.file}`, ['Write five time fields then the command; escape % as \\%; end the file with a newline.'], `sed -n '${c.line}p' ${c.file}\n# m  h  dom mon dow  command\n*/5 *  *   *   *    /usr/local/bin/job.sh >> /var/log/job.log 2>&1`)],
    references: [ref('crontab(5)', 'https://man7.org/linux/man-pages/man5/crontab.5.html')],
    samples: ['"scripts/crontab":56: bad command\nerrors in crontab file, can\'t install.'],
  },

  {
    id: 'shell.os-package-managers',
    language: 'shell',
    // snap, flatpak, nix, yum/dnf, pacman: their own phrases (apt and dpkg have patterns of their own).
    match: /error: (?<snap>cannot perform the following tasks):|error: (?<flatpak>No remote refs found) similar to [‘'"](?<remote>[^’'"\n]{1,100})|error: (?<nix>experimental Nix feature) '(?<feature>[\w-]{1,60})' is disabled|(?:Error: )?(?<yum>Cannot find a valid baseurl for repo): (?<repo>\S{1,100})|error: (?<pacman>failed to commit transaction \(conflicting files\)|failed to commit transaction \(invalid or corrupted package(?: \(PGP signature\))?\)|failed to synchronize all databases(?: \(invalid or corrupted database(?: \(PGP signature\))?\))?|target not found)(?::(?: (?<target>\S{0,100}))?)?/,
    requires: /cannot perform the following tasks|No remote refs found|experimental Nix feature|Cannot find a valid baseurl|failed to commit transaction|failed to synchronize all databases|target not found/,
    errorType: (c) =>
      c.snap ??
      c.flatpak ??
      (c.nix ? 'experimental Nix feature is disabled' : undefined) ??
      c.yum ??
      (c.pacman?.includes('conflicting files') ? 'conflicting files' : c.pacman?.includes('invalid or corrupted database') ? 'invalid or corrupted database' : c.pacman?.includes('invalid or corrupted package') ? 'invalid or corrupted package' : c.pacman === 'target not found' ? 'target not found' : c.pacman) ??
      'package manager error',
    category: 'configuration',
    priority: 30,
    summary: (c) =>
      c.snap
        ? 'snapd could not complete the installation; the task list below names the step that failed.'
        : c.flatpak
          ? `flatpak has no remote called ${c.remote}.`
          : c.nix
            ? `This Nix command needs the experimental feature ${c.feature}, which is not enabled.`
            : c.yum
              ? `yum cannot reach any mirror of the repository ${c.repo}.`
              : `pacman failed: ${c.pacman}.`,
    explanation: (c) => {
      if (c.snap) return 'snap installs run a list of tasks (download, mount, hooks, connections); the first "- " line after the message is the failing one, often a confinement or mount error on systems without full snapd support (WSL, containers, some kernels).';
      if (c.flatpak) return `The remote (repository) ${c.remote} is not configured for this installation: flathub must be added once, and a system install (sudo) and a user install (--user) have separate remotes.`;
      if (c.nix) return "The new nix CLI (nix build, nix run, flakes) is still marked experimental: it must be enabled in nix.conf or per command.";
      if (c.yum) return `No mirror of ${c.repo} answered: the machine has no network or DNS, or the release is end-of-life (CentOS 6 and 8 moved to vault.centos.org, so their mirror lists are empty).`;
      if (c.pacman?.includes('conflicting files')) return 'A package wants to install files that already exist on disk and belong to no package (installed by hand, by pip, or left by another package manager).';
      if (c.pacman?.includes('corrupted')) return "pacman's signature check failed: the keyring is outdated (an old install, the keyring package itself needs updating first) or a mirror served a bad file.";
      return 'pacman does not know the package in the synced databases: a typo, a package from the AUR, or databases not refreshed (-Sy).';
    },
    causes: ['A repository or remote that is not configured, or is end-of-life', 'An outdated keyring or package database', 'A feature or confinement the system does not support'],
    fixes: (c) => {
      if (c.flatpak) return [fix(`Add the ${c.remote} remote`, [], `flatpak remote-add --if-not-exists ${c.remote} https://dl.flathub.org/repo/flathub.flatpakrepo`)];
      if (c.nix) return [fix(`Enable ${c.feature}`, [], `echo "experimental-features = nix-command flakes" >> ~/.config/nix/nix.conf\n# or once: nix --extra-experimental-features ${c.feature} ...`)];
      if (c.yum) return [fix(`Point ${c.repo} at a reachable mirror (vault for end-of-life releases)`, [], "sudo sed -i 's/^mirrorlist/#mirrorlist/; s|^#baseurl=http://mirror.centos.org|baseurl=http://vault.centos.org|' /etc/yum.repos.d/CentOS-*.repo\nsudo yum clean all && sudo yum makecache")];
      if (c.pacman) return [fix('Refresh the keyring and databases, then upgrade', ['For conflicting files, find which package (if any) owns them before overwriting.'], 'sudo pacman -Sy archlinux-keyring && sudo pacman -Syu\npacman -Qo /path/to/conflicting/file')];
      return [fix('Read the failing task and check snapd', [], 'snap changes\nsnap tasks --last=install\nsystemctl status snapd')];
    },
    references: [ref('Flatpak: Using Flatpak', 'https://docs.flatpak.org/en/latest/using-flatpak.html'), ref('Nix: experimental features', 'https://nix.dev/manual/nix/latest/development/experimental-features'), ref('ArchWiki: pacman troubleshooting', 'https://wiki.archlinux.org/title/Pacman#Troubleshooting')],
    samples: ['error: No remote refs found similar to ‘flathub’', "error: experimental Nix feature 'nix-command' is disabled; use '--extra-experimental-features nix-command' to override", 'Error: Cannot find a valid baseurl for repo: base'],
  },
  {
    id: 'shell.dnf',
    language: 'shell',
    // dnf's (and yum 4's, which is dnf) own errors, and yum 3's metadata failure. dnf 4 prints "No match for
    // argument: x" then "Error: Unable to find a match: x" (older: "No package x available." then the bare
    // Error line); dnf 5 prints only "No match for argument". Inside a failed Docker build step it is the build's.
    match: new RegExp(
      String.raw`(?:(?:No package (?<missing>\S{1,200}) available\.\n(?:[^\n]{0,300}\n){0,5}?)?Error: (?<noMatch>Unable to find a match)(?:: (?<packages>[^\n]{1,300}))?|(?<noArgument>No match for argument): (?<argument>\S{1,200})(?![\s\S]{0,3000}?Unable to find a match)|Error: (?<metadata>Failed to download metadata for repo|Failed to synchronize cache for repo) '(?<repo>[^'\n]{1,100})'(?:: (?<reason>[^\n]{1,300}))?|(?<yumMetadata>Cannot retrieve repository metadata) \(repomd\.xml\) for repository: (?<yumRepo>[^\s.]{1,100}))(?![\s\S]{0,20000}?${DOCKER_BUILD_STEP_FAILED})`,
    ),
    requires: /Unable to find a match|No match for argument|metadata for repo|synchronize cache for repo|Cannot retrieve repository metadata/,
    errorType: (c) => c.noMatch ?? c.noArgument ?? c.metadata ?? c.yumMetadata ?? 'dnf error',
    category: 'configuration',
    priority: 30,
    summary: (c) => {
      const wanted = c.packages ?? c.missing ?? c.argument;
      if (c.noMatch || c.noArgument) return `dnf found no package ${wanted ? `called ${wanted} ` : ''}in the enabled repositories.`;
      return `dnf could not download the package lists of the repository ${c.repo ?? c.yumRepo}.`;
    },
    explanation: (c) => {
      if (c.noMatch || c.noArgument)
        return `None of the enabled repositories has a package by that name: it is in a repository that is not enabled (EPEL, RPM Fusion, a vendor's own repository, CodeReady Builder/PowerTools for -devel packages), it is named differently on this release (python3-… rather than python-…, a version suffix), or the name is a command or file, not a package.`;
      const why = c.reason ?? '';
      if (/No URLs in mirrorlist|Cannot prepare internal mirrorlist/.test(why))
        return `No mirror of ${c.repo} answered (${why}). On CentOS 8 and other end-of-life releases the mirror list is empty because the release moved to the vault; otherwise the mirror service or the network is down.`;
      if (/Curl error \((?:6|7|28)\)|resolve host/i.test(why)) return `The machine cannot reach the mirrors of ${c.repo} (${why}): no DNS or network, or a proxy that dnf is not told about.`;
      return `Every mirror of ${c.repo ?? c.yumRepo} failed${why ? ` (${why})` : ''}: a mirror service or repository that is down (a 5xx status), a repository URL that does not exist for this release (404: a third-party repository without packages for this version, $releasever wrong), a network or proxy problem, or an end-of-life release whose repositories moved.`;
    },
    causes: (c) =>
      c.noMatch || c.noArgument
        ? ['The package is in a repository that is not enabled (EPEL, RPM Fusion, CRB/PowerTools)', 'Another package name on this release', 'A command or file name used instead of the package name']
        : ['A mirror or repository server that is down or answers 404/5xx', 'An end-of-life release (CentOS 8) whose mirrors moved to the vault', 'No network, DNS or proxy for dnf'],
    fixes: (c) => {
      const wanted = c.packages ?? c.missing ?? c.argument;
      if (c.noMatch || c.noArgument) {
        const name = wanted ?? '<package>';
        return [fix(`Find which repository has ${name}`, ['Search the enabled repositories and the file names packages provide; enable the repository that carries it (EPEL for many extras, RPM Fusion for multimedia, CRB/PowerTools for -devel packages).'], `dnf search ${name}\ndnf provides '*/${name}'\ndnf repolist --all\nsudo dnf install -y epel-release && sudo dnf config-manager --set-enabled crb\nsudo dnf install ${name}`)];
      }
      const repo = c.repo ?? c.yumRepo ?? '<repo>';
      return [
        fix(`Refresh the metadata of ${repo}, or leave it out`, [c.reason ? `dnf said: ${c.reason}.` : 'Retry once the mirror answers; a repository that keeps failing can be skipped.', 'On an end-of-life release, point the repositories at its archive (vault.centos.org) or migrate to a supported release.'], `sudo dnf clean all && sudo dnf makecache\nsudo dnf --disablerepo=${repo} install <package>\nsudo dnf config-manager --set-disabled ${repo}   # a third-party repository without packages for this release`),
      ];
    },
    references: [ref('dnf(8)', 'https://dnf.readthedocs.io/en/latest/command_ref.html'), ref('dnf.conf(5): skip_if_unavailable', 'https://dnf.readthedocs.io/en/latest/conf_ref.html')],
    samples: [
      'Last metadata expiration check: 0:12:41 ago on Mon 04 Mar 2024 09:10:02 AM UTC.\nNo match for argument: htop\nError: Unable to find a match: htop',
      'No package ffmpeg available.\nError: Unable to find a match',
      "CentOS Linux 8 - AppStream                       71  B/s |  38  B     00:00\nError: Failed to download metadata for repo 'appstream': Cannot prepare internal mirrorlist: No URLs in mirrorlist",
      "Error: Failed to synchronize cache for repo 'docker-ce-stable'",
    ],
  },
  {
    id: 'shell.ssh-client',
    language: 'shell',
    match: /Unable to negotiate with (?<host>\S{1,253}) port (?<port>\d{1,5}): (?<what>no matching (?:host key type|key exchange method|cipher|MAC) found)\. Their offer: (?<offer>[^\n]{1,300})|(?<subsystem>subsystem request failed on channel \d{1,4})|(?<badOwner>Bad owner or permissions) on (?<file>[^\n]{1,300})/,
    requires: /Unable to negotiate|subsystem request failed|Bad owner or permissions/,
    errorType: (c) => c.what ?? (c.subsystem ? 'subsystem request failed' : 'Bad owner or permissions'),
    category: 'configuration',
    priority: 40,
    summary: (c) =>
      c.what
        ? `ssh and ${c.host} share no acceptable algorithm: ${c.what} (the server offers ${c.offer}).`
        : c.subsystem
          ? 'scp asked the server for its SFTP subsystem, and the server has none.'
          : `ssh refuses its configuration file ${c.file}: other users may write to it.`,
    explanation: (c) =>
      c.what
        ? `OpenSSH 8.8 and later disable old algorithms (ssh-rsa signatures with SHA-1, old key exchanges and ciphers). ${c.host} only offers ${c.offer}: an old server or network device. Updating the server is the fix; allowing the old algorithm for that one host is the workaround.`
        : c.subsystem
          ? 'Since OpenSSH 9.0, scp transfers files over the SFTP protocol. Servers without an SFTP subsystem (Gerrit, some embedded or Windows servers, a commented-out Subsystem line) refuse it; scp -O uses the old protocol.'
          : 'ssh ignores a config file (and keys) that other users can write. On Windows the file\'s ACL must grant access to your user, SYSTEM and Administrators only.',
    causes: (c) => (c.what ? ['A server that only offers algorithms newer clients disable'] : c.subsystem ? ['OpenSSH 9+ scp against a server without SFTP'] : ['Group/other write permission, or extra users in the Windows ACL']),
    fixes: (c) => [
      c.what
        ? fix(`Allow ${(c.offer ?? '').split(',')[0]} for ${c.host} only, or update the server`, [], `# ~/.ssh/config\nHost ${c.host}\n  HostKeyAlgorithms +ssh-rsa\n  PubkeyAcceptedAlgorithms +ssh-rsa\n# port ${c.port}`)
        : c.subsystem
          ? fix('Use the legacy SCP protocol for this server', [], 'scp -O -P 29418 user@host:hooks/commit-msg .git/hooks/')
          : fix(`Make ${c.file} writable by you alone`, [], `chmod 600 ~/.ssh/config\n# Windows (PowerShell):\nicacls "$env:USERPROFILE\\.ssh\\config" /inheritance:r /grant:r "$($env:USERNAME):F"`),
    ],
    references: [ref('OpenSSH: Legacy options', 'https://www.openssh.com/legacy.html'), ref('ssh_config(5)', 'https://man.openbsd.org/ssh_config')],
    samples: ['Unable to negotiate with 96.126.108.99 port 22: no matching host key type found. Their offer: ssh-rsa', 'subsystem request failed on channel 0\nscp: Connection closed', 'Bad owner or permissions on /home/u/.ssh/config'],
  },
  {
    id: 'shell.mktemp',
    language: 'shell',
    match: /mktemp: (?:(?<few>too few X's in template) ['‘`](?<template>[^'’\n]{0,200})['’]|(?:cannot create temp file|failed to create (?:file|directory) via template) ['‘`]?(?<path>[^'’:\n]{1,300}?)['’]?: (?<errno>[A-Z][^\n]{1,80}))/,
    requires: /mktemp: /,
    errorType: (c) => c.few ?? c.errno ?? 'mktemp error',
    category: 'io',
    // Above what the empty file name causes next ("ambiguous redirect", "No such file").
    priority: 45,
    summary: (c) => (c.few ? `mktemp refused the template ${c.template}: it needs at least three X's to replace.` : `mktemp could not create ${c.path}: ${c.errno}.`),
    explanation: (c) =>
      c.few
        ? `GNU mktemp replaces a run of trailing X's in the template with random characters and needs at least three (${c.template} has ${(c.template?.match(/X+$/)?.[0] ?? '').length}). BSD mktemp (macOS) takes -t with a prefix instead and adds the X's itself, so scripts written for macOS fail on Linux this way; the variable meant to hold the file name is then empty.`
        : c.errno === 'Invalid argument'
          ? `The template ${c.path} does not end in X's where this mktemp expects them (BSD mktemp wants them at the very end, GNU mktemp needs at least three), so it cannot make a unique name from it.`
          : `The directory part of ${c.path} does not allow it: it does not exist, is not writable, or is full (${c.errno}).`,
    causes: (c) => (c.few ? ['A template with fewer than three trailing X\'s', 'BSD (macOS) mktemp -t syntax run by GNU mktemp'] : ['X\'s not at the end of the template', 'A directory that does not exist or is not writable ($TMPDIR)']),
    fixes: (c) => [
      fix('Give mktemp a template that both GNU and BSD accept', ['End the template in at least six X\'s and give the directory explicitly; check the result before using it.'], `tmpfile=$(mktemp "\${TMPDIR:-/tmp}/${(c.template ?? c.path ?? 'tmp').replace(/^.*\//, '').replace(/X+$/, '').replace(/\.$/, '') || 'tmp'}.XXXXXX") || exit 1`),
    ],
    references: [ref('GNU Coreutils: mktemp invocation', 'https://www.gnu.org/software/coreutils/manual/html_node/mktemp-invocation.html')],
    samples: ["mktemp: too few X's in template ‘transfer’\n-bash: $tmpfile: ambiguous redirect", 'mktemp: cannot create temp file /tmp/make.sh.XXXX: Invalid argument'],
  },
  {
    id: 'shell.bsd-ownership',
    language: 'shell',
    // BSD chown and chgrp (macOS); GNU's "invalid user" is a usage error (shell.tool-usage).
    match: /(?<tool>chown|chgrp): (?<name>[^\n:]{1,200}): (?<phrase>illegal (?:user|group) name)/,
    requires: /illegal (?:user|group) name/,
    errorType: (c) => c.phrase ?? 'illegal user name',
    category: 'configuration',
    priority: 30,
    summary: (c) => `${c.tool} does not know the ${c.phrase?.includes('group') ? 'group' : 'user'} ${c.name}.`,
    explanation: (c) =>
      `${c.name} is not a ${c.phrase?.includes('group') ? 'group' : 'user'} on this system. It is often text that was meant to be expanded: a command substitution or variable inside single quotes (so the name is literally ${c.name}), an empty variable, or a Linux-only name (such as a user:group pair with a group macOS does not have).`,
    causes: ['A variable or $(…) that was not expanded (single quotes) or was empty', 'A user or group that exists only on another system'],
    fixes: (c) => [fix('Pass an existing name, expanded by the shell', [`Check that the name exists (${c.name} does not), and use double quotes so variables and $(…) expand.`], `id -un; id -gn\nchown "$(id -un):$(id -gn)" ${c.tool === 'chgrp' ? '' : 'path/to/file'}`.trim())],
    references: [ref('chown(8) (BSD)', 'https://man.freebsd.org/cgi/man.cgi?query=chown&sektion=8')],
    samples: ['chown: basename "${USER_HOME}": illegal user name'],
  },
  {
    id: 'shell.grep-regex-warning',
    language: 'shell',
    // GNU grep 3.8+ warns about escapes that mean nothing; the pattern still runs, differently than meant.
    match: /grep: warning: (?<phrase>stray \\ before) (?<char>\S{1,12})|grep: warning: (?<egrep>egrep is obsolescent|fgrep is obsolescent)/,
    requires: /grep: warning: /,
    errorType: (c) => c.phrase ?? c.egrep ?? 'grep warning',
    category: 'syntax',
    priority: 20,
    summary: (c) => (c.phrase ? `grep warns that \\${c.char} in the pattern is an escape that means nothing.` : `grep warns: ${c.egrep}.`),
    explanation: (c) =>
      c.phrase
        ? `Since GNU grep 3.8, a backslash before a character that has no special meaning (\\${c.char}) is warned about: in the future it may mean something, and today it is just ${c.char}. Usually the backslash was meant for another character, or the pattern was written for another regex dialect (\\| alternation belongs to basic regexes, \\d to Perl's -P).`
        : 'GNU grep 3.8 warns that egrep and fgrep are obsolete: they are grep -E and grep -F.',
    causes: ['A backslash before an ordinary character', 'A pattern written for another regex dialect (Perl, JavaScript)'],
    fixes: (c) => [fix(c.phrase ? `Remove the backslash before ${c.char}` : 'Use grep -E / grep -F', ['Write the character without a backslash, or use -E/-P for the dialect the pattern was written in.'], c.phrase ? `grep -e '${c.char}' file   # ${c.char}, not \\${c.char}` : "grep -E 'a|b' file\ngrep -F 'a.b' file")],
    references: [ref('GNU grep 3.8 release notes', 'https://lists.gnu.org/archive/html/info-gnu/2022-09/msg00001.html')],
    samples: ['grep: warning: stray \\ before M', 'grep: warning: egrep is obsolescent; using grep -E'],
  },
];
