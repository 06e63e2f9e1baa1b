import type { ErrorPattern } from '../rules/error-pattern';
import { catalogMessage, catalogPattern, nameOr as or, errnoOf, SYSTEMD_STEP_CODE, type CatalogEntry } from './linux-catalog.patterns';
import { ref } from './answer-parts';

/**
 * A seventh catalog pass over the shell family, from the services people run and paste the logs of: nginx's start-up
 * and `nginx -t` errors (an unknown or misplaced directive, a wrong argument count, an upstream or resolver host it
 * cannot resolve, a port already taken, a certificate or key it cannot load, a file it may not open), Apache httpd's
 * AH codes (make_sock's bind, a syntax error in the configuration, ServerName's warning), SELinux's AVC denials and
 * AppArmor's DENIED audit lines, HAProxy's configuration [ALERT]s, fail2ban's jail without a log file, systemd's own
 * exit status where the journal lines lost the unit's name, sudo's unreadable policy file, PAM's failures in sudo's and
 * cron's logs, GRUB's missing files at boot, and certbot's failed challenges.
 *
 * The type is the tool's phrase without the names around it, the code it prints (Apache's AHnnnnn, systemd's
 * 226/NAMESPACE), or the system error it reports (corpus README, shell row). The `n` group captures the name the
 * message is about (a directive, host, file, profile), which the fix repeats.
 */

const REFS = {
  nginx: [
    ref('nginx: Core functionality (error_log, include, events)', 'https://nginx.org/en/docs/ngx_core_module.html'),
    ref('nginx: Configuring HTTPS servers', 'https://nginx.org/en/docs/http/configuring_https_servers.html'),
    ref('nginx: Beginner\'s guide (configuration file structure)', 'https://nginx.org/en/docs/beginners_guide.html'),
    ref('nginx: ngx_http_upstream_module', 'https://nginx.org/en/docs/http/ngx_http_upstream_module.html'),
  ],
  apache: [
    ref('Apache httpd: Log message reference (AH codes)', 'https://httpd.apache.org/docs/2.4/logs.html'),
    ref('Apache httpd: Binding to addresses and ports', 'https://httpd.apache.org/docs/2.4/bind.html'),
    ref('Apache httpd: ServerName directive', 'https://httpd.apache.org/docs/2.4/mod/core.html#servername'),
    ref('Apache httpd: apachectl configtest', 'https://httpd.apache.org/docs/2.4/programs/apachectl.html'),
  ],
  daemons: [
    ref('HAProxy: Configuration manual', 'https://docs.haproxy.org/2.8/configuration.html'),
    ref('fail2ban: Proper fail2ban configuration', 'https://github.com/fail2ban/fail2ban/wiki/Proper-fail2ban-configuration'),
  ],
  security: [
    ref('Red Hat: Troubleshooting problems related to SELinux', 'https://docs.redhat.com/en/documentation/red_hat_enterprise_linux/9/html/using_selinux/troubleshooting-problems-related-to-selinux_using-selinux'),
    ref('audit2allow(1)', 'https://man7.org/linux/man-pages/man1/audit2allow.1.html'),
    ref('Ubuntu: AppArmor', 'https://ubuntu.com/server/docs/apparmor'),
    ref('apparmor.d(5)', 'https://manpages.ubuntu.com/manpages/noble/man5/apparmor.d.5.html'),
  ],
  system: [
    ref('systemd.exec(5): Process exit codes', 'https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Process%20Exit%20Codes'),
    ref('pam(8)', 'https://man7.org/linux/man-pages/man8/pam.8.html'),
    ref('GNU GRUB manual: GRUB only offers a rescue shell', 'https://www.gnu.org/software/grub/manual/grub/html_node/GRUB-only-offers-a-rescue-shell.html'),
    ref('Certbot: User guide', 'https://eff-certbot.readthedocs.io/en/stable/using.html'),
  ],
};


/** nginx's level prefix as it prints it: "nginx: [emerg] ", "2024/06/22 16:54:59 [emerg] 1#1: ", "[emerg]: ". */
const EMERG = String.raw`\[emerg\][^\n\[\]]{0,40}?`;

const NGINX_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`${EMERG}unknown directive "(?<n>[^"\n]{1,200})"`,
    type: 'unknown directive',
    why: 'nginx does not know the directive the configuration names: a module that is not compiled in or not loaded (load_module for a dynamic module such as rtmp, echo, headers-more or a third-party check module), a typo, or a line broken by a missing semicolon or an unescaped quote or brace so that the next word was read as a directive.',
    fix: 'Load the module that provides the directive, or fix the line before it',
    code: (n) => `nginx -V 2>&1 | tr ' ' '\\n' | grep -i module   # the modules built in\nls /etc/nginx/modules-enabled/ /usr/lib/nginx/modules/   # dynamic modules\n# the directive: ${or(n, '<directive>')} — check the line above it for a missing ; or an unclosed quote or {\nsudo nginx -t`,
  },
  {
    re: String.raw`${EMERG}"(?<n>[\w-]{1,100})" directive is not allowed here`,
    type: 'directive is not allowed here',
    why: 'The directive stands in a context that does not take it: a server or upstream block in a file included outside the http { } block (a site file given to nginx as the main configuration with -c, or sites-enabled included at the top level), or a location outside a server block.',
    fix: 'Move the block into the context that takes it',
    code: (n) => `# ${or(n, 'server')} belongs inside http { } (upstream and server) or server { } (location)\ngrep -n 'include' /etc/nginx/nginx.conf   # sites-enabled/*.conf and conf.d/*.conf are included inside http { }\nsudo nginx -t   # test the main configuration, not a site file with -c`,
  },
  {
    re: String.raw`${EMERG}invalid number of arguments in "(?<n>[\w-]{1,100})" directive`,
    type: 'invalid number of arguments',
    why: 'The directive was given more or fewer arguments than it takes: most often a missing semicolon at the end of the line (the next line is read as more arguments), an empty value from a template or variable, or a value with a space that needed quotes.',
    fix: 'Check the line: its semicolon, its value and its quotes',
    code: (n) => `grep -n '${or(n, '<directive>')}' -r /etc/nginx/\n# each directive ends with ;  — a value with spaces needs quotes\nsudo nginx -t`,
  },
  {
    re: String.raw`${EMERG}host not found in (?<kind>upstream|resolver) "?(?<n>[^"\s]{1,200})`,
    type: (g) => `host not found in ${g.kind ?? 'upstream'}`,
    why: 'nginx resolves the host names of proxy_pass and upstream servers once, when it reads the configuration, and stops if one does not resolve: a Docker Compose service that is not running or not on the same network yet, a container name that is not a DNS name, a typo, or DNS not ready at boot.',
    fix: 'Make the name resolvable when nginx starts, or resolve it at request time',
    code: (n) => `getent hosts ${or(n, '<host>').replace(/:\d+$/, '')}   # from where nginx runs\n# in Docker Compose: same network, and depends_on the service\n# or resolve at request time, so nginx starts without it:\n#   resolver 127.0.0.11 valid=30s;   # Docker's DNS\n#   set $upstream http://${or(n, 'app')};\n#   proxy_pass $upstream;`,
  },
  {
    re: String.raw`${EMERG}bind\(\) to (?<n>\S{1,200}) failed \(\d{1,3}: (?<errno>[A-Z][^)\n]{1,60})\)`,
    type: errnoOf,
    why: 'nginx could not listen on the address: another process holds the port (another nginx started by hand or by a second service manager, Apache, a container publishing it), a listen line for [::]:80 and another for 0.0.0.0:80 while ipv6only is off, or — for Permission denied — a port below 1024 without root.',
    fix: 'Find what holds the port and stop it, or listen on another one',
    code: (n) => `sudo ss -ltnp | grep ':${or(n, '0.0.0.0:80').replace(/^.*:/, '')}'\nsudo fuser -k ${or(n, '0.0.0.0:80').replace(/^.*:/, '')}/tcp   # stop the holder (another nginx, apache2)\nsudo systemctl restart nginx`,
  },
  {
    re: String.raw`(?:cannot load certificate(?: key)? "|BIO_new_file\(")(?<n>[^"\n]{1,300})"(?:\)|: BIO_new_file\(\)) failed \(SSL: error:[0-9A-F]{8}:system library:[^\n]{0,60}?:(?<errno>No such file or directory|Permission denied)`,
    type: errnoOf,
    why: 'The file named by ssl_certificate or ssl_certificate_key does not exist at that path, or nginx may not read it: a certificate not issued yet (a certbot or acme.sh run that failed, a renamed live/ directory such as npm-2), a path from an example, or a volume not mounted in the container.',
    fix: 'Issue or copy the certificate to that path, or point the configuration at the real one',
    code: (n) => `sudo ls -l ${or(n, '/etc/letsencrypt/live/<domain>/fullchain.pem')}\nsudo certbot certificates   # the paths certbot really wrote\ngrep -rn 'ssl_certificate' /etc/nginx/\nsudo nginx -t`,
  },
  {
    re: String.raw`SSL_CTX_use_PrivateKey(?:_file)?\("(?<n>[^"\n]{1,300})"\) failed \(SSL: [^\n]{0,200}?key values mismatch`,
    type: 'key values mismatch',
    why: 'The private key does not belong to the certificate nginx loaded first: ssl_certificate and ssl_certificate_key point at files of two different issuances, or the chain file puts the intermediate certificate before the server certificate.',
    fix: 'Pair the key with its own certificate, server certificate first in the chain',
    code: (n) => `openssl x509 -noout -pubkey -in <certificate.pem> | openssl sha256\nopenssl pkey -pubout -in ${or(n, '<key.pem>')} | openssl sha256   # both hashes must be equal\n# fullchain: the server certificate first, then the intermediates`,
  },
  {
    re: String.raw`${EMERG}could not build (?:the )?(?<n>server_names_hash|types_hash|variables_hash|proxy_headers_hash|map_hash)`,
    type: (g) => `could not build ${g.n ?? 'server_names_hash'}`,
    why: "nginx keeps server names (and MIME types, variables, proxy headers, map keys) in hash tables whose bucket size is fixed by the configuration, and one of the entries does not fit: a long server_name (a cloud host name, many subdomains) or many types. The message names the directive to raise.",
    fix: 'Raise the bucket size the message names, in the http block',
    code: (n) => `# in http { } of /etc/nginx/nginx.conf:\n${n === 'types_hash' ? 'types_hash_max_size 2048;\ntypes_hash_bucket_size 128;' : `${or(n, 'server_names_hash')}_bucket_size 128;`}\nsudo nginx -t && sudo systemctl reload nginx`,
  },
  {
    re: String.raw`${EMERG}no "(?<n>ssl_certificate(?:_key)?)" is defined for the "listen \.\.\. ssl" directive`,
    type: 'no "ssl_certificate" is defined',
    why: 'A server listens with the ssl parameter (listen 443 ssl) but has no ssl_certificate (or ssl_certificate_key) of its own and none inherited from http { }: the certificate lines were commented out until certbot issues one, or a template left them empty.',
    fix: 'Give the server its certificate, or listen without ssl until it exists',
    code: (n) => `grep -rn 'listen.*ssl\\|${or(n, 'ssl_certificate')}' /etc/nginx/\n# either add ssl_certificate and ssl_certificate_key to that server,\n# or serve port 80 only, issue the certificate (certbot --nginx or --webroot), then add listen 443 ssl\nsudo nginx -t`,
  },
  {
    re: String.raw`${EMERG}open\(\) "(?<n>[^"\n]{1,300})" failed \(\d{1,3}: (?<errno>[A-Z][^)\n]{1,60})\)`,
    type: errnoOf,
    why: "nginx could not open a file its configuration names (an include, mime.types, a log, the pid file): it does not exist at that path, it is a directory, or the user nginx runs as may not open it (nginx run without root, a container's non-root user, SELinux).",
    fix: 'Check the path and who may open it',
    code: (n) => `ls -ld ${or(n, '<file>')} "$(dirname ${or(n, '<file>')})"\nps -o user= -C nginx   # the user nginx runs as\nsudo nginx -t   # as root, as the service runs it`,
  },
];

const NGINX_ALERT_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\[alert\][^\n\[\]]{0,40}?could not open error log file: open\(\) "(?<n>[^"\n]{1,300})" failed \(\d{1,3}: (?<errno>[A-Z][^)\n]{1,60})\)`,
    type: errnoOf,
    why: 'nginx writes to its compiled-in error log before it reads error_log from the configuration, and the user running it may not write there: nginx (or nginx -t) run without sudo, or in a container as a non-root user. It is a warning when the configuration sets another error_log; an [emerg] after it is the real failure.',
    fix: 'Run nginx as root, or give it an error log it may write from the start',
    code: (n) => `sudo nginx -t\n# or, as a non-root user:\nnginx -e /tmp/nginx-error.log -c <nginx.conf>   # -e: the error log used before the configuration is read (nginx 1.19.5+)\nls -ld "$(dirname ${or(n, '/var/log/nginx/error.log')})"`,
  },
  {
    re: String.raw`nginx: configuration file (?<n>\S{1,300}) test failed`,
    type: 'configuration file test failed',
    why: 'nginx -t (or the service manager running it before a start or reload) found an error in the configuration; the [emerg] line printed above this one names it, with the file and line.',
    fix: 'Read the [emerg] line above, fix that file and line, and test again',
    code: (n) => `sudo nginx -t 2>&1 | head\nsudo nginx -T | less   # the whole configuration nginx reads from ${or(n, '/etc/nginx/nginx.conf')}`,
  },
];

const APACHE_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`\(\d{1,3}\)(?<errno>[A-Z][^:\n]{1,60}): AH00072: make_sock: could not bind to address (?<n>\S{1,200})`,
    type: 'AH00072',
    why: 'Apache could not listen on the address: another process holds the port (nginx, another Apache, a container), two Listen lines name the same port, or — for Permission denied — a port below 1024 without root (a proot or Termux system, a non-root user).',
    fix: 'Find what holds the port, or listen on another one',
    code: (n) => `sudo ss -ltnp | grep ':${or(n, '0.0.0.0:80').replace(/^.*:/, '')}'\ngrep -rns '^Listen' /etc/apache2/ /etc/httpd/\n# without root: Listen 8080 in ports.conf`,
  },
  {
    re: String.raw`AH00526: Syntax error on line (?<kind>\S{1,10}) of (?<n>[^\n:]{1,300}):`,
    type: 'AH00526',
    why: 'apachectl configtest (or the start) found a line Apache cannot read: most often "Invalid command", a directive of a module that is not loaded (Header needs mod_headers, RewriteEngine mod_rewrite, Order and Allow mod_access_compat) or a directive of Apache 2.2 (LockFile) that 2.4 removed.',
    fix: 'Load the module the directive belongs to, or change the directive',
    code: (n) => `sudo apachectl configtest\nsed -n '<line>p' ${or(n, '<file>')}\nsudo a2enmod headers rewrite   # Debian/Ubuntu: enable the module that provides the directive\n# RHEL: LoadModule in /etc/httpd/conf.modules.d/`,
  },
];

const APACHE_OTHER_ENTRIES: readonly CatalogEntry[] = [
  {
    // Another AH code, except the warnings printed beside the real error (AH00557, AH00558) and php-fpm's replies.
    re: String.raw`(?<![\w])AH(?!0055[78]|0107\d)(?<n>\d{5}): `,
    type: (g) => `AH${g.n ?? '00000'}`,
    why: "Apache httpd names each of its log messages by a code (AHnnnnn); the message after it says what failed, and the error log (and journalctl -u apache2 or httpd) has the lines around it.",
    fix: 'Read the message after the code, and test the configuration',
    code: (n) => `sudo apachectl configtest\nsudo tail -50 /var/log/apache2/error.log   # /var/log/httpd/error_log on RHEL\n# AH${or(n, '00000')}: search the code in the httpd documentation`,
  },
];

const SUDO_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`sudo: (?:unable to stat|unable to open|can't open) (?<n>\/\S{1,200}): (?<errno>[A-Z][^\n]{1,60})`,
    type: errnoOf,
    why: 'sudo could not read its own policy file, so it found no valid sudoers source and refused to run: the file or /etc itself lost its permissions (a chmod -R or chown -R over / or /etc), or the file was removed.',
    fix: 'Repair the file from a root shell that does not need sudo',
    code: (n) => `pkexec bash   # or boot into recovery mode, or su -\nls -ld /etc ${or(n, '/etc/sudoers')}\nchown root:root ${or(n, '/etc/sudoers')} && chmod 0440 ${or(n, '/etc/sudoers')}\nchmod 0755 /etc`,
  },
  {
    re: String.raw`sudo: (?<n>\/\S{1,200}) is not a regular file`,
    type: 'is not a regular file',
    why: 'sudo only reads its policy from a regular file, and that path is a directory, a symbolic link or a device: a package update or a configuration tool replaced /etc/sudoers (or a file in /etc/sudoers.d) by something else.',
    fix: 'Put a regular sudoers file back, from a root shell that does not need sudo',
    code: (n) => `pkexec bash   # or su -, or recovery mode\nls -la ${or(n, '/etc/sudoers')}\n# restore it from the package (e.g. sudo's default sudoers), then:\nchown root:root ${or(n, '/etc/sudoers')} && chmod 0440 ${or(n, '/etc/sudoers')}\nvisudo -c`,
  },
];

const DAEMON_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`unknown keyword '(?<n>[^'\n]{1,100})'(?:\. Registered keywords| in '[\w -]{1,40}' section)`,
    type: 'unknown keyword',
    why: "HAProxy does not know the keyword in that section: it belongs to another section (ca-file is a bind or server option, not a global one), it needs a build option this binary lacks (USE_OPENSSL, USE_LUA), or it was removed or renamed in this version.",
    fix: 'Move the keyword to the section that takes it, or use a build that has it',
    code: (n) => `haproxy -vv | grep -i -E 'version|OPTIONS|Built with'\nhaproxy -c -f /etc/haproxy/haproxy.cfg\n# ${or(n, '<keyword>')}: check the configuration manual of this HAProxy version for its section`,
  },
  {
    re: String.raw`'(?<n>[\w-]{1,40})' cannot handle unexpected argument '[^'\n]{1,200}'`,
    type: 'cannot handle unexpected argument',
    why: "The section line has an argument HAProxy does not take there: since HAProxy 1.5 a listen or frontend line takes only the proxy's name, and the address to listen on goes on a bind line inside the section.",
    fix: 'Put the address on a bind line',
    code: (n) => `# ${or(n, 'listen')} <name>\n#     bind 0.0.0.0:80\nhaproxy -c -f /etc/haproxy/haproxy.cfg`,
  },
  {
    re: String.raw`parsing \[[^\]\n]{1,300}\] ?: unexpected character '(?<n>[^'\n]{1,10})' in '[\w -]{1,60}'`,
    type: 'unexpected character',
    why: "A time or size value has a unit HAProxy does not know, or a character after the number: timeouts take us, ms, s, m, h or d (30s, 1m), with no space or other letters.",
    fix: 'Write the value with a unit HAProxy knows',
    code: (n) => `grep -n 'timeout' /etc/haproxy/haproxy.cfg\n# e.g.  timeout client 30s   (the character '${or(n, 'e')}' is not a unit)\nhaproxy -c -f /etc/haproxy/haproxy.cfg`,
  },
  {
    re: String.raw`parsing \[(?<n>[^\]\n]{1,300})\] ?: Missing LF on last line`,
    type: 'Missing LF on last line',
    why: 'HAProxy 2.x refuses a configuration file whose last line does not end with a newline: the file was written by a template or an editor without a final newline, or it was cut short.',
    fix: 'End the file with a newline',
    code: (n) => `tail -c 20 ${or(n, '/etc/haproxy/haproxy.cfg').replace(/:\d+$/, '')} | od -c | tail -3\necho >> ${or(n, '/etc/haproxy/haproxy.cfg').replace(/:\d+$/, '')}\nhaproxy -c -f ${or(n, '/etc/haproxy/haproxy.cfg').replace(/:\d+$/, '')}`,
  },
  {
    re: String.raw`\[ALERT\][^\n]{0,60}?: (?<n>Fatal errors found in configuration)`,
    type: 'Fatal errors found in configuration',
    why: 'HAProxy checked its configuration and refused to start: the [ALERT] lines above this one name each error with its file and line.',
    fix: 'Read the [ALERT] lines above and check the configuration',
    code: () => `haproxy -c -f /etc/haproxy/haproxy.cfg\njournalctl -u haproxy -n 30 --no-pager`,
  },
  {
    re: String.raw`Failed during configuration: Have not found any log file for (?<n>[\w.-]{1,100}) jail`,
    type: 'Have not found any log file',
    why: "fail2ban found no log file for the jail's logpath (the line before names the glob): the service logs to the systemd journal instead of a file (Debian 12 and Ubuntu 24.04 have no /var/log/auth.log by default), the path is wrong for this distribution, or the jail is enabled for a service that is not installed.",
    fix: 'Read the journal for that jail, or point logpath at a file that exists',
    code: (n) => `# /etc/fail2ban/jail.local — only the settings you override:\n[${or(n, 'sshd')}]\nbackend = systemd\nenabled = true\n# then: sudo fail2ban-client -t && sudo systemctl restart fail2ban`,
  },
];

const SECURITY_ENTRIES: readonly CatalogEntry[] = [
  {
    re: String.raw`avc:\s{1,3}denied\s{1,3}\{ (?<kind>[\w ]{1,100}?) \} for\s{1,3}pid=\d{1,10}\s{1,3}comm="?(?<n>[^"\s]{1,100})`,
    type: 'avc: denied',
    why: "SELinux's policy does not let the process's domain (scontext) do that to the object's type (tcontext): a file created or moved somewhere its label does not fit, a service using a port or directory the policy does not expect, or a boolean that is off. permissive=1 means it was only logged.",
    fix: 'Restore the file labels or set the boolean; write a local policy only for what remains',
    code: (n) => `sudo ausearch -m AVC -ts recent -c ${or(n, '<comm>')}\nsudo restorecon -Rv <path>   # a wrong label on a moved or copied file\nsudo sealert -a /var/log/audit/audit.log   # setroubleshoot's advice (booleans, semanage fcontext)\nsudo ausearch -m AVC -c ${or(n, '<comm>')} --raw | audit2allow -M local_${or(n, 'app').replace(/[^\w]/g, '_')}   # last resort`,
  },
  {
    re: String.raw`apparmor="DENIED" operation="(?<kind>[\w_]{1,40})"[^\n]{0,200}?\bprofile="(?<n>[^"\n]{1,200})"`,
    type: 'apparmor="DENIED"',
    why: "The AppArmor profile confining the program does not allow the operation on that path (or capability, or signal): the program, a snap, or a profile from apparmor.d touches a file its rules do not list. The kernel refused it, and the program sees Permission denied.",
    fix: 'Allow the access in the profile (or its local override) and reload it',
    code: (n) => `sudo journalctl -k | grep 'apparmor="DENIED"' | tail\nsudo aa-status | grep '${or(n, '<profile>')}'\n# add the rule to /etc/apparmor.d/local/<profile file>, e.g.  /path/to/file r,\nsudo apparmor_parser -r /etc/apparmor.d/<profile file>\nsudo aa-complain ${or(n, '<profile>')}   # or log only, while testing`,
  },
];

const SYSTEM_ENTRIES: readonly CatalogEntry[] = [
  {
    // The journal's lines without the unit's name in front (copied from journalctl -o cat or a monitoring mail).
    re: String.raw`(?:^|\n)[ \t]{0,8}Failed at step (?<step>[A-Z_]{2,30}) spawning (?<n>[^\n:]{1,300}): [^\n]{1,100}`,
    type: (g) => `${SYSTEMD_STEP_CODE[g.step ?? 'EXEC'] ?? '2xx'}/${g.step ?? 'EXEC'}`,
    why: "systemd failed to set up the process before running the program: the status between 200 and 243 names the step (EXEC: the program is missing or not executable; NAMESPACE: a sandboxing option such as ProtectSystem=, PrivateTmp= or ReadWritePaths= names a path that does not exist, or the kernel or container does not allow mount namespaces).",
    fix: "Check the unit's settings for that step",
    code: (n) => `systemctl cat <unit>\nls -l ${or(n, '<program>')}\n# NAMESPACE: create the ReadWritePaths= directories, or drop the Protect*=/Private*= options inside LXC or an emulator`,
  },
  {
    re: String.raw`(?:^|\n)[ \t]{0,8}Main process exited, code=exited, status=(?<kind>2\d\d\/[A-Z_]{2,30})`,
    type: (g) => g.kind ?? '203/EXEC',
    why: "A status between 200 and 243 is systemd's own: the step of starting the service that failed before the program ran (EXEC: ExecStart= names a missing or non-executable program; NAMESPACE: sandboxing paths; USER/GROUP: User=/Group=).",
    fix: "Check the unit's settings for that step",
    code: () => `systemctl cat <unit>\njournalctl -u <unit> -b --no-pager | tail -30`,
  },
  {
    re: String.raw`pam_unix\((?<n>[\w-]{1,40}):auth\): conversation failed`,
    type: 'conversation failed',
    why: "PAM's password module could not ask for the password: sudo (or su, or a polkit agent) ran without a terminal or an askpass helper to prompt on, for example from a script, a desktop applet or a cron job.",
    fix: 'Give it a terminal or an askpass helper, or allow the command without a password',
    code: (n) => `sudo -S <command> < /dev/tty   # or: sudo -A with SUDO_ASKPASS set\nsudo visudo -f /etc/sudoers.d/${or(n, 'sudo').replace(/[^\w-]/g, '')}-nopasswd   # user ALL=(root) NOPASSWD: /path/to/command\nsudo journalctl -t sudo -n 20`,
  },
  {
    re: String.raw`(?:CRON|crond?)\[\d{1,10}\]: (?<n>Cannot make\/remove an entry for the specified session)`,
    type: 'Cannot make/remove an entry for the specified session',
    why: "cron's PAM session stack failed: pam_loginuid could not write /proc/self/loginuid, which a container (or a system without the audit loginuid) does not allow, so the cron job's session is refused.",
    fix: "Make pam_loginuid optional in cron's PAM configuration",
    code: (n) => `# ${n}\nsudo sed -i 's/^session\\s\\+required\\s\\+pam_loginuid.so/session optional pam_loginuid.so/' /etc/pam.d/cron\nsudo service cron restart`,
  },
  {
    re: String.raw`[Ee]rror: file '(?<n>\/[^'\n]{0,200}?(?:grub2?\/[^'\n]{1,200}|vmlinuz[^'\n]{0,100}|initrd[^'\n]{0,100}))' not found`,
    type: 'file not found',
    why: 'GRUB could not find a file it needs at boot (normal.mod drops it to the rescue shell): its prefix points at a partition or directory that no longer holds /boot/grub — a disk or partition renumbered, a restored or copied system, a BIOS GRUB booted on a UEFI install (i386-pc instead of x86_64-efi) — or the kernel was removed.',
    fix: 'Point GRUB at the right partition from the rescue shell, then reinstall it',
    code: (n) => `grub rescue> ls                      # the partitions GRUB sees\ngrub rescue> ls (hd0,msdos1)/boot/grub   # find the one with the modules\ngrub rescue> set root=(hd0,msdos1)\ngrub rescue> set prefix=(hd0,msdos1)/boot/grub\ngrub rescue> insmod normal\ngrub rescue> normal\n# then, booted: sudo grub-install /dev/sdX && sudo update-grub   (missing: ${or(n, 'normal.mod')})`,
  },
  {
    re: String.raw`(?:^|\n)(?:Challenge failed for domain (?<n>[^\s]{1,200})\n[\s\S]{0,400}?)?Some challenges have failed\.`,
    type: 'Some challenges have failed',
    why: "The ACME server (Let's Encrypt) could not verify that the machine controls the domain: for HTTP-01 it could not fetch /.well-known/acme-challenge/ from the domain (DNS pointing elsewhere, port 80 closed or redirected, the webroot not served), for DNS-01 the TXT record was not visible. The lines under \"The following errors were reported by the server\" say which.",
    fix: 'Check that the domain reaches this server on port 80 and serves the webroot',
    code: (n) => `dig +short ${or(n, '<domain>')}   # must be this server's address\ncurl -I http://${or(n, '<domain>')}/.well-known/acme-challenge/test   # from outside: reachable, not redirected elsewhere\nsudo certbot certonly --webroot -w /var/www/certbot -d ${or(n, '<domain>')} --dry-run -v`,
  },
];

export const SHELL_CATALOG7_PATTERNS: readonly ErrorPattern[] = [
  catalogPattern({
    id: 'shell.nginx-catalog',
    tool: 'nginx',
    category: 'configuration',
    // Above the systemd status lines around it (shell.systemd-status-catalog, shell.systemd-unit-catalog).
    priority: 34,
    entries: NGINX_ENTRIES,
    references: REFS.nginx,
    requires: /\[emerg\]|SSL_CTX_use_PrivateKey|cannot load certificate|BIO_new_file\("/,
    samples: [
      'nginx: [emerg] unknown directive "load_module" in /etc/nginx/modules-enabled/50-mod-http-auth-pam.conf:1\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      '2021/09/23 18:20:50 [emerg] 10#10: host not found in upstream "app" in /etc/nginx/conf.d/nginx.conf:26',
      'nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] still could not bind()',
    ],
  }),
  catalogPattern({
    id: 'shell.nginx-warning',
    tool: 'nginx',
    category: 'configuration',
    // Below shell.nginx-catalog: the [emerg] line is the failure, these are printed before or after it.
    priority: 16,
    entries: NGINX_ALERT_ENTRIES,
    references: REFS.nginx,
    requires: /\[alert\]|nginx: configuration file/,
    samples: ['nginx: [alert] could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)'],
  }),
  catalogPattern({
    id: 'shell.apache-catalog',
    tool: 'Apache httpd',
    category: 'configuration',
    // Above a shell error in the envvars file or the unit's status lines printed with it.
    priority: 34,
    entries: APACHE_ENTRIES,
    references: REFS.apache,
    requires: /AH00072: |AH00526: /,
    samples: [
      '(13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down',
      "AH00526: Syntax error on line 31 of /etc/httpd/extra/httpd-multilang-errordoc.conf:\nInvalid command 'LanguagePriority', perhaps misspelled or defined by a module not included in the server configuration",
    ],
  }),
  catalogPattern({
    id: 'shell.apache-code',
    tool: 'Apache httpd',
    category: 'configuration',
    // Low: a PHP error or another program's trace in Apache's log is the better answer.
    priority: 10,
    entries: APACHE_OTHER_ENTRIES,
    references: REFS.apache,
    requires: /AH\d{5}: /,
    samples: ["(2)No such file or directory: AH02291: Cannot access directory '/var/logs/' for main error log\nAH00014: Configuration check failed"],
  }),
  catalogPattern({
    id: 'shell.sudo-policy-file',
    tool: 'sudo',
    category: 'permission',
    // Above shell.sudo-setup (35), which answers the "no valid sudoers sources found" line under these.
    priority: 37,
    entries: SUDO_ENTRIES,
    references: REFS.system,
    requires: /sudo: (?:unable to stat|unable to open|can't open|\/\S{1,200} is not a regular file)/,
    samples: ['sudo: unable to stat /etc/sudoers: Permission denied\nsudo: no valid sudoers sources found, quitting'],
  }),
  catalogMessage({
    id: 'shell.apache-servername',
    tool: 'Apache httpd',
    category: 'configuration',
    // Below shell.apache-catalog: the warning is printed beside the real error, and is the answer only alone.
    priority: 6,
    requires: /AH00558: /,
    re: String.raw`AH00558: (?<n>[\w.-]{1,40}): Could not reliably determine the server's fully qualified domain name`,
    type: 'AH00558',
    why: "A warning, not a failure: no ServerName is set globally and the machine's host name does not resolve to a fully qualified name, so Apache uses its IP address. Apache starts anyway; if it does not, the real error is on another line.",
    fix: 'Set ServerName globally',
    code: (n) => `echo 'ServerName localhost' | sudo tee /etc/apache2/conf-available/servername.conf\nsudo a2enconf servername && sudo apachectl configtest   # RHEL: ServerName in /etc/httpd/conf/httpd.conf\n# (${n})`,
    references: REFS.apache,
    samples: ["AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message"],
  }),
  catalogPattern({
    id: 'shell.daemon-catalog7',
    tool: 'HAProxy/fail2ban',
    category: 'configuration',
    // Above the systemd status lines printed with them (shell.systemd-catalog's 255/EXCEPTION).
    priority: 30,
    entries: DAEMON_ENTRIES,
    references: REFS.daemons,
    requires: /\[ALERT\]|haproxy|Have not found any log file/,
    samples: [
      "[ALERT] 066/202309 (8076) : parsing [./haproxy.cfg:38] : 'listen' cannot handle unexpected argument '10.0.2.15:80'.\n[ALERT] 066/202309 (8076) : Error(s) found in configuration file : ./haproxy.cfg",
      'ERROR   Failed during configuration: Have not found any log file for sshd jail',
    ],
  }),
  catalogPattern({
    id: 'shell.security-denial',
    tool: 'SELinux/AppArmor',
    category: 'permission',
    priority: 14,
    entries: SECURITY_ENTRIES,
    references: REFS.security,
    requires: /avc:\s{1,3}denied|apparmor="DENIED"/,
    samples: [
      'type=AVC msg=audit(1706021857.079:1326): avc:  denied  { read } for  pid=25023 comm="chronyd" name="chrony.keys" dev="xvda4" ino=17299976 scontext=system_u:system_r:chronyd_restricted_t:s0 tcontext=system_u:object_r:chronyd_keys_t:s0 tclass=file permissive=0',
      'apparmor="DENIED" operation="open" class="file" profile="child-pager" name="/usr/share/file/misc/magic.mgc"  comm="more" requested_mask="r" denied_mask="r" fsuid=1001 ouid=0',
    ],
  }),
  catalogPattern({
    id: 'shell.system-catalog7',
    tool: 'system',
    category: 'runtime',
    priority: 18,
    entries: SYSTEM_ENTRIES,
    references: REFS.system,
    requires: /Failed at step|Main process exited|conversation failed|Cannot make\/remove an entry|rror: file '\/|Some challenges have failed/,
    samples: [
      'Failed at step NAMESPACE spawning /usr/bin/step-ca: No such file or directory\nMain process exited, code=exited, status=226/NAMESPACE',
      "error: file '/boot/grub/i386-pc/normal.mod' not found.\nEntering rescue mode...",
    ],
  }),
];
