/**
 * A seventh catalog pass over the shell family, from services' logs: nginx's [emerg] lines and nginx -t, Apache httpd's
 * AH codes, SELinux's AVC and AppArmor's DENIED audit lines, HAProxy's [ALERT]s, fail2ban's jails, systemd's own exit
 * status without the unit's name, sudo's unreadable policy file, PAM in sudo's and cron's logs, GRUB's missing files and
 * certbot's failed challenges. Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's seventh catalog pass", () => {
  it.each([
    [
      'nginx: [emerg] unknown directive "load_module" in /etc/nginx/modules-enabled/50-mod-http-auth-pam.conf:1\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'unknown directive',
    ],
    [
      '> Attempting to regenerate all nginx conf\nConfGen:: username1\nConfGen:: username2\nnginx: [emerg] unknown directive "32}\\.txt$"" in /etc/nginx/sites-enabled/destek.username2.com.conf:45',
      'shell',
      'unknown directive',
    ],
    [
      '2018/07/29 10:10:58 [emerg] 4107#4107: unknown directive "~*\\badultgalls\\b" in /etc/nginx/bots.d/bad-referrer-words.conf:52\nnginx: [emerg] unknown directive "~*\\badultgalls\\b" in /etc/nginx/bots.d/bad-referrer-words.conf:52\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'unknown directive',
    ],
    [
      'Sat Apr 29 15:48:23 2023 daemon.err nginx_init: 2023/04/29 15:48:23 [emerg] 2765#0: unknown directive "ubus_interpreter" in /etc/nginx/conf.d/luci.locations:21\nSat Apr 29 15:48:23 2023 daemon.err nginx_init: nginx: configuration file /etc/nginx/uci.conf test failed\nSat Apr 29 15:48:23 2023 daemon.err nginx_init: NOT using conf file!\nSat Apr 29 15:48:23 2023 daemon.notice procd: /etc/rc.d/S80nginx: nginx_init: NOT using conf file!\nSat Apr 29 15:48:23 2023 daemon.notice procd: /etc/rc.d/S80nginx: show config to be used by: nginx -T -c \'/etc/nginx/uci.conf\'',
      'shell',
      'unknown directive',
    ],
    [
      'nginx: [emerg] unknown directive "google" in /etc/nginx/nginx.conf:49\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'unknown directive',
    ],
    [
      './nginx -t\nnginx: [emerg] unknown directive "echo" in /usr/local/nginx/conf/nginx.conf:44\nnginx: configuration file /usr/local/nginx/conf/nginx.conf test failed',
      'shell',
      'unknown directive',
    ],
    ['nginx: [emerg] "upstream" directive is not allowed here in /etc/nginx/nginx.conf:1', 'shell', 'directive is not allowed here'],
    [
      'service nginx restart\nRestarting nginx: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'shell',
      'Address already in use',
    ],
    [
      '[emerg] 7939#7939: bind() to [::]:80 failed (98: Address already in use)\n[emerg] 7939#7939: still could not bind()',
      'shell',
      'Address already in use',
    ],
    [
      'root@youphptube:/usr/local/nginx/conf# sudo /usr/local/nginx/sbin/nginx\nnginx: [emerg] bind() to 0.0.0.0:1935 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:8080 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:1935 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:8080 failed (98: Address already in use)\nnginx: [emerg] still could not bind()',
      'shell',
      'Address already in use',
    ],
    [
      '[emerg]: bind() to 0.0.0.0:80 failed (98: Address already in use)\n[emerg]: bind() to 0.0.0.0:80 failed (98: Address already in use)\n[emerg]: bind() to 0.0.0.0:80 failed (98: Address already in use)',
      'shell',
      'Address already in use',
    ],
    [
      "Jan 11 16:37:20 instance-1 systemd[1]: Starting nginx - high performance web server...\nJan 11 16:37:20 instance-1 nginx[3026]: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nJan 11 16:37:21 instance-1 nginx[3026]: nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\nJan 11 16:37:23 instance-1 nginx[3026]: nginx: [emerg] still could not bind()\nJan 11 16:37:23 instance-1 systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE\nJan 11 16:37:23 instance-1 systemd[1]: nginx.service: Failed with result 'exit-code'.\nJan 11 16:37:23 instance-1 systemd[1]: Failed to start nginx - high performance web server.",
      'shell',
      'Address already in use',
    ],
    [
      "Aug 15 11:08:19 VM-o4SvqT80FlA1 nginx[19610]: nginx: [emerg] bind() to unix:/dev/shm/default.sock failed (98: Address already in use)\nAug 15 11:08:19 VM-o4SvqT80FlA1 nginx[19610]: nginx: [emerg] bind() to unix:/dev/shm/h2c.sock failed (98: Address already in use)\nAug 15 11:08:21 VM-o4SvqT80FlA1 nginx[19610]: nginx: [emerg] still could not bind()\nAug 15 11:08:21 VM-o4SvqT80FlA1 systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE\nAug 15 11:08:21 VM-o4SvqT80FlA1 systemd[1]: nginx.service: Failed with result 'exit-code'.\nAug 15 11:08:21 VM-o4SvqT80FlA1 systemd[1]: Failed to start nginx - high performance web server.",
      'shell',
      'Address already in use',
    ],
    [
      'robertd@gitlab:/etc/nginx/sites-available$ sudo service nginx start\nStarting nginx: nginx: [emerg] bind() to [::]:80 failed (98: Address already in use)\nnginx: [emerg] bind() to [::]:443 failed (98: Address already in use)\nnginx: [emerg] bind() to [::]:80 failed (98: Address already in use)\nnginx: [emerg] bind() to [::]:443 failed (98: Address already in use)\nnginx: [emerg] still could not bind()\nnginx.',
      'shell',
      'Address already in use',
    ],
    [
      'nginx: [emerg] host not found in upstream "chat1" in /etc/nginx/sites-enabled/chat.bartermill.com:23',
      'shell',
      'host not found in upstream',
    ],
    [
      'nginx: [emerg] host not found in upstream "xxxx.xxxx.xxx" in /home/nginxWebUI/temp/conf.d/xxxxx.conf:5',
      'shell',
      'host not found in upstream',
    ],
    ['[emerg] 1#1: host not found in upstream hostname.example.com in /etc/nginx/conf.d/app.conf:26', 'shell', 'host not found in upstream'],
    [
      '### Reloading nginx ...\n2021/09/23 18:20:50 [emerg] 10#10: host not found in upstream "app" in /etc/nginx/conf.d/nginx.conf:26\nnginx: [emerg] host not found in upstream "app" in /etc/nginx/conf.d/nginx.conf:26',
      'shell',
      'host not found in upstream',
    ],
    [
      'nofx-frontend  | /docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh\nnofx-frontend  | /docker-entrypoint.sh: Configuration complete; ready for start up\nnofx-frontend  | 2025/10/30 15:57:00 [emerg] 1#1: host not found in upstream "nofx" in /etc/nginx/conf.d/default.conf:31\nnofx-frontend  | nginx: [emerg] host not found in upstream "nofx" in /etc/nginx/conf.d/default.conf:31\nnofx-frontend  | /docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
      'shell',
      'host not found in upstream',
    ],
    [
      'Attaching to centos1, centos2, centos3, docker, portal, ubuntu-c, ubuntu1, ubuntu2, ubuntu3\nubuntu3 exited with code 255\nubuntu-c exited with code 255\nubuntu2 exited with code 255\nubuntu1 exited with code 255\nportal    | 2022/10/12 21:32:48 [emerg] 1#1: host not found in upstream "ubuntu1" in /etc/nginx/conf.d/default.conf:45',
      'shell',
      'host not found in upstream',
    ],
    [
      '2024/06/22 16:54:59 [emerg] 1#1: host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2\nnginx: [emerg] host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2\n/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      'shell',
      'host not found in upstream',
    ],
    ['nginx: [emerg] host not found in resolver "192.168.1.1\n" in /opt/tengine/conf/nginx.conf:124', 'shell', 'host not found in resolver'],
    [
      "2020/02/11 14:37:30 [emerg] 1#1: cannot load certificate \"/home/range/internet-wildcard.pem\": BIO_new_file() failed (SSL: error:02001002:system library:fopen:No such file or directory:fopen('/home/range/internet-wildcard.pem','r') error:2006D080:BIO routines:BIO_new_file:no such file)\n2020/02/11 14:37:32 [emerg] 1#1: cannot load certificate \"/home/range/internet-wildcard.pem\": BIO_new_file() failed (SSL: error:02001002:system library:fopen:No such file or directory:fopen('/home/range/internet-wildcard.pem','r') error:2006D080:BIO routines:BIO_new_file:no such file)",
      'shell',
      'No such file or directory',
    ],
    [
      "ubuntu@rohit-vm1:/opt/nginx$ /opt/nginx/sbin/nginx -c /opt/nginx/interop.conf\nnginx: [emerg] cannot load certificate \"/etc/letsencrypt/live/test.openquantumsafe.org/fullchain.pem\": BIO_new_file() failed (SSL: error:02001002:system library:fopen:No such file or directory:fopen('/etc/letsencrypt/live/test.openquantumsafe.org/fullchain.pem','r') error:2006D080:BIO routines:BIO_new_file:no such file)",
      'shell',
      'No such file or directory',
    ],
    [
      "Starting nginx - high performance web server...\nnginx: [emerg] cannot load certificate \"/var/cpanel/ssl/apache_tls/.../combined\": BIO_new_file() failed (SSL: error:02001002:system library:fopen:No such file or directory:fopen('/var/cpanel/ssl/apache_tls/.../combined','r') error:2006D080:BIO routines:BIO_new_file:no such file)\nnginx.service: Control process exited, code=exited status=1\nnginx.service: Failed with result 'exit-code'.\nFailed to start nginx - high performance web server.",
      'shell',
      'No such file or directory',
    ],
    [
      'root@nodexahau-virtual-machine:~# sudo nginx -t\nnginx: [emerg] cannot load certificate "/etc/letsencrypt/live/evernodegateway.com/fullchain.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/letsencrypt/live/evernodegateway.com/fullchain.pem, r) error:10000080:BIO routines::no such file)\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'No such file or directory',
    ],
    [
      "OK: All setup processes have completed. NGINX Service is now running...\n2018/10/25 17:22:56 [emerg] 1#1: BIO_new_file(\"/etc/letsencrypt/live/mapsgrabber.com/fullchain.pem\") failed (SSL: error:02FFF002:system library:func(4095):No such file or directory:fopen('/etc/letsencrypt/live/mapsgrabber.com/fullchain.pem', 'r') error:20FFF080:BIO routines:CRYPTO_internal:no such file)\nnginx: [emerg] BIO_new_file(\"/etc/letsencrypt/live/mapsgrabber.com/fullchain.pem\") failed (SSL: error:02FFF002:system library:func(4095):No such file or directory:fopen('/etc/letsencrypt/live/mapsgrabber.com/fullchain.pem', 'r') error:20FFF080:BIO routines:CRYPTO_internal:no such file)",
      'shell',
      'No such file or directory',
    ],
    [
      '❯ Starting nginx ...\n\nnginx: [emerg] cannot load certificate "/etc/letsencrypt/live/npm-2/fullchain.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/letsencrypt/live/npm-2/fullchain.pem, r) error:10000080:BIO routines::no such file)',
      'shell',
      'No such file or directory',
    ],
    [
      "nginx: [emerg] BIO_new_file(\"/root/bitradiology.chained.crt\") failed (SSL: error:02001002:system library:fopen:No such file or directory:fopen('/root/bitradiology.chained.crt','r') error:2006D080:BIO routines:BIO_new_file:no such file)\nnginx: configuration file /etc/nginx/nginx.conf test failed",
      'shell',
      'No such file or directory',
    ],
    [
      "Starting Apache httpd web server: apache2AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.0.1. Set the 'ServerName' directive globally to suppress this message                        (13)Permission denied: AH00072: make_sock: could not bind to address [::]:80\n(13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down\nAH00015: Unable to open logs\nAction 'start' failed.\nThe Apache error log may have more information.\n.",
      'shell',
      'AH00072',
    ],
    [
      "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 172.17.0.2. Set the 'ServerName' directive globally to suppress this message",
      'shell',
      'AH00558',
    ],
    [
      "Error: AH00558: httpd.exe: Could not reliably determine the server's fully qualified domain name, using fe80::d244:1435:2dd4:2b33. Set the 'ServerName' directive globally to suppress this message",
      'shell',
      'AH00558',
    ],
    [
      "AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.26.0.2. Set the 'ServerName' directive globally to suppress this message\nAH00558: httpd: Could not reliably determine the server's fully qualified domain name, using 172.26.0.2. Set the 'ServerName' directive globally to suppress this message",
      'shell',
      'AH00558',
    ],
    [
      "Failed to set up mount namespacing: /run/systemd/unit-root/: Invalid argument\nFailed at step NAMESPACE spawning /nix/store/qflwajndncf0353kh5k869sc1yxgh4p3-unit-script-piclock-ping-start: Invalid argument\nMain process exited, code=exited, status=226/NAMESPACE\nFailed with result 'exit-code'.",
      'shell',
      '226/NAMESPACE',
    ],
    [
      "### Requesting Let's Encrypt certificate for test.forestlaqar.tk ...\nSaving debug log to /var/log/letsencrypt/letsencrypt.log\nPlugins selected: Authenticator webroot, Installer None\nObtaining a new certificate\nPerforming the following challenges:\nhttp-01 challenge for test.forestlaqar.tk\nUsing the webroot path /var/www/certbot for all unmatched domains.\nWaiting for verification...\nChallenge failed for domain test.forestlaqar.tk\nhttp-01 challenge for test.forestlaqar.tk\nCleaning up challenges\nSome challenges have failed.",
      'shell',
      'Some challenges have failed',
    ],
    [
      'Aug 20 15:59:02 copr-be.aws.fedoraproject.org audit[88244]: AVC avc:  denied  { read } for  pid=88244 comm="cgi-resalloc" name="possible" dev="sysfs" ino=9159 scontext=system_u:system_r:httpd_sys_script_t:s0 tcontext=system_u:object_r:sysfs_t:s0 tclass=file permissive=0',
      'shell',
      'avc: denied',
    ],
    [
      'type=AVC msg=audit(1706021857.079:1326): avc:  denied  { read } for  pid=25023 comm="chronyd" name="chrony.keys" dev="xvda4" ino=17299976 scontext=system_u:system_r:chronyd_restricted_t:s0 tcontext=system_u:object_r:chronyd_keys_t:s0 tclass=file permissive=0',
      'shell',
      'avc: denied',
    ],
    [
      'Oct  1 16:11:49 localhost audispd: node=virtual type=AVC msg=audit(1601568708.950:2198): avc:  denied  { getattr } for  pid=4114 comm="snmpd" path="/usr/share/hwdata/pci.ids" dev="dm-0" ino=76435 scontext=system_u:system_r:snmpd_t:s0 tcontext=system_u:object_r:hwdata_t:s0 tclass=file permissive=1\nOct  1 16:11:49 localhost audispd: node=virtual type=AVC msg=audit(1601568708.950:2197): avc:  denied  { read } for  pid=4114 comm="snmpd" name="pci.ids" dev="dm-0" ino=76435 scontext=system_u:system_r:snmpd_t:s0 tcontext=system_u:object_r:hwdata_t:s0 tclass=file permissive=1',
      'shell',
      'avc: denied',
    ],
    [
      'type=AVC msg=audit(06/05/24 15:29:15.928:614) : avc:  denied  { read } for  pid=1776 comm=rs:main Q:Reg name=sessions dev="tmpfs" ino=842 scontext=system_u:system_r:syslogd_t:s0 tcontext=system_u:object_r:systemd_logind_sessions_t:s0 tclass=dir permissive=0 type=SYSCALL msg=audit(06/05/24 15:29:15.928:614) : arch=x86_64 syscall=openat success=no exit=EACCES(Permission denied) a0=AT_FDCWD a1=0x7f99cbff6970 a2=O_RDONLY|O_NONBLOCK|O_DIRECTORY|O_CLOEXEC a3=0x0 items=0 ppid=1 pid=1776 auid=unset uid=root gid=root euid=root suid=root fsuid=root egid=root sgid=root fsgid=root tty=(none) ses=unset comm=rs:main Q:Reg exe=/usr/sbin/rsyslogd subj=system_u:system_r:syslogd_t:s0 key=(null)',
      'shell',
      'avc: denied',
    ],
    [
      'apparmor="DENIED" operation="open" class="file" profile="child-pager" name="/usr/share/file/misc/magic.mgc"  comm="more" requested_mask="r" denied_mask="r" fsuid=1001 ouid=0 FSUID="user" OUID="root"',
      'shell',
      'apparmor="DENIED"',
    ],
    [
      'Nov 22 03:43:37 ken kernel: [23400.926843] audit: type=1400 audit(1511322217.267:80): apparmor="DENIED" operation="mknod" profile="snap.openra.ra" name="/dev/shm/mono.20414" pid=20414 comm="mono-sgen" requested_mask="c" denied_mask="c" fsuid=1001 ouid=1001\nNov 22 03:43:45 ken kernel: [23408.736306] audit: type=1400 audit(1511322225.079:81): apparmor="DENIED" operation="open" profile="snap.openra.ra" name="/etc/openal/alsoft.conf" pid=20414 comm="mono-sgen" requested_mask="r" denied_mask="r" fsuid=1001 ouid=0',
      'shell',
      'apparmor="DENIED"',
    ],
    [
      'apparmor="DENIED" operation="open" class="file" profile="systemd-journald" name="/run/udev/data/+mdio_bus:r8169-0-300:00"  comm="systemd-journal" requested_mask="r" denied_mask="r" fsuid=0 ouid=0 FSUID="root" OUID="root"',
      'shell',
      'apparmor="DENIED"',
    ],
    [
      '[46572.548166] audit: type=1400 audit(1541596673.929:52): apparmor="DENIED" operation="open" profile="snap.rambox.rambox" name="/etc/fstab" pid=5562 comm="rambox" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0\n[46576.876796] audit: type=1400 audit(1541596678.261:55): apparmor="DENIED" operation="open" profile="snap.rambox.rambox" name="/home/ege/.bash_logout" pid=5562 comm="pool" requested_mask="r" denied_mask="r" fsuid=1000 ouid=1000',
      'shell',
      'apparmor="DENIED"',
    ],
    [
      '2016/09/21 09:12:14 [emerg] 1#1: SSL_CTX_use_PrivateKey_file("/etc/nginx/tls/key.pem") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)\nnginx: [emerg] SSL_CTX_use_PrivateKey_file("/etc/nginx/tls/key.pem") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)',
      'shell',
      'key values mismatch',
    ],
    [
      'nginx -t\nnginx: [emerg] SSL_CTX_use_PrivateKey_file("/etc/ssl/letsencrypt/keys/subdomain.mydomain.com.key") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'key values mismatch',
    ],
    [
      'nginx: [emerg] SSL_CTX_use_PrivateKey("/home/xxxx/.acme.sh/xxx.xxx_ecc/xxx.xxx.key") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)\nnginx: configuration file /usr/local/nginx/conf/nginx.conf test failed',
      'shell',
      'key values mismatch',
    ],
    [
      '2019-04-27T19:30:54.484595487Z forego     | starting nginx.1 on port 5100\n2019-04-27T19:30:54.512371887Z nginx.1    | 2019/04/27 19:30:54 [emerg] 24#24: SSL_CTX_use_PrivateKey_file("/etc/nginx/certs/embedapi.com.key") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)\n2019-04-27T19:30:54.512404534Z nginx.1    | nginx: [emerg] SSL_CTX_use_PrivateKey_file("/etc/nginx/certs/embedapi.com.key") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)\n2019-04-27T19:30:54.512409285Z forego     | starting nginx.1 on port 5200\n2019-04-27T19:30:54.512412649Z forego     | sending SIGTERM to nginx.1',
      'shell',
      'key values mismatch',
    ],
    [
      'Jan 08 16:31:24 stag1-www-ouun systemd[1]: Starting A high performance web server and a reverse proxy server...\nJan 08 16:31:24 stag1-www-ouun nginx[6250]: nginx: [emerg] SSL_CTX_use_PrivateKey_file("/etc/nginx/ssl/letsencrypt/dev.ouun.io.key") failed (SSL: error:0B080074:x509 certificate routines:X509_check_private_key:key values mismatch)\nJan 08 16:31:24 stag1-www-ouun nginx[6250]: nginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'key values mismatch',
    ],
    ['$ sudo nginx\nnginx: [emerg] open() "/usr/local/var/log/nginx" failed (21: Is a directory)', 'shell', 'Is a directory'],
    [
      'nginx: [alert] could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)',
      'shell',
      'Permission denied',
    ],
    [
      '[ciupicri@hermes test]$ python ~/3rdparty-projects/nginx-server/nginx-server.py \n\'/tmp/test\' serving in \'http://localhost:8000\'\nnginx: [alert] could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)\n2013/11/06 23:49:21 [emerg] 31979#0: open() "/usr/local/etc/nginx/mime.types" failed (2: No such file or directory) in /tmp/nginx.conf:9',
      'shell',
      'No such file or directory',
    ],
    [
      'nginx-proxy-manager_web_1          | nginx: [emerg] open() "/data/logs/fallback_error.log" failed (13: Permission denied)\nnginx-proxy-manager_web_1          | ❯ Starting nginx ...\nnginx-proxy-manager_web_1          | nginx: [warn] the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:4\nnginx-proxy-manager_web_1          | nginx: [emerg] open() "/data/logs/fallback_error.log" failed (13: Permission denied)',
      'shell',
      'Permission denied',
    ],
    [
      'nginx -t\nnginx: [alert] could not open error log file: open() "/var/log/nginx/error.log" failed (13: Permission denied)\n2024/02/01 08:09:58 [warn] 53484#53484: the "user" directive makes sense only if the master process runs with super-user privileges, ignored in /etc/nginx/nginx.conf:1\n2024/02/01 08:09:58 [emerg] 53484#53484: open() "/etc/nginx/conf.d/botblocker-nginx-settings.conf" failed (13: Permission denied) in /etc/nginx/nginx.conf:101\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'Permission denied',
    ],
    [
      'nginx: [alert] could not open error log file: open() "/var/lib/nginx/logs/error.log" failed (13: Permission denied)\n2016/10/03 08:08:33 [emerg] 13#0: open() "/var/lib/nginx/logs/error.log" failed (13: Permission denied)\nnginx: [alert] could not open error log file: open() "/var/lib/nginx/logs/error.log" failed (13: Permission denied)\n2016/10/03 08:08:34 [emerg] 20#0: open() "/var/lib/nginx/logs/error.log" failed (13: Permission denied)',
      'shell',
      'Permission denied',
    ],
    [
      'nginx: [emerg] invalid number of arguments in "server" directive in /etc/nginx/sites-enabled/IF_backend_2:5 nginx: configuration file /etc/nginx/nginx.conf test failed : exit status 1',
      'shell',
      'invalid number of arguments',
    ],
    [
      'nginx: [emerg] invalid number of arguments in "server_name" directive in /etc/nginx/conf.d/default.conf:3',
      'shell',
      'invalid number of arguments',
    ],
    [
      'tail -f /var/log/nginx/error.log \n2020/07/28 23:27:55 [emerg] 15709#15709: invalid number of arguments in "server_name" directive in /etc/nginx/web_apps.conf:15\n2020/07/28 23:27:57 [emerg] 15792#15792: invalid number of arguments in "server_name" directive in /etc/nginx/web_apps.conf:15\n2020/07/30 09:22:27 [emerg] 28805#28805: invalid number of arguments in "server_name" directive in /etc/nginx/web_apps.conf:15',
      'shell',
      'invalid number of arguments',
    ],
    [
      '● nginx.service - A high performance web server and a reverse proxy server\n   Loaded: loaded (/lib/systemd/system/nginx.service; enabled; vendor preset: enabled)\n   Active: failed (Result: exit-code) since Sat 2020-12-12 11:24:10 CET; 5ms ago\n     Docs: man:nginx(8)\n  Process: 6580 ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)\n\nDec 12 11:24:10 GPU10 systemd[1]: Starting A high performance web server and a reverse proxy server...\nDec 12 11:24:10 GPU10 nginx[6580]: nginx: [emerg] "server" directive is not allowed here in /etc/nginx/nginx.conf:1\nDec 12 11:24:10 GPU10 nginx[6580]: nginx: configuration file /etc/nginx/nginx.conf test failed\nDec 12 11:24:10 GPU10 systemd[1]: nginx.service: Control process exited, code=exited status=1\nDec 12 11:24:10 GPU10 systemd[1]: nginx.service: Failed with result \'exit-code\'.\nDec 12 11:24:10 GPU10 systemd[1]: Failed to start A high performance web server and a reverse proxy server.',
      'shell',
      'directive is not allowed here',
    ],
    [
      'nginx.service - SYSV: Nginx is an HTTP(S) server, HTTP(S) reverse proxy and IMAP/POP3 proxy server\n   Loaded: loaded (/etc/rc.d/init.d/nginx)\n   Active: failed (Result: exit-code) since 日 2016-04-24 13:40:35 CST; 36s ago\n     Docs: man:systemd-sysv-generator(8)\n  Process: 5460 ExecStop=/etc/rc.d/init.d/nginx stop (code=exited, status=0/SUCCESS)\n  Process: 5463 ExecStart=/etc/rc.d/init.d/nginx start (code=exited, status=1/FAILURE)\n Main PID: 4568 (code=exited, status=0/SUCCESS)\n\n4月 24 13:40:35 VM_71_93_centos systemd[1]: Starting SYSV: Nginx is an HTTP(S) server, HTTP(S) reverse proxy and IMAP/POP3 proxy server...\n4月 24 13:40:35 VM_71_93_centos nginx[5463]: Starting nginx: nginx: [emerg] "server" directive is not allowed here in /usr/local/nginx/conf/nginx.conf:1\n4月 24 13:40:35 VM_71_93_centos nginx[5463]: [FAILED]\n4月 24 13:40:35 VM_71_93_centos systemd[1]: nginx.service: control process exited, code=exited status=1\n4月 24 13:40:35 VM_71_93_centos systemd[1]: Failed to start SYSV: Nginx is an HTTP(S) server, HTTP(S) reverse proxy and IMAP/POP3 proxy server.',
      'shell',
      'directive is not allowed here',
    ],
    [
      'nginx: [emerg] "server" directive is not allowed here in /usr/local/etc/nginx/servers/myserver:1',
      'shell',
      'directive is not allowed here',
    ],
    [
      '$ sudo nginx -t -c /etc/nginx/sites-available/cloud.binarykitchen.com\nnginx: [emerg] "upstream" directive is not allowed here in /etc/nginx/sites-available/cloud.binarykitchen.com:1\nnginx: configuration file /etc/nginx/sites-available/cloud.binarykitchen.com test failed',
      'shell',
      'directive is not allowed here',
    ],
    [
      'nginx: [emerg] "location" directive is not allowed here in /etc/nginx/conf.d/webmail.inc:1\nnginx: configuration file /etc/nginx/nginx.conf test failed\nRestarting nginx: nginxnginx: [emerg] "location" directive is not allowed here in /etc/nginx/conf.d/webmail.inc:1\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'directive is not allowed here',
    ],
    [
      "apache2_invoke default-ssl: already enabled\napache2_invoke: Enable configuration apache-toolkit_web_services\napache2_reload: Your configuration is broken. Not reloading Apache 2\napache2_reload: AH00526: Syntax error on line 18 of /etc/apache2/conf-enabled/apache-toolkit_web_services.conf:\napache2_reload: Invalid command 'Header', perhaps misspelled or defined by a module not included in the server configuration\napache2_invoke: Enable module cgi",
      'shell',
      'AH00526',
    ],
    [
      "AH00526: Syntax error on line [x] of /etc/apache2/sites-enabled/default-ssl.conf:\nInvalid command '...', perhaps misspelled or defined by a module not included in the server configuration",
      'shell',
      'AH00526',
    ],
    [
      "[root@SkyLittleSystem /]# httpd\nAH00526: Syntax error on line 31 of /etc/httpd/extra/httpd-multilang-errordoc.conf:\nInvalid command 'LanguagePriority', perhaps misspelled or defined by a module not included in the server configuration",
      'shell',
      'AH00526',
    ],
    [
      "AH00526: Syntax error on line 20 of /private/etc/apache2/extra/httpd-mpm.conf:\nInvalid command 'LockFile', perhaps misspelled or defined by a module not included in the server configuration",
      'shell',
      'AH00526',
    ],
    [
      "AH00526: Syntax error on line 56 of /appli/apache/2.4.29/apacheshinken/conf/conf.d/vhost-graphite.conf:\nInvalid command 'Order', perhaps misspelled or defined by a module not included in the server configuration\n[ERR] apache apacheshinken start err 0",
      'shell',
      'AH00526',
    ],
    [
      "0AAD Loading ..............................................\nerror: file '/grub/i386-pc/normal.mod' not found.\nEntering rescue mode...\ngrub rescue > _",
      'shell',
      'file not found',
    ],
    ["Error: file '/boot/grub/i386-pc/normal.mod' not found", 'shell', 'file not found'],
    [
      ' Jun  3 00:18:01 mail CRON[30693]: Cannot make/remove an entry for the specified session\n Jun  3 03:18:01 mail CRON[7001]: Cannot make/remove an entry for the specified session\n Jun  3 06:18:01 mail CRON[15603]: Cannot make/remove an entry for the specified session',
      'shell',
      'Cannot make/remove an entry for the specified session',
    ],
    [
      'user@host:~$ tail -f /var/log/auth.log\nApr 24 18:45:02 host sudo: pam_unix(sudo:auth): conversation failed\nApr 24 18:45:02 host sudo: pam_unix(sudo:auth): auth could not identify password for [user]',
      'shell',
      'conversation failed',
    ],
    [
      'nginx: [emerg] could not build the server_names_hash, you should increase server_names_hash_bucket_size: 64',
      'shell',
      'could not build server_names_hash',
    ],
    [
      'nginx: [emerg] could not build server_names_hash, you should increase server_names_hash_bucket_size: 32\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'could not build server_names_hash',
    ],
    [
      '[emerg] 11#11: could not build server _names_hash, you should increase server_names_hash_bucket_size: 32web_1                \n| nginx: [emerg] could not build server_names_hash, you should increase server_names_hash_bucket_size: 32',
      'shell',
      'could not build server_names_hash',
    ],
    [
      '2019/07/12 12:45:13 [emerg] 30360#0: could not build server_names_hash, you should increase server_names_hash_bucket_size: 64',
      'shell',
      'could not build server_names_hash',
    ],
    [
      'TASK [geerlingguy.nginx : Ensure nginx is started and enabled to start at boot.] ***\nfatal: [localhost]: FAILED! => {"changed": false, "failed": true, "msg": "nginx: [emerg] could not build the types_hash, you should increase either types_hash_max_size: 1024 or types_hash_bucket_size: 32\\nnginx: configuration file /etc/nginx/nginx.conf test failed\\n"}',
      'shell',
      'could not build types_hash',
    ],
    [
      'nginx: [emerg] no "ssl_certificate" is defined for the "listen ... ssl" directive in /etc/nginx/sites-enabled/nextcloud:1 nginx: configuration file /etc/nginx/nginx.conf test failed exit status 1',
      'shell',
      'no "ssl_certificate" is defined',
    ],
    [
      'nginx: [emerg] no "ssl_certificate" is defined for the "listen ... ssl" directive in /etc/nginx/sites-enabled/xyz.domain.com.conf:1\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      'shell',
      'no "ssl_certificate" is defined',
    ],
    [
      'nginx: [emerg] no "ssl_certificate" is defined for the "listen ... ssl" directive in /usr/local/openresty/nginx/conf/nginx.conf:94',
      'shell',
      'no "ssl_certificate" is defined',
    ],
    [
      '---------# sudo swapon --show\nsudo: unable to stat /etc/sudoers: Permission denied\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy plugin',
      'shell',
      'Permission denied',
    ],
    [
      'sudo\nsudo: /etc/sudoers is not a regular file\nsudo: no valid sudoers sources found, quitting\nsudo: error initializing audit plugin sudoers_audit',
      'shell',
      'is not a regular file',
    ],
    [
      "Jul 23 10:17:37 cbl-mariner httpd[630]: (2)No such file or directory: AH02291: Cannot access directory '/var/logs/' for main error log\nJul 23 10:17:37 cbl-mariner httpd[630]: AH00014: Configuration check failed\nJul 23 10:17:37 cbl-mariner systemd[1]: httpd.service: Control process exited, code=exited status=1\nJul 23 10:17:37 cbl-mariner systemd[1]: httpd.service: Failed with result 'exit-code'.\nJul 23 10:17:37 cbl-mariner systemd[1]: Failed to start The Apache HTTP Server.",
      'shell',
      'AH02291',
    ],
    [
      "$ cd /var/log/apache2\n$ apachectl restart\n[Wed Jul 30 02:44:30.409489 2014] [alias:warn] [pid 8643] AH00671: The Alias directive in /etc/phpmyadmin/apache.conf at line 3 will probably never match because it overlaps an earlier Alias.\nAH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.1.1. Set the 'ServerName' directive globally to suppress this message\nhttpd not running, trying to start\n(13)Permission denied: AH00072: make_sock: could not bind to address [::]:80\n(13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down\nAH00015: Unable to open logs\nAction 'restart' failed.\nThe Apache error log may have more information.",
      'shell',
      'AH00072',
    ],
    [
      "Jul 20 20:19:34 ubuntu-media systemd[1]: Starting The Apache HTTP Server...\nJul 20 20:19:34 ubuntu-media apachectl[23365]: /usr/sbin/apachectl: 18: /etc/apache2/envvars: 0002: not found\nJul 20 20:19:34 ubuntu-media apachectl[23365]: AH00526: Syntax error on line 21 of /etc/apache2/sites-enabled/apache-portal.conf:\nJul 20 20:19:34 ubuntu-media apachectl[23365]: SSLCertificateFile: file '/etc/letsencrypt/live/yourdomain.com/fullchain.pem' does not exist or is empty\nJul 20 20:19:34 ubuntu-media apachectl[23365]: Action 'start'",
      'shell',
      'AH00526',
    ],
    [
      " parsing [/etc/haproxy/haproxy.cfg:14] : unknown keyword 'ca-file' in 'global' section, should be supported not in 2.2? Afaik in the manual of 2.2",
      'shell',
      'unknown keyword',
    ],
    [
      "    unknown keyword 'inactive'. Registered keywords :\n    [ ALL] id <arg>\n    [ SSL] ca-file <arg>\n    [ SSL] check-ssl\n    [ SSL] verifyhost <arg>\n    [ALERT] 211/195229 (47201) : Error(s) found in configuration file : /usr/local/etc/haproxy.conf\n    [ALERT] 211/195229 (47201) : Fatal errors found in configuration.",
      'shell',
      'unknown keyword',
    ],
    [
      "Jan 10 10:12:17 lb haproxy[1466]: [ALERT] 009/101217 (1466) : parsing [/etc/haproxy/haproxy.cfg:38] : 'listen' cannot handle unexpected argument 'http://10.0.2.15:80'.\nJan 10 10:12:17 lb haproxy[1466]: [ALERT] 009/101217 (1466) : parsing [/etc/haproxy/haproxy.cfg:38] : please use the 'bind' keyword for listening addresses.\nJan 10 10:12:17 lb haproxy[1466]: [ALERT] 009/101217 (1466) : Error(s) found in configuration file : /etc/haproxy/haproxy.cfg\nJan 10 10:12:17 lb haproxy[1466]: [ALERT] 009/101217 (1466) : Fatal errors found in configuration.\nJan 10 10:12:17 lb systemd[1]: Starting HAProxy Load Balancer...\nJan 10 10:12:17 lb systemd[1]: haproxy.service: Control process exited, code=exited status=1\nJan 10 10:12:17 lb systemd[1]: Failed to start HAProxy Load Balancer.",
      'shell',
      'cannot handle unexpected argument',
    ],
    [
      "root@lb:/etc/haproxy# haproxy -f ./haproxy.cfg                                                           \n[ALERT] 066/202309 (8076) : parsing [./haproxy.cfg:38] : 'listen' cannot handle unexpected argument '10.0.2.15:80'.                                                                                               \n[ALERT] 066/202309 (8076) : parsing [./haproxy.cfg:38] : please use the 'bind' keyword for listening addresses.                                                                                                   \n[ALERT] 066/202309 (8076) : Error(s) found in configuration file : ./haproxy.cfg                         \n[WARNING] 066/202309 (8076) : config : proxy 'episode46' has no 'bind' directive. Please declare it as a backend if this was intended.                                                                            \n[WARNING] 066/202309 (8076) : config : missing timeouts for proxy 'episode46'.",
      'shell',
      'cannot handle unexpected argument',
    ],
    [
      "app_1  | INFO:root:Magic ready, executing now: /docker-entrypoint.sh haproxy -f /usr/local/etc/haproxy/haproxy.cfg\napp_1  | [ALERT] 013/235213 (1) : parsing [/usr/local/etc/haproxy/haproxy.cfg:8] : unexpected character 'e' in 'timeout client'\napp_1  | [ALERT] 013/235213 (1) : parsing [/usr/local/etc/haproxy/haproxy.cfg:9] : unexpected character 'e' in 'timeout client-fin'\napp_1  | [ALERT] 013/235213 (1) : Error(s) found in configuration file : /usr/local/etc/haproxy/haproxy.cfg\napp_1  | [ALERT] 013/235213 (1) : Fatal errors found in configuration.\n**** exited with code 1",
      'shell',
      'unexpected character',
    ],
    [
      "Jun 28 20:09:05 ocp-svc.ocp.lan systemd[1]: Starting HAProxy Load Balancer...\nJun 28 20:09:05 ocp-svc.ocp.lan haproxy[2705]: [ALERT]    (2705) : parsing [/etc/haproxy/haproxy.cfg:92]: Missing LF on last line, file might have been truncated at position >\nJun 28 20:09:05 ocp-svc.ocp.lan haproxy[2705]: [ALERT]    (2705) : Error(s) found in configuration file : /etc/haproxy/haproxy.cfg\nJun 28 20:09:05 ocp-svc.ocp.lan haproxy[2705]: [ALERT]    (2705) : Fatal errors found in configuration.\nJun 28 20:09:05 ocp-svc.ocp.lan systemd[1]: haproxy.service: Control process exited, code=exited, status=1/FAILURE\nJun 28 20:09:05 ocp-svc.ocp.lan systemd[1]: haproxy.service: Failed with result 'exit-code'.\nJun 28 20:09:05 ocp-svc.ocp.lan systemd[1]: Failed to start HAProxy Load Balancer.",
      'shell',
      'Missing LF on last line',
    ],
    [
      "[ALERT] 200/122357 (2214360) : Can't use a 'program' section without master worker mode.\n[ALERT] 200/122357 (2214360) : Fatal errors found in configuration.",
      'shell',
      'Fatal errors found in configuration',
    ],
    ['ERROR   Failed during configuration: Have not found any log file for sshd jail', 'shell', 'Have not found any log file'],
    [
      '* Restarting authentication failure monitor fail2ban                           ERROR  No file(s) found for glob /var/log/secure\nERROR  Failed during configuration: Have not found any log file for ssh-iptables jail',
      'shell',
      'Have not found any log file',
    ],
    [
      'Aug 19 05:47:41 fail2ban.local fail2ban-server[1805969]: 2024-08-19 05:47:41,690 fail2ban                [1805969]: ERROR   Failed during configuration: Have not found any log file for sshd jail\nAug 19 05:47:41 fail2ban.local fail2ban-server[1805969]: 2024-08-19 05:47:41,690 fail2ban                [1805969]: ERROR   Async configuration of server failed',
      'shell',
      'Have not found any log file',
    ],
    [
      '"[519]: ERROR  Failed during configuration: Have not found any log file for sshd jail"\nApr 30 14:06:54 koha-01 systemd[1]: fail2ban.service: Main process exited, code=exited, status=255/EXCEPTION\nApr 30 14:06:54 koha-01 systemd[1]: fail2ban.service: Failed with result \'exit-code\'.',
      'shell',
      'Have not found any log file',
    ],
    [
      "systemd[1]: Starting Fail2ban Service...\nfail2ban-client[2603]: WARNING 'ignoreregex' not defined in 'Definition'. Using default one: ''\nfail2ban-client[2603]: ERROR  No file(s) found for glob /var/log/sshd.log\nfail2ban-client[2603]: ERROR  Failed during configuration: Have not found any log file for ssh-iptables jail\nsystemd[1]: fail2ban.service: control process exited, code=exited status=255\nsystemd[1]: Failed to start Fail2ban Service.\nsystemd[1]: Unit fail2ban.service entered failed state.\nsystemd[1]: fail2ban.service holdoff time over, scheduling restart.",
      'shell',
      'Have not found any log file',
    ],
  ])('recognises %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  // Near misses: the texts the new patterns must leave to the patterns that answered them before.
  it.each([
    [
      "Nov 04 00:14:54 ubuntu-1gb-fra1-01 systemd[1]: electrumx.service: Failed with result 'exit-code'.\nNov 04 00:20:04 ubuntu-1gb-fra1-01 systemd[1]: Stopped Electrumx.\nNov 04 00:20:04 ubuntu-1gb-fra1-01 systemd[1]: Started Electrumx.\nNov 04 00:20:04 ubuntu-1gb-fra1-01 systemd[1]: electrumx.service: Main process exited, code=exited, status=203/EXEC\nNov 04 00:20:04 ubuntu-1gb-fra1-01 systemd[1]: electrumx.service: Unit entered failed state.\nNov 04 00:20:04 ubuntu-1gb-fra1-01 systemd[1]: electrumx.service: Failed with result 'exit-code'.",
      'shell',
      '203/EXEC',
    ],
    [
      "May 23 13:26:02 astrorya systemd[1]: undervolt.service: Main process exited, code=exited, status=203/EXEC\n░░ Subject: Unit process exited\n░░ Defined-By: systemd\n░░ Support: https://lists.freedesktop.org/mailman/listinfo/systemd-devel\n░░ \n░░ An ExecStart= process belonging to unit undervolt.service has exited.\n░░ \n░░ The process' exit code is 'exited' and its exit status is 203.\nMay 23 13:26:02 astrorya systemd[1]: undervolt.service: Failed with result 'exit-code'.",
      'shell',
      '203/EXEC',
    ],
    [
      "Aug 29 19:36:47 pi01 systemd[1]: Started step-ca service.\nAug 29 19:36:47 pi01 systemd[13242]: step-ca.service: Failed to set up mount namespacing: No such file or directory\nAug 29 19:36:47 pi01 systemd[13242]: step-ca.service: Failed at step NAMESPACE spawning /usr/bin/step-ca: No such file or directory\nAug 29 19:36:47 pi01 systemd[1]: step-ca.service: Main process exited, code=exited, status=226/NAMESPACE\nAug 29 19:36:47 pi01 systemd[1]: step-ca.service: Failed with result 'exit-code'.",
      'shell',
      '226/NAMESPACE',
    ],
    [
      "Dec 14 02:51:30 kerberos systemd[63]: systemd-logind.service: Failed to set up mount namespacing: /run/systemd/unit-root/proc/sys/kernel/domainname: No such file or directory\nDec 14 02:51:30 kerberos systemd[63]: systemd-logind.service: Failed at step NAMESPACE spawning /usr/lib/systemd/systemd-logind: No such file or directory\nDec 14 02:51:30 kerberos systemd[1]: Finished IPv6 Packet Filtering Framework.\nDec 14 02:51:30 kerberos systemd[1]: systemd-logind.service: Main process exited, code=exited, status=226/NAMESPACE\nDec 14 02:51:30 kerberos systemd[1]: systemd-logind.service: Failed with result 'exit-code'.\nDec 14 02:51:30 kerberos systemd[1]: Failed to start User Login Management.",
      'shell',
      '226/NAMESPACE',
    ],
    [
      'Error: Command failed: mount -t cifs -o user=ioBroker,password=<mypw>,rw,file_mode=0777,dir_mode=0777 //192.168.178.40/ioBroker-Backup /opt/iobroker/backups\nmount error(13): Permission denied\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs)',
      'shell',
      'Permission denied',
    ],
    [
      " mount -t cifs '//192.168.20.20/TeslaCam' '/tmp/archivetestmount' -o 'credentials=/tmp/teslaCamArchiveCredentials,iocharset=utf8,file_mode=0777,dir_mode=0777,vers=3.0,' \nmount error(13): Permission denied\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs)",
      'shell',
      'Permission denied',
    ],
    [
      'Mon  3 Jun 12:48:09 CDT 2019: Mounting /mnt/archive...\nmount error(13): Permission denied\nRefer to the mount.cifs(8) manual page (e.g. man mount.cifs)\nMon  3 Jun 12:48:09 CDT 2019: Failed to mount /mnt/archive.\nMon  3 Jun 12:48:09 CDT 2019: Sleeping before retry...\nMon  3 Jun 12:48:10 CDT 2019: Retrying...',
      'shell',
      'Permission denied',
    ],
    [
      '└─[0] <> mount -t nfs 192.168.2.1:/f/__transfer /var/yp  -o nolock,vers=3\nmount.nfs: access denied by server while mounting 192.168.2.1:/f/__transfer',
      'shell',
      'access denied by server while mounting',
    ],
    [
      'Jan 16 22:57:24 desktop0 mount: mount.nfs: access denied by server while mounting server0.example.com:/protected\nJan 16 22:57:24 desktop0 systemd: mnt-nfssecure.mount mount process exited, code=exited status=32',
      'shell',
      'access denied by server while mounting',
    ],
    [
      'docker logs nfs-client\nmount.nfs: access denied by server while mounting 172.17.0.212:/etc',
      'shell',
      'access denied by server while mounting',
    ],
    [
      'mount.nfs: access denied by server while mounting 192.168.65.1:/Users\nmount.nfs: access denied by server while mounting 192.168.65.1:/Users\nmount: mounting 192.168.65.1:/Users on /Users failed: Permission denied',
      'shell',
      'access denied by server while mounting',
    ],
    [
      'sudo mount -o vers=3,udp 10.0.3.1:/home/tomlankhorst/Repos/my-repo /data/web\nmount.nfs: access denied by server while mounting 10.0.3.1:/home/tomlankhorst/Repos/my-repo',
      'shell',
      'access denied by server while mounting',
    ],
    ['curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443', 'shell', 'OpenSSL SSL_connect'],
    [
      'rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1189) [sender=3.1.3]',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      '2020-10-22T07:41:24.5568739Z [Rsync] Starting Rsync Action: /home/runner/work/oa/oa/dist/ to ***@***:***\n2020-10-22T07:41:31.1770919Z ⚠️ [Rsync] error:  rsync exited with code 23\n2020-10-22T07:41:31.1773617Z ⚠️ [Rsync] stderr:  Warning: Permanently added \'***\' (ECDSA) to the list of known hosts.\n2020-10-22T07:41:31.1775129Z rsync: chgrp "***/." failed: Operation not permitted (1)\n2020-10-22T07:41:31.1776683Z rsync error: some files/attrs were not transferred (see previous errors) (code 23) at main.c(1196) [sender=3.1.2]\n2020-10-22T07:41:31.1777553Z \n2020-10-22T07:41:31.1778526Z ⚠️ [Rsync] stdout:  sending incremental file list',
      'shell',
      'some files/attrs were not transferred',
    ],
    [
      'Jul 21 00:00:01 openhabianpi logrotate[29290]: error: skipping "/var/log/nginx/error.log" because parent directory has insecure permissions (It\'s world writable or writable by group which is not "root") Set "su" directive in config file to tell logrotate which user/group should be used for rotation.\nJul 19 00:00:04 openhabianpi logrotate[16607]: error: skipping "/var/log/samba/log.smbd" because parent directory has insecure permissions (It\'s world writable or writable by group which is not "root") Set "su" directive in config file to tell logrotate which user/group should be used for rotation.',
      'shell',
      'parent directory has insecure permissions',
    ],
    [
      'logrotate[14762]: error: skipping "/var/log/yeti/yeti-web.log" because parent directory has insecure permissions (It\'s world writable or writable by group which is not "root") Set "su" directive in config file to tell logrotat\nlogrotate[14762]: error: skipping "/var/log/yeti/yeti-cdr-billing.log" because parent directory has insecure permissions (It\'s world writable or writable by group which is not "root") Set "su" directive in config file to tell',
      'shell',
      'parent directory has insecure permissions',
    ],
    [
      'Sep  1 21:09:01 ip-10-204-239-9 CRON[23820]: (CRON) info (No MTA installed, discarding output)\nSep  1 21:10:01 ip-10-204-239-9 CRON[23830]: (analytics) CMD (/home/analytics/leastauthority.com/website_check.sh &> /home/analytics/wccronrunlog)\nSep  1 21:17:01 ip-10-204-239-9 CRON[23839]: (root) CMD (   cd / && run-parts --report /etc/cron.hourly)',
      'shell',
      'No MTA installed',
    ],
    [
      'docker exec backpack-nav cat /var/log/cron/cron.log\n...\nMar 23 20:58:01 nav CRON[156]: (CRON) info (No MTA installed, discarding output)\n...',
      'shell',
      'No MTA installed',
    ],
    [
      'Starting periodic command scheduler: cron.\nchpasswd: (user cmst1) pam_chauthtok() failed, error:\nAuthentication token manipulation error\nchpasswd: (line 1, user cmst1) password not changed',
      'shell',
      'Authentication token manipulation error',
    ],
    [
      'curl: (28) Operation timed out after 1799997 milliseconds with 753365639 out of 1244004352 bytes received',
      'shell',
      'Operation timed out',
    ],
    [
      '[  OK  ] Stopped Emergency Shell.\n[FAILED] Failed to mount /home.\nSee \'systemctl status home.mount\' for details.\n[DEPEND] Dependency failed for Local File Systems.\n[  OK  ] Finished Load Kernel Module fuse.\n[  OK  ] Started Emergency Shell.\n[  OK  ] Reached target Emergency Mode.\nYou are in emergency mode. After logging in, type "journalctl -xb" to view',
      'shell',
      'Dependency failed',
    ],
    [
      "Jul 08 15:19:11 anystation systemd[1]: Dependency failed for /mnt/data.\nJul 08 15:19:11 anystation systemd[1]: mnt-data.mount: Job mnt-data.mount/start failed with result 'dependency'.",
      'shell',
      'Dependency failed',
    ],
    [
      '/Users/jwalke/github/esy-ocaml/esy-reason-project/node_modules/.cache/_esy/build/bin/runtime.sh: line 139: $1: unbound variable',
      'shell',
      'unbound variable',
    ],
    ['resources/builder.inc.sh: line 336: $1: unbound variable', 'shell', 'unbound variable'],
    [
      'tb-user@ubuntu:/$ sudo -i\nsudo: /etc/sudoers is world writable\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy plugin',
      'shell',
      'is world writable',
    ],
    [
      'sudo cat /etc/sudoers\n>>> /etc/sudoers: syntax error near line 27 <<<\nsudo: parse error in /etc/sudoers near line 27\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy pluginsudo',
      'shell',
      'syntax error',
    ],
    [
      '$ sudo -s\n>>> /etc/sudoers.d/hashbangctl: syntax error near line 1 <<<\nsudo: parse error in /etc/sudoers.d/hashbangctl near line 1\nsudo: no valid sudoers sources found, quitting\nsudo: unable to initialize policy plugin',
      'shell',
      'syntax error',
    ],
    ['"config/crontab.list":2: bad minute\n       errors in crontab file, can\'t install', 'shell', 'bad minute'],
    [
      '2025-02-08 12:18:22.327491+00:00"/etc/cron.d/app-cron":0: bad minute\n2025-02-08 12:18:22.327552+00:00errors in crontab file, can\'t install.\n2025-02-08 12:18:22.335684+00:00/etc/environment has been deprecated for locale information; use /etc/default/locale for LANG=C.UTF-8 instead ... (warning).\n2025-02-08 12:18:22.345929+00:00Starting periodic command scheduler: cron.',
      'shell',
      'bad minute',
    ],
    ['- updating crontab\n"scripts/crontab":56: bad command\nerrors in crontab file, can\'t install.', 'shell', 'bad command'],
    [
      'curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.haxx.se/docs/sslcerts.html\n\ncurl failed to verify the legitimacy of the server and therefore could not\nestablish a secure connection to it. To learn more about this situation and\nhow to fix it, please visit the web page mentioned above.\nError: Process completed with exit code 123.',
      'shell',
      'unable to get local issuer certificate',
    ],
    [
      '0.05s$ bash <(curl -s https://codecov.io/bash)\ncurl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: http://curl.haxx.se/docs/sslcerts.html\ncurl performs SSL certificate verification by default, using a "bundle"\n of Certificate Authority (CA) public keys (CA certs). If the default\n bundle file isn\'t adequate, you can specify an alternate file\n using the --cacert option.',
      'shell',
      'unable to get local issuer certificate',
    ],
    [
      "2019-09-29T15:21:37.5206821Z ##[group]Run actions/setup-java@v1\n2019-09-29T15:21:37.5206968Z with:\n2019-09-29T15:21:37.5207052Z   java-version: 1.8\n2019-09-29T15:21:37.5207136Z   architecture: x64\n2019-09-29T15:21:37.5207217Z ##[endgroup]\n2019-09-29T15:21:40.0862902Z [command]/bin/tar xzC /home/runner/work/_temp/temp_1895268434 -f /home/runner/work/_temp/ae4a1c47-e828-4d9f-9e1f-9562a03272c0\n2019-09-29T15:21:40.0915723Z \n2019-09-29T15:21:40.0916394Z gzip: stdin: not in gzip format\n2019-09-29T15:21:40.0920732Z /bin/tar: Child returned status 1\n2019-09-29T15:21:40.0921157Z /bin/tar: Error is not recoverable: exiting now\n2019-09-29T15:21:40.0991691Z ##[error]The process '/bin/tar' failed with exit code 2\n2019-09-29T15:21:40.1033598Z ##[error]Node run failed with exit code 1\n2019-09-29T15:21:40.1124130Z Cleaning up orphan processes",
      'shell',
      'not in gzip format',
    ],
    [
      "Run actions/setup-java@v2\nJava 8.0.351 was not found in tool-cache. Trying to unpack JDK file...\nExtracting Java from '/home/runner/work/battlecode24/battlecode24/jdk-8u351-linux-x64.tar.gz'\n/usr/bin/tar xz --warning=no-unknown-keyword -C /home/runner/work/_temp/bb77d015-d00b-4b4c-82a1-752be766c813 -f /home/runner/work/battlecode24/battlecode24/jdk-8u351-linux-x64.tar.gz\n\ngzip: stdin: not in gzip format\n/usr/bin/tar: Child returned status 1\n/usr/bin/tar: Error is not recoverable: exiting now\nError: The process '/usr/bin/tar' failed with exit code 2",
      'shell',
      'not in gzip format',
    ],
    [
      '🤵 Install Hugo\n\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now',
      'shell',
      'not in gzip format',
    ],
    [
      'tar: This does not look like a tar archive\n\ngzip: stdin: unexpected end of file\ntar: Child returned status 1',
      'shell',
      'This does not look like a tar archive',
    ],
    [
      'Unziping ...\n  End-of-central-directory signature not found.  Either this file is not\nArchive:  /home/runner/work/dify-plugin-repackaging/dify-plugin-repackaging/langgenius-OpenAI-API-compatible_0.0.36.difypkg\n  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n  latter case the central directory and zipfile comment will be found on\n  the last disk(s) of this archive.\nunzip:  cannot find zipfile directory in one of /home/runner/work/dify-plugin-repackaging/dify-plugin-repackaging/langgenius-OpenAI-API-compatible_0.0.36.difypkg or\n        /home/runner/work/dify-plugin-repackaging/dify-plugin-repackaging/langgenius-OpenAI-API-compatible_0.0.36.difypkg.zip, and cannot find /home/runner/work/dify-plugin-repackaging/dify-plugin-repackaging/langgenius-OpenAI-API-compatible_0.0.36.difypkg.ZIP, period.\nUnzip failed.\nError: Process completed with exit code 1.',
      'shell',
      'End-of-central-directory signature not found',
    ],
    [
      '~ $ unzip ~/eb-php-wordpress.zip\nEnd-of-central-directory signature not found.  Either this file is not\n  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n  latter case the central directory and zipfile comment will be found on\n  the last disk(s) of this archive.\nunzip:  cannot find zipfile directory in one of /Users/qianxi/eb-php-wordpress.zip or\n        /Users/qianxi/eb-php-wordpress.zip.zip, and cannot find /Users/qianxi/eb-php-wordpress.zip.ZIP, period.',
      'shell',
      'End-of-central-directory signature not found',
    ],
    [
      '******@Latitude-E5440:/T1XLNB/SSHRD_Script$ sudo ./sshrd.sh 15.5\nEnd-of-central-directory signature not found. Either this file is not\na zipfile, or it constitutes one disk of a multi-part archive. In the\nlatter case the central directory and zipfile comment will be found on\nthe last disk(s) of this archive.\nArchive: gaster-Linux-x86_64.zip\nunzip: cannot find zipfile directory in one of gaster-Linux-x86_64.zip or\ngaster-Linux-x86_64.zip.zip, and cannot find gaster-Linux-x86_64.zip.ZIP, period.\n[-] An error occurred',
      'shell',
      'End-of-central-directory signature not found',
    ],
    [
      "Installing '/home/Alexander88207/ports/x11-themes/qogir-icon-themes/work/stage/usr/local/share/icons/Qogir-Dark'...\n/home/Alexander88207/ports/x11-themes/qogir-icon-themes/work/Qogir-icon-theme-2025-02-15/install.sh: line 112: /home/Alexander88207/ports/x11-themes/qogir-icon-themes/work/.bin/sed: Argument list too long\nInstalling '/home/Alexander88207/ports/x11-themes/qogir-icon-themes/work/stage/usr/local/share/icons/Qogir-Manjaro'...",
      'shell',
      'Argument list too long',
    ],
    ['./install.sh: line 64: /bin/sed: Argument list too long', 'shell', 'Argument list too long'],
    [
      'cat experiments/run_scripts/run_scripts_0511.sh | while read i; do printf "%q" "$i"; done | xargs --max-procs=16 -I CMD bash -c CMD\nxargs: argument line too long',
      'shell',
      'argument line too long',
    ],
    ["sed: -e expression #1, char 91: unterminated `s' command", 'shell', "unterminated `s' command"],
    ['[  209.582912] sshd[888]: fatal: Missing privilege separation directory: /run/sshd', 'shell', 'Missing privilege separation directory'],
    [
      'TASK [konstruktoid.hardening : Configure sshd using sshd_config.d] *************\nfatal: [testbox]: FAILED! => {"changed": false, "checksum": "5fc62ec3b19ce4d13b89ce4bee077fd86dd615b7", "exit_status": 255, "msg": "failed to validate", "stderr": "Missing privilege separation directory: /run/sshd\\r\\n", "stderr_lines": ["Missing privilege separation directory: /run/sshd"], "stdout": "", "stdout_lines": []}',
      'shell',
      'Missing privilege separation directory',
    ],
    [
      'helm install gluu . -f values.yaml -n gluu\nError: admission webhook "validate.nginx.ingress.kubernetes.io" denied the request:\n-------------------------------------------------------------------------------\nError: exit status 1\n2020/10/15 10:30:28 [emerg] 237#237: unexpected end of file, expecting ";" or "}" in /tmp/nginx-cfg085984899:972\nnginx: [emerg] unexpected end of file, expecting ";" or "}" in /tmp/nginx-cfg085984899:972\nnginx: configuration file /tmp/nginx-cfg085984899 test failed',
      'kubernetes',
      'admission webhook denied the request',
    ],
    [
      'Error: release testapp1 failed: admission webhook "validate.nginx.ingress.kubernetes.io" denied the request:\n\nError: exit status 1\n2020/02/17 07:36:05 [emerg] 9581#9581: invalid value "ity" in /tmp/nginx-cfg558910986:3375\nnginx: [emerg] invalid value "ity" in /tmp/nginx-cfg558910986:3375\nnginx: configuration file /tmp/nginx-cfg558910986 test failed',
      'kubernetes',
      'admission webhook denied the request',
    ],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the seventh pass names what the message is about', () => {
  it('looks up the upstream host nginx could not resolve', () => {
    expect(
      fixText(
        '2024/06/22 16:54:59 [emerg] 1#1: host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2\nnginx: [emerg] host not found in upstream "pipedfrontend:80" in /etc/nginx/conf.d/pipedfrontend.conf:2\n/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration\n/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
      ),
    ).toContain('getent hosts pipedfrontend');
  });

  it('lists the certificate path nginx could not load', () => {
    expect(
      fixText(
        'root@nodexahau-virtual-machine:~# sudo nginx -t\nnginx: [emerg] cannot load certificate "/etc/letsencrypt/live/evernodegateway.com/fullchain.pem": BIO_new_file() failed (SSL: error:80000002:system library::No such file or directory:calling fopen(/etc/letsencrypt/live/evernodegateway.com/fullchain.pem, r) error:10000080:BIO routines::no such file)\nnginx: configuration file /etc/nginx/nginx.conf test failed',
      ),
    ).toContain('ls -l /etc/letsencrypt/live/evernodegateway.com/fullchain.pem');
  });

  it('searches the AppArmor profile that denied the access', () => {
    expect(
      fixText(
        'apparmor="DENIED" operation="open" class="file" profile="child-pager" name="/usr/share/file/misc/magic.mgc"  comm="more" requested_mask="r" denied_mask="r" fsuid=1001 ouid=0 FSUID="user" OUID="root"',
      ),
    ).toContain('aa-complain child-pager');
  });

  it('finds the port Apache could not bind', () => {
    expect(
      fixText(
        "Starting Apache httpd web server: apache2AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.0.1. Set the 'ServerName' directive globally to suppress this message                        (13)Permission denied: AH00072: make_sock: could not bind to address [::]:80\n(13)Permission denied: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down\nAH00015: Unable to open logs\nAction 'start' failed.\nThe Apache error log may have more information.\n.",
      ),
    ).toContain("grep ':80'");
  });

  it('overrides the fail2ban jail that found no log file', () => {
    expect(
      fixText(
        '* Restarting authentication failure monitor fail2ban                           ERROR  No file(s) found for glob /var/log/secure\nERROR  Failed during configuration: Have not found any log file for ssh-iptables jail',
      ),
    ).toContain('[ssh-iptables]');
  });
});
