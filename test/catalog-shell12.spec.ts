/**
 * A twelfth catalog pass over the shell family, from shell errors as CI logs and scripts paste them: bash's "bad
 * substitution" for an expansion whose text spans lines above a GitHub Actions exit line, dash's "Bad substitution"
 * as Jenkins' console wraps it, zsh's bare "bad interpreter" and setopt's "no such option", the test builtin's
 * "syntax error: `x' unexpected" and dash's "[: unexpected operator" without an operand, dash's arithmetic after a
 * script's name, bash's "cd: too many arguments" after a script's line (and in German), and the BSD tools of macOS
 * runners (find's "unknown primary or operator", sed's "bad flag in substitute command", head's "illegal line
 * count", shasum's "no properly formatted SHA checksum lines") and unzip's "caution: filename not matched", bash's "popd:
 * directory stack empty". Pure: the rules engine alone.
 */
import { expectRecognised, fixText } from './support/recognised';

describe("the shell family's twelfth catalog pass", () => {
  it.each([
    // GNU sed's message with another command's word run onto its line: the type stops at the message's end.
    [
      "+ sed -i 's/version=.*/version=2.1/ build.properties\nsed: -e expression #1, char 25: unterminated `s' command success",
      'shell',
      "unterminated `s' command",
    ],
    ['          "name": "Anypoint: bad substitution\nError: Process completed with exit code 1.', 'shell', 'bad substitution'],
    [
      '[Pipeline] sh\n[Package_Deploy_Pipeline] Running shell script\n/var/lib/jenkins/workspace/Package_Deploy_Pipeline@tmp/durable-4c8b7958/script.sh:\n  2: /var/lib/jenkins/workspace/Package_Deploy_Pipeline@tmp/durable-4c8b7958/script.sh:\n  Bad substitution',
      'shell',
      'bad substitution',
    ],
    ['bad interpreter: /usr/env/bin: no such file or directory', 'shell', 'bad interpreter'],
    ["> [: syntax error: `-q' unexpected", 'shell', 'syntax error'],
    [
      './library-repos-install.sh: 218: [: unexpected operator\n./library-repos-install.sh: 224: [: unexpected operator\n./library-repos-install.sh: 230: [: unexpected operator\n./library-repos-install.sh: 236: [: unexpected operator\n./library-repos-install.sh: 241: [: unexpected operator\n./library-repos-install.sh: 258: [: unexpected operator',
      'shell',
      'unexpected operator',
    ],
    [
      '/home/localuser/.claude/shell-snapshots/snapshot-zsh-1757661777231-0gwu4i.sh:setopt:5463: no such option: off\n     /home/localuser/.claude/shell-snapshots/snapshot-zsh-1757661777231-0gwu4i.sh:setopt:5464: no such option: off',
      'shell',
      'no such option',
    ],
    [
      'socrates:Downloads gjwe-mb$ unzip fritzing-parts-master.zip ~/Downloads\nArchive:  fritzing-parts-master.zip\n2631aa886c9f8d7a4a7d756f63fdd31c2232f6cc\ncaution: filename not matched:  /Users/gjwe-mb/Downloads',
      'shell',
      'filename not matched',
    ],
    [
      'Archive:  unnatural-instructions/data/core_data.zip\ncaution: filename not matched:  unnatural-instructions/data/full_data.zip',
      'shell',
      'filename not matched',
    ],
    [
      '  Archive:  scap-security-guide-0.1.28.zip\n    inflating: scap-security-guide-0.1.28/ssg-rhel6-ds.xml\n  caution: filename not matched:  scap-security-guide-0.1.28/ssg-rhel6-ds.xml\n  caution: filename not matched:  scap-security-guide-0.1.28/ssg-rhel6-ds.xml',
      'shell',
      'filename not matched',
    ],
    ['> make status\nhead: illegal line count -- -5\nmake: *** [status-master] Error 1', 'shell', 'illegal line count'],
    ['head -n -1 filename\n> head: illegal line count -- -1', 'shell', 'illegal line count'],
    ["$ printf 'a\\nb\\nc\\n' | head -n -1\nhead: illegal line count -- -1", 'shell', 'illegal line count'],
    ['head: illegal line count -- -14\ntail: stdout: Broken pipe', 'shell', 'illegal line count'],
    ['$ pyenv latest uninstall 3.7\nhead: illegal line count -- =1', 'shell', 'illegal line count'],
    ['$ ./wikis/wiki-update.sh\n    find: -printf: unknown primary or operator', 'shell', 'unknown primary or operator'],
    ['$ wii -p\nfind: -printf: unknown primary or operator\nNo programming files found.', 'shell', 'unknown primary or operator'],
    ['find: -executable: unknown primary or operator ', 'shell', 'unknown primary or operator'],
    ['find: -xtype: unknown primary or operator', 'shell', 'unknown primary or operator'],
    [
      'fish $ unsymlink find: -printf: unknown primary or operator\nfind: -printf: unknown primary or operator',
      'shell',
      'unknown primary or operator',
    ],
    ['sed: 1: "s/.*\\/v\\(.*\\)/\\1/ip": bad flag in substitute command: \'i\'', 'shell', 'bad flag in substitute command'],
    ['$ ls\nsed: 1: "s/\\n/\\n/g; s/\\t/\\t/g; ...": bad flag in substitute command: \'}\'', 'shell', 'bad flag in substitute command'],
    [
      '= graphs/52te.gpi --> graphs/52te.gpi.d =\nsed: 1: "  s/.*/graphs/52te.eps  ...": bad flag in substitute command: \'e\'',
      'shell',
      'bad flag in substitute command',
    ],
    ['sed: 1: "s|:/Users/jan.dammshaeu ...": bad flag in substitute command: \'|\'', 'shell', 'bad flag in substitute command'],
    [
      '[chsrc 运行] sed -i \'\' \'/^[[index]]$/,/^default = true$/{s|^url = ".*"$|url = "https://mirrors.cloud.tencent.com/pypi/simple"|}\' ~/.config/uv/uv.toml\nsed: 1: "/^[[index]]$/,/^def ...": bad flag in substitute command: \'}\'\n[chsrc 运行] x 命令执行失败，退出状态: 256\nchsrc: 关键错误，强制结束',
      'shell',
      'bad flag in substitute command',
    ],
    [
      'sed: 1: "s/\\.[x*]//gi": bad flag in substitute command: \'i\'\nsed: 1: "s/x/*/gi": bad flag in substitute command: \'i\'',
      'shell',
      'bad flag in substitute command',
    ],
    [
      "08:31:51]: Exit status of command '(cd .. && sed -i  -e 's/<name>.*</name>/<name>Test</name>/' config.xml)' was 1 instead of 0.\nsed: 1: \"s/<name>.*</name>/<name ...\": bad flag in substitute command: '<'",
      'shell',
      'bad flag in substitute command',
    ],
    [
      'openweathermap-fullfeatured.sh: arithmetic expression: expecting primary: ""1518196038"-"1518189984""',
      'shell',
      'arithmetic syntax error',
    ],
    [
      '/usr/local/bin/screencast: 3215: /usr/local/bin/screencast: arithmetic expression: expecting primary: ""1920" % 8"',
      'shell',
      'arithmetic syntax error',
    ],
    ['/usr/local/sbin/fatrat: line 2: cd: too many arguments', 'shell', 'too many arguments'],
    ['gitdo/list-push-remotes.sh: line 29: cd: too many arguments riviera:/git/UniPriceDecode', 'shell', 'too many arguments'],
    [
      'devil@siductionbox:~/work/Linux-User/CD-Helferlein/Screenies$ cd $(bd p)/Todo\nbash: cd: Zu viele Argumente.',
      'shell',
      'too many arguments',
    ],
    ['$ ./scripts/single-node.sh\n...\nsed: -I or -i may not be used with stdin', 'shell', 'may not be used with stdin'],
    [
      '$ shasum -a 256 -U -c checksums.txt\nshasum: checksums.txt: no properly formatted SHA checksum lines found\n$ ',
      'shell',
      'no properly formatted checksum lines found',
    ],
    [
      '$ shasum -a256 -c sha256.sum\nshasum: sha256.sum: no properly formatted SHA checksum lines found',
      'shell',
      'no properly formatted checksum lines found',
    ],
    [
      'build@c7test:~/p4/zimbra/main/ThirdParty/openssl/src$ sha1sum -c \nopenssl-1.0.1m.tar.gz.sha1\nsha1sum: openssl-1.0.1m.tar.gz.sha1: no properly formatted SHA1 checksum \nlines found',
      'shell',
      'no properly formatted checksum lines found',
    ],
    [
      'sha256sum --ignore-missing -c checksum.txt\nsha256sum: WARNING: 3 lines are improperly formatted',
      'shell',
      'lines are improperly formatted',
    ],
    ['vi-firmware/script/bootstrap/common.sh: line 200: popd: directory stack empty', 'shell', 'directory stack empty'],
    ['install-params.sh: line 33: popd: directory stack empty', 'shell', 'directory stack empty'],
  ])('answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    [
      '/home/runner/work/_temp/e8f0.sh: line 3: ${{ github.ref }}: bad substitution\nError: Process completed with exit code 1.',
      'shell',
      'bad substitution',
    ],
    ['./gen_misc.sh: 62: [: 1: unexpected operator', 'shell', 'unexpected operator'],
    ['./calc.sh: 7: arithmetic expression: expecting EOF: "1 ++ "', 'shell', 'arithmetic syntax error'],
    ['$ cd 1 2 3\n-bash: cd: too many arguments', 'shell', 'too many arguments'],
    [
      '-bash: warning: setlocale: LC_ALL: cannot change locale (en_US.UTF-8)\n-bash: local: can only be used in a function',
      'shell',
      'can only be used in a function',
    ],
    ['./x.sh: line 4: [: too many arguments', 'shell', '[: too many arguments'],
    [
      '$ sha256sum -c micromamba-linux-64.sha256\nsha256sum: micromamba-linux-64.sha256: no properly formatted SHA256 checksum lines found',
      'shell',
      'no properly formatted checksum lines found',
    ],
    ['zsh: ./x.sh: bad interpreter: /bin/bash^M: no such file or directory', 'shell', 'bad interpreter'],
    ["sed: -e expression #1, char 9: unterminated `s' command", 'shell', "unterminated `s' command"],
  ])('still answers %j as %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });
});

describe('the twelfth pass names what the message is about', () => {
  it("names find's GNU-only primary", () => {
    expect(fixText('find: -printf: unknown primary or operator')).toContain('gfind . -printf');
  });

  it('repeats the count BSD head refused', () => {
    expect(fixText('head: illegal line count -- -14')).toContain('ghead -n -14');
  });
});
