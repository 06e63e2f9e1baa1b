/**
 * A fourth catalog pass over the shell family, from shell errors pasted inside other tools' output: ssh's refused login
 * on a deploy host (by ssh, rsync or scp in a CI step, not a git remote), a command name quoted together with its
 * arguments or holding a colon, an empty command name, a Windows path given to bash, systemd's sysv-generator.
 * Pure: the rules engine alone.
 */
import { answer, expectRecognised, fixText } from './support/recognised';

describe("the shell family's fourth catalog pass", () => {
  it.each([
    // ssh's refused login on a deploy host, which git's pattern answered
    [
      "$ ssh -o StrictHostKeyChecking=no deploy@10.0.0.5 'cd /srv && ./deploy.sh'\nWarning: Permanently added '10.0.0.5' (ECDSA) to the list of known hosts.\ndeploy@10.0.0.5: Permission denied (publickey).\nERROR: Job failed: exit code 255",
      'shell',
      'Permission denied (publickey)',
    ],
    [
      'Run rsync -avzr ./build/WebGL/* root@***:/home/steve777/apps/Web/\n  shell: /usr/bin/bash -e {0}\nroot@***: Permission denied (publickey).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(231) [sender=3.2.7]\nError: Process completed with exit code 255.',
      'shell',
      'Permission denied (publickey)',
    ],
    [
      'Run scp -r dist/* user@host:/var/www/html\nLoad key "/home/runner/.ssh/id_rsa": invalid format\nuser@host: Permission denied (publickey,password).\nlost connection\nError: Process completed with exit code 1.',
      'shell',
      'Permission denied (publickey)',
    ],
    [
      '⚠️ [Rsync] error:  rsync exited with code 255\n⚠️ [Rsync] stderr:  Permission denied, please try again.\nPermission denied, please try again.\n***@***: Permission denied (publickey,password).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(235) [sender=3.1.3]\n\n⚠️ [Rsync] stdout:  \n 1: 0x9da7c0 node::Abort() [/home/runner/runners/2.277.1/externals/node12/bin/node]',
      'shell',
      'Permission denied (publickey)',
    ],
    [
      "INFO  Deploying: rsync\nPermission denied (publickey,gssapi-keyex,gssapi-with-mic).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: error in rsync protocol data stream (code 12) at io.c(453) [sender=2.6.9]\nFATAL Something's wrong. Maybe you can find the solution here: http://hexo.io/docs/troubleshooting.html\n    at ChildProcess.<anonymous> (/Users/hedy/Documents/hexo/node_modules/hexo-util/lib/spawn.js:37:17)",
      'shell',
      'Permission denied (publickey)',
    ],
    [
      'Permission denied (publickey).\nrsync: connection unexpectedly closed (0 bytes received so far) [sender]\nrsync error: unexplained error (code 255) at io.c(228) [sender=3.2.3]',
      'shell',
      'Permission denied (publickey)',
    ],
    ['admin@192.168.1.20: Permission denied (password).', 'shell', 'Permission denied (password)'],
    // a command name with a space (quoted with its arguments) or a colon
    [
      'Step 2/3 : RUN "apt-get update"\n ---> Running in 863a34bf7091\n/bin/sh: 1: apt-get update: not found\nThe command \'/bin/sh -c "apt-get update"\' returned a non-zero code: 127',
      'shell',
      'command not found',
    ],
    ['/bin/sh: 1: WORKS/WORKS/Django/SixieNote/requirements:/local: not found\nmake: *** [compile] Error 127', 'shell', 'command not found'],
    ['sh: 1: npm run build: not found', 'shell', 'command not found'],
    // an empty command name
    [
      '[  6%] Building CXX object full-trace/CMakeFiles/full_trace.dir/full_trace.cpp.o\n/bin/sh: 1: : Permission denied\nmake[2]: *** [full-trace/CMakeFiles/full_trace.dir/build.make:63: full-trace/CMakeFiles/full_trace.dir/full_trace.cpp.o] Error 127',
      'shell',
      'Permission denied',
    ],
    ['bash: line 1: : command not found', 'shell', 'command not found'],
    // a Windows path given to bash, inside a Node.js program's error
    [
      'Run ad-m/github-push-action@v0.6.0\nStarted: bash C:\\actions-runner\\_work\\_actions\\ad-m\\github-push-action\\v0.6.0\\start.sh\n/bin/bash: C:actions-runner_work_actionsad-mgithub-push-actionv0.6.0start.sh: No such file or directory\nError: Invalid status code: 127\n    at ChildProcess.<anonymous> (C:\\actions-runner\\_work\\_actions\\ad-m\\github-push-action\\v0.6.0\\start.js:9:19)\n    at ChildProcess.emit (events.js:210:5)\n    at maybeClose (internal/child_process.js:1021:16)\n    at Process.ChildProcess._handle.onexit (internal/child_process.js:283:5) {\n  code: 127\n}',
      'shell',
      'No such file or directory',
    ],
    // systemd's SysV generator
    [
      'systemd[1]: access() failed on /etc/rc.d/rc2.d/S90qlproxy: Permission denied\nsystemd[1]: access() failed on /etc/rc.d/rc3.d/S90qlproxy: Permission denied',
      'shell',
      'Permission denied',
    ],
  ])('%j is %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it.each([
    // git's refusals keep git's answer: a git remote, a clone, git's "fatal:" after the line.
    [
      "Cloning into 'cs220'...\ngit@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.",
      'git',
      'Permission denied (publickey)',
    ],
    ['git@gitlab.com: Permission denied (publickey).', 'git', 'Permission denied (publickey)'],
    [
      "$ git clone deploy@git.internal:apps/site.git\nCloning into 'site'...\ndeploy@git.internal: Permission denied (publickey).\nfatal: Could not read from remote repository.",
      'git',
      'Permission denied (publickey)',
    ],
    [
      '$ git push production main\ndeploy@10.0.0.5: Permission denied (publickey).\nfatal: Could not read from remote repository.',
      'git',
      'Permission denied (publickey)',
    ],
    ['Permission denied (publickey).\nfatal: Could not read from remote repository.', 'git', 'Permission denied (publickey)'],
    // the shell's own answers for names without a space or colon, and for a named file
    ['/bin/sh: 1: gcc: not found\nmake: *** [obj/main.o] Error 127', 'shell', 'command not found'],
    ['/bin/sh: 1: ./cleanup.sh: Permission denied', 'shell', 'Permission denied'],
    ['./x.sh: line 3: cd: /opt/missing: No such file or directory', 'shell', 'No such file or directory'],
    ['bash: ./x.sh: /bin/bash^M: bad interpreter: No such file or directory', 'shell', 'bad interpreter'],
    // a failed docker step whose command is bash-only keeps the older answer
    [
      '#6 [4/5] RUN source /opt/venv/bin/activate\n#6 0.233 /bin/sh: 1: source: not found\n#6 ERROR: process "/bin/sh -c source /opt/venv/bin/activate" did not complete successfully: exit code: 127',
      'shell',
      'command not found',
    ],
  ])('%j stays %s / %s', (error, language, errorType) => {
    expectRecognised(error, language, errorType);
  });

  it('answers from the pattern, not a generic one', () => {
    expect(answer('/bin/sh: 1: apt-get update: not found').error_type).toBe('command not found');
    expect(answer('sh: 1: : Permission denied').error_type).toBe('Permission denied');
  });
});

describe('the fourth pass names what the message is about', () => {
  it('names the login ssh refused, and how to see why', () => {
    const text = 'deploy@10.0.0.5: Permission denied (publickey).\nERROR: Job failed: exit code 255';
    expect(fixText(text)).toContain('ssh -v -i ~/.ssh/deploy_key deploy@10.0.0.5 true');
    expect(fixText(text)).toContain('authorized_keys');
  });

  it('shows the quoted command taken apart', () => {
    expect(fixText('/bin/sh: 1: apt-get update: not found')).toContain('RUN apt-get update');
  });

  it('points at the empty variable', () => {
    expect(fixText('/bin/sh: 1: : Permission denied')).toContain('make CC=gcc CXX=g++');
  });

  it('names the init script to make executable', () => {
    expect(fixText('systemd[1]: access() failed on /etc/rc.d/rc2.d/S90qlproxy: Permission denied')).toContain(
      'sudo chmod 755 "$(readlink -f /etc/rc.d/rc2.d/S90qlproxy)"',
    );
  });
});
