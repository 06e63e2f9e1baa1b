import type { ErrorPattern } from '../rules/error-pattern';
import { SSH_LOGIN_NOT_GIT } from './shell-catalog4.patterns';

/** git (and GitHub remote) errors, most frequent first. "fatal:"/"error:" prefixes are optional in the regexes. */

const GIT_DOCS = 'https://git-scm.com/docs';
const GH_DOCS = 'https://docs.github.com/en';

export const GIT_PATTERNS: readonly ErrorPattern[] = [
  {
    id: 'git.not-a-repository',
    language: 'git',
    match: /not a git repository(?: \(or any (?:of the parent directories|parent up to mount point [^)\n]{0,200})\))?(?:: (?<dir>[^\n]{1,300}))?/,
    errorType: 'fatal: not a git repository',
    category: 'configuration',
    priority: 40,
    summary: 'The current directory is not inside a Git repository.',
    explanation: (c) =>
      `Git looks for a .git directory in the current folder and its parents and found none${c.dir ? ` (it checked ${c.dir})` : ''}. ` +
      'You are in the wrong directory, the repository was never initialised/cloned here, or (in CI/Docker) the .git folder was not copied — e.g. excluded by .dockerignore or a shallow artifact download.',
    causes: [
      'The terminal/CI step runs in another directory than the repository',
      'The project was downloaded as a zip or copied without .git',
      '.git excluded from a Docker build context while a build step runs git (describe, rev-parse)',
      'GIT_DIR set to a wrong path',
    ],
    fixes: [
      {
        title: 'Go to the repository or create one',
        steps: ['cd into the project that contains .git', 'Or initialise / clone it'],
        code: 'git rev-parse --show-toplevel\ncd path/to/project\ngit init   # new project\ngit clone https://github.com/org/repo.git',
      },
    ],
    references: [{ title: 'git init', url: `${GIT_DOCS}/git-init` }, { title: 'git clone', url: `${GIT_DOCS}/git-clone` }],
    samples: ['fatal: not a git repository (or any of the parent directories): .git'],
  },
  {
    id: 'git.merge-conflict',
    language: 'git',
    // Also git's translations: "冲突（内容）：合并冲突于 x", "KONFLIKT (Inhalt): Merge-Konflikt in x"…
    match: /CONFLICT \((?<kind>[\w/]{1,30})\): (?:Merge conflict in (?<file>[^\n]{1,400})|(?<detail>[^\n]{1,400}))|Automatic merge failed; fix conflicts and then commit the result|(?:合并冲突于|Merge-Konflikt in|Conflit de fusion dans|Conflicto de fusión en|Conflito de mesclagem em|Конфликт слияния в) (?<lfile>[^\n]{1,400})|自动合并失败|Automatischer Merge fehlgeschlagen|La fusion automatique a échoué|Fusión automática falló/,
    errorType: 'merge conflict',
    category: 'concurrency',
    priority: 40,
    summary: (c) => `Git could not merge automatically${(c.file ?? c.lfile) ? `: both sides changed ${(c.file ?? c.lfile)}` : ''}.`,
    explanation: (c) =>
      (c.kind && c.kind !== 'content'
        ? `A ${c.kind} conflict: one side ${c.kind.includes('delete') ? 'deleted' : 'renamed or added'} a file the other side changed. `
        : 'Both branches changed the same lines (or nearby lines) of the same file, and Git cannot know which version to keep. ') +
      'The merge/rebase is paused: Git wrote both versions into the file between <<<<<<<, ======= and >>>>>>> markers. You decide the result, mark it resolved, and continue.',
    causes: ['Two branches edited the same lines', 'One branch deleted or renamed a file the other modified', 'Long-lived branches drifting apart (including lockfiles and generated files)'],
    fixes: (c) => [
      {
        title: 'Resolve, mark, continue',
        steps: [
          'List the conflicted files',
          'Edit each file: keep the right code and delete the conflict markers (or use a merge tool)',
          'Stage the resolved files and continue — or abort to go back',
        ],
        code: `git status\n# edit ${(c.file ?? c.lfile) ?? 'the file'} ...\ngit add ${(c.file ?? c.lfile) ?? '<file>'}\ngit commit            # for a merge\ngit rebase --continue # for a rebase\ngit merge --abort     # give up`,
      },
      {
        title: 'Take one side entirely for a file',
        steps: ['Useful for generated files and lockfiles (then regenerate them)'],
        code: `git checkout --theirs ${(c.file ?? c.lfile) ?? '<file>'}   # or --ours\ngit add ${(c.file ?? c.lfile) ?? '<file>'}`,
      },
    ],
    references: [{ title: 'git merge: how conflicts are presented', url: `${GIT_DOCS}/git-merge#_how_conflicts_are_presented` }, { title: 'Pro Git: Basic merge conflicts', url: 'https://git-scm.com/book/en/v2/Git-Branching-Basic-Branching-and-Merging' }],
    samples: [
      'Auto-merging src/app.ts\nCONFLICT (content): Merge conflict in src/app.ts\nAutomatic merge failed; fix conflicts and then commit the result.',
      'CONFLICT (modify/delete): docs/setup.md deleted in HEAD and modified in feature/docs. Version feature/docs of docs/setup.md left in tree.',
    ],
  },
  {
    id: 'git.push-rejected',
    language: 'git',
    match: /! \[rejected\] +(?<local>\S{1,250}) -> (?<remote>\S{1,250}) \((?<reason>non-fast-forward|fetch first|stale info|already exists|[^)\n]{1,60})\)/,
    // "fetch first" is git's name for the same refusal when the remote has commits you never fetched.
    errorType: (c) => (!c.reason || c.reason === 'fetch first' ? 'non-fast-forward' : c.reason),
    category: 'concurrency',
    priority: 45,
    summary: (c) => `The push of ${c.local ?? 'your branch'} was rejected: the remote ${c.remote ?? 'branch'} has commits you do not have.`,
    explanation: (c) =>
      (c.reason === 'stale info'
        ? 'A --force-with-lease push found that the remote branch moved since your last fetch, so it refused to overwrite someone else\'s work. '
        : c.reason === 'already exists'
          ? 'A tag with that name already exists on the remote with another commit. '
          : 'The remote branch contains commits that are not in your local branch (someone else pushed, or you pushed from another machine or amended/rebased). A normal push only fast-forwards, so it would lose those commits. ') +
      'Integrate the remote changes first (pull with merge or rebase), then push.',
    causes: ['Someone else pushed to the branch', 'You rewrote local history (amend, rebase) after pushing', 'The branch was updated through the web UI (merge, commit, PR suggestion)'],
    fixes: (c) => [
      {
        title: 'Integrate the remote commits, then push',
        steps: ['Fetch and rebase (or merge) onto the remote branch', 'Resolve conflicts if any', 'Push again'],
        code: `git pull --rebase origin ${(c.remote ?? 'main').replace(/^refs\/heads\//, '')}\ngit push`,
      },
      {
        title: 'Overwrite only if you rewrote your own branch on purpose',
        steps: ['Use --force-with-lease, never plain --force on shared branches'],
        code: 'git push --force-with-lease',
      },
    ],
    references: [{ title: 'git push (note about fast-forwards)', url: `${GIT_DOCS}/git-push#_note_about_fast_forwards` }, { title: 'git pull', url: `${GIT_DOCS}/git-pull` }],
    samples: [
      "To github.com:acme/api.git\n ! [rejected]        main -> main (fetch first)\nerror: failed to push some refs to 'github.com:acme/api.git'\nhint: Updates were rejected because the remote contains work that you do\nhint: not have locally.",
      " ! [rejected]        feature/login -> feature/login (non-fast-forward)\nerror: failed to push some refs to 'https://github.com/acme/web.git'\nhint: Updates were rejected because the tip of your current branch is behind",
    ],
  },
  {
    id: 'git.local-changes-overwritten',
    language: 'git',
    match: /Your local changes to the following files would be overwritten by (?<op>[\w-]{1,20}):\s{1,20}(?<file>[^\n]{1,400})/,
    errorType: 'local changes would be overwritten',
    category: 'concurrency',
    priority: 45,
    summary: (c) => `Git refuses to ${c.op ?? 'continue'}: it would overwrite your uncommitted changes${c.file ? ` in ${c.file.trim()}` : ''}.`,
    explanation: (c) =>
      `The ${c.op ?? 'operation'} needs to change files that you have modified but not committed. Git stops rather than losing your work. ` +
      'Commit the changes, stash them for later, or discard them if they are not needed.',
    causes: ['Uncommitted edits in files that the other branch/commit also changes', 'Generated or local-only files that are tracked (lockfiles, config)'],
    fixes: [
      {
        title: 'Stash, then retry',
        steps: ['Save your changes aside', 'Run the pull/checkout/merge again', 'Re-apply your changes'],
        code: 'git stash push -m "wip"\ngit pull\ngit stash pop',
      },
      {
        title: 'Or commit or discard them',
        steps: ['Commit if they are ready', 'Discard if you do not need them (irreversible)'],
        code: 'git commit -am "WIP"\n# or discard\ngit restore <file>',
      },
    ],
    references: [{ title: 'git stash', url: `${GIT_DOCS}/git-stash` }],
    samples: [
      'error: Your local changes to the following files would be overwritten by merge:\n\tsrc/config.ts\nPlease commit your changes or stash them before you merge.\nAborting',
      'error: Your local changes to the following files would be overwritten by checkout:\n\tpackage-lock.json\nPlease commit your changes or stash them before you switch branches.',
    ],
  },
  {
    id: 'git.untracked-overwritten',
    language: 'git',
    match: /The following untracked working tree files would be (?:overwritten|removed) by (?<op>[\w-]{1,20}):\s{1,20}(?<file>[^\n]{1,400})/,
    errorType: 'untracked working tree files would be overwritten',
    category: 'concurrency',
    priority: 45,
    summary: (c) => `Untracked files${c.file ? ` such as ${c.file.trim()}` : ''} are in the way of the ${c.op ?? 'operation'}.`,
    explanation:
      'The target commit contains files with the same paths as files you have locally but never added to Git. Git will not overwrite untracked files because it could not restore them.',
    causes: ['Files created locally that the other branch now tracks', 'Build outputs or generated files that were later committed upstream'],
    fixes: [
      {
        title: 'Move or remove the untracked files',
        steps: ['Back them up or delete them if they are generated', 'Preview what git clean would remove before running it'],
        code: 'git clean -n          # preview\ngit clean -f -- <path> # remove\ngit stash push --include-untracked',
      },
    ],
    references: [{ title: 'git clean', url: `${GIT_DOCS}/git-clean` }],
    samples: ['error: The following untracked working tree files would be overwritten by checkout:\n\t.env.example\nPlease move or remove them before you switch branches.\nAborting'],
  },
  {
    id: 'git.publickey-denied',
    language: 'git',
    // Not a login on a deploy host by ssh, rsync or scp with no git around it: shell.ssh-login-denied's.
    match: new RegExp(String.raw`(?<![\w.@-])(?:(?<host>[\w.@-]{1,253}): )?Permission denied \(publickey[\w,-]{0,100}\)(?!${SSH_LOGIN_NOT_GIT})`),
    errorType: 'Permission denied (publickey)',
    category: 'permission',
    priority: 45,
    summary: (c) => `The SSH server${c.host ? ` ${c.host}` : ''} rejected your SSH key (or no key was offered).`,
    explanation: (c) =>
      `The remote uses SSH and ${c.host ?? 'the server'} accepted none of the keys your SSH client offered. ` +
      'Either you have no key, the key is not added to your account (GitHub/GitLab settings), the agent does not have it loaded, or a different key/user is used for that host.',
    causes: [
      'No SSH key, or the public key is not added to your Git hosting account',
      'The key is not loaded in ssh-agent (after reboot, or a passphrase key)',
      'The wrong key is used for the host (several accounts, missing ~/.ssh/config entry)',
      'CI/Docker without the deploy key or agent forwarding',
    ],
    fixes: [
      {
        title: 'Create/add a key and test the connection',
        steps: ['Generate a key if you have none', 'Add the public key to your account', 'Load it in the agent and test'],
        code: 'ssh-keygen -t ed25519 -C "you@example.com"\ncat ~/.ssh/id_ed25519.pub   # paste into GitHub → Settings → SSH keys\neval "$(ssh-agent -s)" && ssh-add ~/.ssh/id_ed25519\nssh -T git@github.com',
      },
      {
        title: 'Or use HTTPS with a token',
        steps: ['Switch the remote to HTTPS and authenticate with a personal access token / credential manager'],
        code: 'git remote set-url origin https://github.com/org/repo.git',
      },
    ],
    references: [{ title: 'GitHub: Connecting with SSH', url: `${GH_DOCS}/authentication/connecting-to-github-with-ssh` }],
    samples: ['git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.'],
  },
  {
    id: 'git.password-auth-removed',
    language: 'git',
    match: /Support for password authentication was removed on (?<date>[^.\n]{1,40})\./,
    errorType: 'password authentication removed',
    category: 'permission',
    priority: 50,
    summary: 'GitHub no longer accepts your account password for Git over HTTPS; use a token or SSH.',
    explanation:
      'Since August 2021 GitHub requires a personal access token (or a credential manager/OAuth, or SSH keys) for Git operations. The password stored in your credential helper or typed at the prompt is refused.',
    causes: ['Typing the GitHub account password at the Git prompt', 'An old password cached in the credential helper/keychain', 'Scripts with user:password in the remote URL'],
    fixes: [
      {
        title: 'Authenticate with a token or the GitHub CLI',
        steps: ['Create a fine-grained personal access token with repository access', 'Use it as the password, or let gh/Git Credential Manager handle login', 'Remove the old cached password'],
        code: 'gh auth login      # sets up a credential helper\n# or clear the old credential\ngit credential reject <<EOF\nprotocol=https\nhost=github.com\nEOF',
      },
    ],
    references: [
      { title: 'GitHub: Managing personal access tokens', url: `${GH_DOCS}/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens` },
      { title: 'GitHub blog: Token authentication requirements for Git operations', url: 'https://github.blog/2020-12-15-token-authentication-requirements-for-git-operations/' },
    ],
    samples: ["remote: Support for password authentication was removed on August 13, 2021.\nremote: Please see https://docs.github.com/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.\nfatal: Authentication failed for 'https://github.com/acme/api.git/'"],
  },
  {
    id: 'git.authentication-failed',
    language: 'git',
    match: /Authentication failed for '(?<url>[^'\n]{1,300})'/,
    errorType: 'fatal: Authentication failed',
    category: 'permission',
    priority: 40,
    summary: (c) => `The Git server rejected your credentials for ${c.url ?? 'the remote'}.`,
    explanation:
      'The HTTPS remote asked for credentials and refused what it got: a wrong/expired token, a password where a token is required, a token without the right scopes, or an old credential cached by the credential helper.',
    causes: ['Expired or revoked token cached in the credential helper', 'Password used instead of a personal access token', 'Token lacks repository scope/permission, or SSO authorization for the organisation', 'Wrong account cached for this host'],
    fixes: (c) => {
      const host = c.url ? hostOf(c.url) : 'github.com';
      return [
        {
          title: 'Replace the cached credential',
          steps: [`Remove the stored credential for ${host}`, `Retry ${c.url ?? 'the command'} and enter a valid token (or use gh auth login / Git Credential Manager)`],
          code: `git config --get credential.helper\nprintf "protocol=https\\nhost=${host}\\n\\n" | git credential reject\ngit fetch`,
        },
      ];
    },
    references: [{ title: 'git credential', url: `${GIT_DOCS}/git-credential` }, { title: 'gitcredentials', url: `${GIT_DOCS}/gitcredentials` }],
    samples: ["remote: Invalid username or password.\nfatal: Authentication failed for 'https://gitlab.com/acme/api.git/'"],
  },
  {
    id: 'git.refusing-unrelated-histories',
    language: 'git',
    match: /refusing to merge unrelated histories/,
    errorType: 'unrelated histories',
    category: 'configuration',
    priority: 45,
    summary: 'The two branches share no common commit, so Git refuses to merge them.',
    explanation:
      'Usually you created a local repository with its own first commit and then pulled from a remote that was also initialised separately (e.g. with a README or licence created on GitHub). ' +
      'Both histories start from different root commits. Git can combine them, but only if you ask explicitly.',
    causes: ['Local git init + commit, then pulling a remote that has its own initial commit', 'Pulling from the wrong remote/repository', 'History rewritten on one side (filter-repo, new repository)'],
    fixes: [
      {
        title: 'Merge the two histories explicitly (if they really belong together)',
        steps: ['Check that the remote is the intended repository', 'Allow the merge once, resolve any conflicts, then push'],
        code: 'git remote -v\ngit pull origin main --allow-unrelated-histories\ngit push -u origin main',
      },
    ],
    references: [{ title: 'git merge --allow-unrelated-histories', url: `${GIT_DOCS}/git-merge#Documentation/git-merge.txt---allow-unrelated-histories` }],
    samples: ['From github.com:acme/new-site\n * branch            main       -> FETCH_HEAD\nfatal: refusing to merge unrelated histories'],
  },
  {
    id: 'git.no-upstream',
    language: 'git',
    match: /The current branch (?<branch>\S{1,250}) has no upstream branch|There is no tracking information for the current branch/,
    errorType: 'no upstream branch',
    category: 'configuration',
    priority: 40,
    summary: (c) => `The branch ${c.branch ? `${c.branch} ` : ''}is not linked to a remote branch yet.`,
    explanation:
      'A plain `git push` / `git pull` needs to know which remote branch corresponds to the current local branch (its upstream). A branch created locally has none until you push it with -u or set it.',
    causes: ['A new local branch that was never pushed', 'The upstream branch was deleted on the remote', 'push.default / autoSetupRemote not configured'],
    fixes: (c) => [
      {
        title: 'Push and set the upstream once',
        steps: ['Push with -u (git remembers the upstream)', 'Optionally let Git do it automatically for new branches'],
        code: `git push -u origin ${c.branch ?? 'HEAD'}\ngit config --global push.autoSetupRemote true`,
      },
      {
        title: 'Or link an existing remote branch',
        steps: ['Set the upstream for pull'],
        code: `git branch --set-upstream-to=origin/${c.branch ?? 'main'}`,
      },
    ],
    references: [{ title: 'git push (-u, --set-upstream)', url: `${GIT_DOCS}/git-push` }, { title: 'git branch --set-upstream-to', url: `${GIT_DOCS}/git-branch` }],
    samples: [
      'fatal: The current branch feature/payments has no upstream branch.\nTo push the current branch and set the remote as upstream, use\n\n    git push --set-upstream origin feature/payments',
      'There is no tracking information for the current branch.\nPlease specify which branch you want to merge with.',
    ],
  },
  {
    id: 'git.failed-to-push',
    language: 'git',
    match: /error: failed to push some refs to '(?<remote>[^'\n]{1,300})'/,
    errorType: 'error: failed to push some refs',
    category: 'concurrency',
    priority: 20,
    summary: (c) => `The push to ${c.remote ?? 'the remote'} was refused for at least one branch or tag.`,
    explanation:
      'This line only summarises the failure. The reason is in the lines just above it (! [rejected] … (fetch first / non-fast-forward), ! [remote rejected] … (protected branch / hook declined)) or in the hint lines after it.',
    causes: ['Remote has newer commits (non-fast-forward)', 'Protected branch rules or a server-side hook refused the push', 'A pushed file exceeds the host\'s size limit'],
    fixes: (c) => [
      {
        title: 'Read the line that names the reason',
        steps: [
          `Look for "[rejected]" or "[remote rejected]" above this line${c.remote ? ` (the push went to ${c.remote})` : ''}`,
          'For non-fast-forward: pull --rebase, then push',
          'For protected branches: push to a branch and open a pull request',
        ],
        code: 'git pull --rebase\ngit push',
      },
    ],
    references: [{ title: 'git push', url: `${GIT_DOCS}/git-push` }],
    samples: ["error: failed to push some refs to 'https://github.com/acme/api.git'"],
  },
  {
    id: 'git.remote-rejected',
    language: 'git',
    match: /! \[remote rejected\] +(?<local>\S{1,250}) -> (?<remote>\S{1,250}) \((?<reason>[^)\n]{1,200})\)/,
    errorType: 'remote rejected',
    category: 'permission',
    priority: 42,
    summary: (c) => `The server refused the update of ${c.remote ?? 'the branch'}: ${c.reason ?? 'rejected by the remote'}.`,
    explanation: (c) =>
      `The push reached the server, but a server-side rule refused it (${c.reason ?? 'a hook'}). ` +
      'Typical rules: branch protection (reviews or status checks required, no direct pushes), pre-receive hooks (commit message format, secrets scanning, file size), or missing write permission.',
    causes: ['Branch protection requires pull requests or passing checks', 'A pre-receive hook rejected content (secret detected, large file, commit policy)', 'Your account has read-only access'],
    fixes: (c) => [
      {
        title: 'Push to a branch and open a pull request',
        steps: [`The server refused the update of ${c.remote ?? 'the branch'}: create a feature branch from your commits`, 'Push it and open a pull/merge request'],
        code: 'git switch -c fix/my-change\ngit push -u origin fix/my-change',
      },
    ],
    references: [{ title: 'GitHub: About protected branches', url: `${GH_DOCS}/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches` }],
    samples: [" ! [remote rejected] main -> main (pre-receive hook declined)\nerror: failed to push some refs to 'git.example.com:team/api.git'"],
  },
  {
    id: 'git.protected-branch',
    language: 'git',
    match: /GH006: Protected branch update failed for (?<ref>\S{1,250}?)\.?(?:\s|$)|You are not allowed to push code to protected branches on this project/,
    errorType: 'GH006',
    category: 'permission',
    priority: 50,
    summary: (c) => `${c.ref ? c.ref.replace(/^refs\/heads\//, '') : 'The branch'} is protected: direct pushes are not allowed.`,
    explanation:
      'The repository protects this branch: changes must go through a pull/merge request with the required reviews and status checks, and direct pushes (or force pushes) are refused.',
    causes: ['Pushing directly to main/master/release branches', 'Force-pushing to a protected branch', 'Required checks or signed commits not satisfied'],
    fixes: [
      {
        title: 'Use a pull request',
        steps: ['Move your commits to a new branch', 'Reset your local main to the remote', 'Open a pull request'],
        code: 'git switch -c feature/my-change\ngit push -u origin feature/my-change\ngit branch -f main origin/main',
      },
    ],
    references: [{ title: 'GitHub: About protected branches', url: `${GH_DOCS}/repositories/configuring-branches-and-merges-in-your-repository/managing-protected-branches/about-protected-branches` }],
    samples: ["remote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: error: Changes must be made through a pull request.\nTo github.com:acme/api.git\n ! [remote rejected] main -> main (protected branch hook declined)\nerror: failed to push some refs to 'github.com:acme/api.git'"],
  },
  {
    id: 'git.detached-head',
    language: 'git',
    match: /You are in 'detached HEAD' state|HEAD detached (?:at|from) (?<ref>\S{1,200})/,
    errorType: 'detached HEAD',
    category: 'configuration',
    priority: 30,
    summary: (c) => `HEAD points to a commit${c.ref ? ` (${c.ref})` : ''}, not to a branch.`,
    explanation:
      'You checked out a commit, tag or remote branch directly (CI systems do this too). You can look around and even commit, but new commits belong to no branch: ' +
      'when you switch away they become unreachable unless you create a branch for them.',
    causes: ['git checkout <commit|tag|origin/branch> instead of a local branch', 'A rebase or bisect in progress', 'CI checkouts of a specific commit'],
    fixes: [
      {
        title: 'Keep your work on a branch',
        steps: ['Create a branch at the current commit if you made commits', 'Or switch back to a branch'],
        code: 'git switch -c my-work      # keep commits made here\ngit switch main            # go back',
      },
    ],
    references: [{ title: 'git checkout: detached HEAD', url: `${GIT_DOCS}/git-checkout#_detached_head` }],
    samples: ["Note: switching to 'v2.1.0'.\n\nYou are in 'detached HEAD' state. You can look around, make experimental\nchanges and commit them, and you can discard any commits you make in this\nstate without impacting any branches by switching back to a branch."],
  },
  {
    id: 'git.remote-already-exists',
    language: 'git',
    match: /remote (?<remote>\S{1,100}) already exists/,
    errorType: 'fatal: remote origin already exists',
    category: 'configuration',
    priority: 40,
    summary: (c) => `A remote named ${c.remote ?? 'origin'} is already configured.`,
    explanation: (c) =>
      `git remote add ${c.remote ?? 'origin'} fails because that name is taken — typically the repository was cloned (clone creates origin) or the command was already run. ` +
      'To point it elsewhere, change its URL instead of adding it again.',
    causes: ['The repository was cloned, so origin exists', 'The setup instructions were run twice', 'Moving a repository to another host'],
    fixes: (c) => [
      {
        title: 'Change the URL of the existing remote',
        steps: ['Show remotes', 'Set the new URL (or add it under another name)'],
        code: `git remote -v\ngit remote set-url ${c.remote ?? 'origin'} git@github.com:org/repo.git\n# or\ngit remote add upstream git@github.com:org/repo.git`,
      },
    ],
    references: [{ title: 'git remote', url: `${GIT_DOCS}/git-remote` }],
    samples: ['error: remote origin already exists.'],
  },
  {
    id: 'git.pathspec-no-match',
    language: 'git',
    match: /pathspec '(?<pathspec>[^'\n]{1,300})' did not match any file\(s\) known to git/,
    errorType: "error: pathspec did not match",
    category: 'name',
    priority: 40,
    summary: (c) => `Git knows no branch or file named '${c.pathspec ?? ''}'.`,
    explanation: (c) =>
      `git checkout/switch/add interpreted '${c.pathspec ?? ''}' as a branch or path and found neither. For a branch: it does not exist locally and Git has not fetched it from the remote yet (or it is misspelled/case differs). ` +
      'For a file: the path is wrong relative to the current directory. On Windows, quoting (single quotes in cmd) can also produce this.',
    causes: ['The remote branch was not fetched yet', 'Typo or case difference in the branch/file name', 'A commit message passed without -m, so words are taken as paths', 'Wrong quoting in Windows cmd'],
    fixes: (c) => [
      {
        title: 'Fetch and check the names',
        steps: ['Fetch remote branches', 'List branches matching the name', 'Switch to it (creates a tracking branch)'],
        code: `git fetch --all\ngit branch -a | grep -i '${c.pathspec ?? 'name'}'\ngit switch ${c.pathspec ?? 'branch-name'}`,
      },
    ],
    references: [{ title: 'git switch', url: `${GIT_DOCS}/git-switch` }, { title: 'git fetch', url: `${GIT_DOCS}/git-fetch` }],
    samples: ["error: pathspec 'feature/new-checkout' did not match any file(s) known to git"],
  },
  {
    id: 'git.ssl-certificate-problem',
    language: 'git',
    match: /unable to access '(?<url>[^'\n]{1,300})': (?:SSL certificate problem: (?<problem>[^\n]{1,200})|server certificate verification failed[^\n]{0,100})/,
    errorType: 'SSL certificate problem',
    category: 'network',
    priority: 40,
    summary: (c) => `Git cannot verify the TLS certificate of ${c.url ?? 'the server'}${c.problem ? `: ${c.problem}` : ''}.`,
    explanation:
      'The HTTPS connection was made, but the certificate chain does not lead to a CA Git trusts. Corporate proxies/antivirus that inspect TLS, self-signed or internal CAs (self-hosted GitLab, Gitea), ' +
      'an outdated CA bundle, or a wrong system clock are the usual reasons.',
    causes: ['TLS-inspecting corporate proxy with its own root CA', 'Self-hosted Git server with an internal/self-signed certificate', 'Outdated CA certificates on the machine or container', 'System clock far off'],
    fixes: (c) => [
      {
        title: 'Trust the right CA (do not disable verification)',
        steps: [`Install the root CA that signed the certificate of ${c.url ? `${hostOf(c.url)} (${c.url})` : 'the server'} in the system store, or point Git to it`, 'Update ca-certificates in containers', 'On Windows, let Git use the Windows certificate store'],
        code: 'git config --global http.sslCAInfo /path/to/company-root-ca.pem\nsudo apt-get install --reinstall ca-certificates\ngit config --global http.sslBackend schannel   # Windows',
      },
    ],
    references: [{ title: 'git config: http.sslCAInfo, http.sslBackend', url: `${GIT_DOCS}/git-config` }],
    samples: ["fatal: unable to access 'https://git.acme.internal/team/api.git/': SSL certificate problem: unable to get local issuer certificate"],
  },
  {
    id: 'git.rpc-failed',
    language: 'git',
    match: /RPC failed; (?<detail>(?:HTTP (?<status>\d{3})|curl (?<curl>\d{1,3}))[^\n]{0,200})/,
    errorType: (c) => (c.status ? `RPC failed; HTTP ${c.status}` : `RPC failed; curl ${c.curl ?? ''}`.trim()),
    category: 'network',
    priority: 40,
    summary: (c) =>
      c.status === '413'
        ? 'The push is larger than the server or a proxy in front of it accepts (HTTP 413).'
        : 'The HTTP connection broke during a large transfer to/from the Git server.',
    explanation: (c) =>
      (c.status === '413'
        ? 'A reverse proxy (nginx client_max_body_size, a load balancer) or the Git host limits request sizes, and the pack of objects being pushed is bigger. '
        : `The transfer was cut (${c.detail ?? 'network error'}), often with "the remote end hung up unexpectedly" / "early EOF". `) +
      'Very large pushes/clones (big binaries, long histories), unstable networks, proxies with timeouts, or HTTP/2 issues cause it.',
    causes: ['Large files or history in the push/clone', 'Proxy/server body-size limits or timeouts', 'Unstable network or VPN', 'HTTP/2 problems with some proxies'],
    fixes: [
      {
        title: 'Reduce the transfer size or push in parts',
        steps: ['Push fewer commits at a time', 'Move large binaries to Git LFS', 'Clone shallowly and deepen later'],
        code: 'git push origin <older-commit>:main   # push in steps\ngit lfs migrate import --include="*.zip"\ngit clone --depth 1 <url> && git fetch --unshallow',
      },
      {
        title: 'Work around flaky transports',
        steps: ['Try HTTP/1.1, or switch the remote to SSH', 'For self-hosted servers, raise the proxy body size (nginx client_max_body_size)'],
        code: 'git config --global http.version HTTP/1.1',
      },
    ],
    references: [{ title: 'git config: http.* settings', url: `${GIT_DOCS}/git-config` }, { title: 'git clone --depth', url: `${GIT_DOCS}/git-clone` }],
    samples: [
      'error: RPC failed; HTTP 413 curl 22 The requested URL returned error: 413\nsend-pack: unexpected disconnect while reading sideband packet\nfatal: the remote end hung up unexpectedly',
      'error: RPC failed; curl 56 GnuTLS recv error (-9): Error decoding the received TLS packet.\nfatal: early EOF\nfatal: index-pack failed',
    ],
  },
  {
    id: 'git.bad-object',
    language: 'git',
    match: /fatal: bad object (?<object>\S{1,200})|error: object file (?<file>\S{1,300}) is empty|(?:fatal: )?loose object (?<loose>[0-9a-f]{40,64}) \(stored in [^)\n]{0,300}\) is corrupt/,
    errorType: 'fatal: bad object',
    category: 'io',
    priority: 35,
    summary: (c) =>
      c.file || c.loose ? 'The local Git object database is corrupted.' : `Git cannot find or read the object ${c.object ?? ''}.`,
    explanation: (c) =>
      (c.file || c.loose
        ? 'An object file is empty or damaged, typically after a crash, full disk or power loss during a Git operation, or a repository inside a syncing folder (Dropbox, OneDrive). '
        : `The commit/ref ${c.object ?? ''} is not in this repository: it was not fetched (a commit from another fork or branch), or the ref points to a missing object after corruption. `) +
      'If the remote is intact, fetching again or re-cloning is the simplest repair.',
    causes: ['The commit exists only on another remote/branch that was not fetched', 'Corruption after a crash, full disk, or a synced folder', 'A shallow clone missing the history needed'],
    fixes: [
      {
        title: 'Fetch or check the repository',
        steps: ['Fetch all remotes (and unshallow)', 'Check integrity', 'If corrupted and the remote is fine: re-clone and copy over uncommitted work'],
        code: 'git fetch --all --tags\ngit fetch --unshallow\ngit fsck --full',
      },
    ],
    references: [{ title: 'git fsck', url: `${GIT_DOCS}/git-fsck` }],
    samples: ['fatal: bad object 3f2a9c1d7e', 'error: object file .git/objects/8b/1f3c2d4e5f60718293a4b5c6d7e8f9012345678 is empty\nfatal: loose object 8b1f3c2d4e5f60718293a4b5c6d7e8f9012345678 (stored in .git/objects/8b/1f3c2d4e5f60718293a4b5c6d7e8f9012345678) is corrupt'],
  },
  {
    id: 'git.line-endings',
    language: 'git',
    match: /(?:in the working copy of '(?<file>[^'\n]{1,300})', )?(?<from>CRLF|LF) will be replaced by (?<to>CRLF|LF)(?: in (?<file2>\S{1,300}?)\.?(?:\s|$))?/,
    errorType: (c) => `${c.from ?? 'LF'} will be replaced by ${c.to ?? 'CRLF'}`,
    category: 'configuration',
    priority: 20,
    summary: (c) => `A warning, not an error: Git will convert line endings (${c.from ?? 'LF'} → ${c.to ?? 'CRLF'})${c.file ? ` in ${c.file}` : c.file2 ? ` in ${c.file2}` : ''}.`,
    explanation:
      'core.autocrlf (or .gitattributes eol settings) tells Git to normalise line endings: files are stored with LF in the repository and checked out with CRLF on Windows. ' +
      'The message says the file in your working copy will be rewritten with the other style next time Git touches it. Nothing is broken, but mixed settings across a team cause noisy diffs.',
    causes: ['core.autocrlf=true on Windows (the installer default)', 'Files created with CRLF in a repository that normalises to LF', 'No .gitattributes to make the policy explicit'],
    fixes: [
      {
        title: 'Make the policy explicit with .gitattributes',
        steps: ['Commit a .gitattributes', 'Renormalise the repository once'],
        code: '# .gitattributes\n* text=auto eol=lf\n*.bat text eol=crlf\n\ngit add --renormalize .\ngit commit -m "Normalise line endings"',
      },
    ],
    references: [{ title: 'gitattributes: end-of-line conversion', url: `${GIT_DOCS}/gitattributes` }, { title: 'git config: core.autocrlf', url: `${GIT_DOCS}/git-config` }],
    samples: [
      "warning: in the working copy of 'src/index.ts', LF will be replaced by CRLF the next time Git touches it",
      'warning: LF will be replaced by CRLF in package.json.\nThe file will have its original line endings in your working directory',
    ],
  },
  {
    id: 'git.dubious-ownership',
    language: 'git',
    match: /detected dubious ownership in repository at '(?<dir>[^'\n]{1,300})'/,
    errorType: 'dubious ownership',
    category: 'permission',
    priority: 45,
    summary: (c) => `Git refuses to work in ${c.dir ?? 'this repository'} because it is owned by another user.`,
    explanation:
      'Since Git 2.35.2, Git ignores repositories owned by a different user, because their config could run commands as you. This hits Docker containers (files owned by the host user, git running as root), ' +
      'CI runners, shared folders, and Windows drives mounted in WSL.',
    causes: ['Running git as root inside a container on a bind-mounted repository', 'CI workspace owned by another user', 'Repository on a network/shared drive or a WSL-mounted Windows path'],
    fixes: (c) => [
      {
        title: 'Mark the directory as safe (if you trust it)',
        steps: ['Add the exact path to safe.directory for the user that runs git', 'Or fix the ownership of the repository'],
        code: `git config --global --add safe.directory '${c.dir ?? '/path/to/repo'}'\n# or\nsudo chown -R "$(id -u):$(id -g)" '${c.dir ?? '/path/to/repo'}'`,
      },
    ],
    references: [{ title: 'git config: safe.directory', url: `${GIT_DOCS}/git-config#Documentation/git-config.txt-safedirectory` }],
    samples: ["fatal: detected dubious ownership in repository at '/workspace/app'\nTo add an exception for this directory, call:\n\n\tgit config --global --add safe.directory /workspace/app"],
  },
  {
    id: 'git.src-refspec',
    language: 'git',
    match: /src refspec (?<ref>\S{1,250}) does not match any/,
    errorType: 'error: src refspec does not match any',
    category: 'name',
    priority: 45,
    summary: (c) => `There is no local branch or ref named ${c.ref ?? ''} to push.`,
    explanation: (c) =>
      `git push origin ${c.ref ?? '<name>'} pushes the local ref with that name, and none exists. Most often the repository has no commit yet (a new repo: branches exist only after the first commit), ` +
      'or the local branch is called master while you push main (or the reverse).',
    causes: ['No commit yet in a new repository', 'Local branch name differs (master vs main)', 'Typo or case difference in the branch name'],
    fixes: (c) => [
      {
        title: 'Commit first, or push the right name',
        steps: ['Check the current branch name', 'Create the first commit if there is none', 'Rename or push with an explicit mapping'],
        code: `git branch --show-current\ngit add -A && git commit -m "Initial commit"\ngit branch -M ${c.ref ?? 'main'}\ngit push -u origin ${c.ref ?? 'main'}`,
      },
    ],
    references: [{ title: 'git push', url: `${GIT_DOCS}/git-push` }],
    samples: ["error: src refspec main does not match any\nerror: failed to push some refs to 'github.com:ann/new-project.git'"],
  },
  {
    id: 'git.identity-unknown',
    language: 'git',
    match: /Please tell me who you are|unable to auto-detect email address/,
    errorType: 'Author identity unknown',
    category: 'configuration',
    priority: 45,
    summary: 'Git does not know your name and email, which every commit needs.',
    explanation:
      'Commits record an author name and email. None is configured for this user (fresh machine, container, CI runner), and Git could not guess one.',
    causes: ['New machine or user without a global Git config', 'A container/CI job running git commit', 'HOME not set, so the global config is not found'],
    fixes: [
      {
        title: 'Configure your identity',
        steps: ['Set name and email globally (or per repository without --global)'],
        code: 'git config --global user.name "Ann Example"\ngit config --global user.email "ann@example.com"',
      },
    ],
    references: [{ title: 'git config (user.name, user.email)', url: `${GIT_DOCS}/git-config` }],
    samples: ['Author identity unknown\n\n*** Please tell me who you are.\n\nRun\n\n  git config --global user.email "you@example.com"\n  git config --global user.name "Your Name"\n\nfatal: unable to auto-detect email address (got \'root@3f2c1a.(none)\')'],
  },
  {
    id: 'git.divergent-branches',
    language: 'git',
    match: /You have divergent branches and need to specify how to reconcile them|Not possible to fast-forward, aborting/,
    errorType: 'divergent branches',
    category: 'configuration',
    priority: 40,
    summary: 'Your branch and its remote both have new commits, and Git needs to know whether to merge or rebase.',
    explanation:
      'Since Git 2.27 git pull asks you to choose a reconcile strategy when local and remote histories diverged (or pull.ff=only is set and a fast-forward is impossible). ' +
      'Nothing is lost; choose merge, rebase, or fast-forward-only once (per command or in config).',
    causes: ['Local commits and new remote commits on the same branch', 'pull.ff=only configured and the branches diverged', 'No pull.rebase setting configured'],
    fixes: [
      {
        title: 'Choose a strategy',
        steps: ['Rebase your commits on top of the remote (linear history), or merge', 'Set a default so Git stops asking'],
        code: 'git pull --rebase      # or: git pull --no-rebase\ngit config --global pull.rebase true',
      },
    ],
    references: [{ title: 'git pull (--rebase, --ff-only)', url: `${GIT_DOCS}/git-pull` }],
    samples: ['hint: You have divergent branches and need to specify how to reconcile them.\nhint: You can do so by running one of the following commands sometime before\nhint: your next pull:\nhint:\nhint:   git config pull.rebase false  # merge\nfatal: Need to specify how to reconcile divergent branches.'],
  },
  {
    id: 'git.index-lock',
    language: 'git',
    match: /Unable to create '(?<lock>[^'\n]{0,300}\.lock)': File exists/,
    errorType: 'index.lock exists',
    category: 'concurrency',
    priority: 45,
    summary: 'Another Git process seems to be running in this repository (a lock file exists).',
    explanation: (c) =>
      `Git creates ${c.lock ?? '.git/index.lock'} while it changes the index and removes it when done. It still exists: another git command (an IDE, a GUI client, a background fetch) is running, ` +
      'or a previous git process crashed and left the lock behind.',
    causes: ['An IDE/Git GUI running git in the background', 'A crashed or killed git command left the lock', 'Two terminals running git at the same time'],
    fixes: (c) => [
      {
        title: 'Remove the stale lock (only if no git process runs)',
        steps: ['Check for running git processes', 'Delete the lock file'],
        code: `ps aux | grep -i [g]it\nrm -f '${c.lock ?? '.git/index.lock'}'`,
      },
    ],
    references: [{ title: 'git (main command and environment)', url: `${GIT_DOCS}/git` }],
    samples: ["fatal: Unable to create '/home/ann/api/.git/index.lock': File exists.\n\nAnother git process seems to be running in this repository, e.g.\nan editor opened by 'git commit'."],
  },
  {
    id: 'git.large-file',
    language: 'git',
    match: /File (?<file>[^\n]{1,300}?) is (?<size>[\d.]{1,10} MB); this exceeds GitHub's file size limit of 100\.00 MB|GH001: Large files detected/,
    errorType: 'GH001',
    category: 'configuration',
    priority: 45,
    summary: (c) => `GitHub rejected the push: ${c.file ? `${c.file} (${c.size ?? '?'})` : 'a file'} is larger than 100 MB.`,
    explanation:
      'GitHub refuses files over 100 MB in Git history. Removing the file in a new commit is not enough: it is still in an earlier commit of the push. ' +
      'The file must be removed from history (or moved to Git LFS) before pushing.',
    causes: ['A build artifact, dataset, dump or binary committed by mistake', 'node_modules/venv/target committed without .gitignore'],
    fixes: (c) => [
      {
        title: 'Remove it from the unpushed commits',
        steps: ['If it is in the last commit, amend; otherwise rewrite the unpushed commits', 'Add it to .gitignore'],
        code: `git rm --cached '${c.file ?? 'big-file.zip'}'\necho '${c.file ?? 'big-file.zip'}' >> .gitignore\ngit commit --amend --no-edit\n# older commits: git filter-repo --path '${c.file ?? 'big-file.zip'}' --invert-paths`,
      },
      {
        title: 'Or track it with Git LFS',
        steps: ['Install LFS and migrate the file type'],
        code: 'git lfs install\ngit lfs migrate import --include="*.zip"',
      },
    ],
    references: [{ title: 'GitHub: About large files on GitHub', url: `${GH_DOCS}/repositories/working-with-files/managing-large-files/about-large-files-on-github` }],
    samples: ["remote: error: Trace: 3b1f0c9a7d\nremote: error: See https://gh.io/lfs for more information.\nremote: error: File data/dump.sql is 412.56 MB; this exceeds GitHub's file size limit of 100.00 MB\nremote: error: GH001: Large files detected. You may want to try Git Large File Storage - https://git-lfs.github.com."],
  },
  {
    id: 'git.not-a-remote-repository',
    language: 'git',
    match: /'(?<remote>[^'\n]{1,100})' does not appear to be a git repository/,
    errorType: 'fatal: does not appear to be a git repository',
    category: 'configuration',
    priority: 40,
    summary: (c) => `'${c.remote ?? 'origin'}' is neither a configured remote nor a repository URL.`,
    explanation: (c) =>
      `Git treated '${c.remote ?? ''}' as a remote name or path and found no such remote. The repository has no remote with that name yet (a fresh git init), or it is misspelled.`,
    causes: ['No remote added after git init', 'Typo in the remote name', 'Remote removed or renamed'],
    fixes: (c) => [
      {
        title: 'Add the remote',
        steps: ['List remotes', 'Add the missing one'],
        code: `git remote -v\ngit remote add ${c.remote ?? 'origin'} git@github.com:org/repo.git`,
      },
    ],
    references: [{ title: 'git remote', url: `${GIT_DOCS}/git-remote` }],
    samples: ["fatal: 'origin' does not appear to be a git repository\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists."],
  },
  {
    id: 'git.repository-not-found',
    language: 'git',
    match: /remote: Repository not found\.(?:[\s\S]{0,200}?repository '(?<url>[^'\n]{1,300})' not found)?|repository '(?<url2>[^'\n]{1,300})' not found/,
    errorType: 'repository not found',
    category: 'permission',
    priority: 40,
    summary: (c) => `The Git host says the repository ${c.url ?? c.url2 ? `${c.url ?? c.url2} ` : ''}does not exist — or you may not see it.`,
    explanation:
      'Hosts answer "not found" for private repositories you have no access to, so this means either a wrong URL (typo, renamed/moved repository, wrong owner) or credentials without access ' +
      '(another cached account, a token without that repository, SSO not authorised).',
    causes: ['Typo or outdated URL (repository renamed or transferred)', 'Cached credentials of another account', 'Token not granted access to this repository/organisation'],
    fixes: (c) => [
      {
        title: 'Check URL and account',
        steps: [`Open ${c.url ?? c.url2 ?? 'the URL'} in the browser while logged in`, 'Update the remote URL', 'Clear cached credentials and log in with the right account'],
        code: 'git remote -v\ngit remote set-url origin https://github.com/org/new-name.git\ngh auth status',
      },
    ],
    references: [{ title: 'GitHub: About remote repositories', url: `${GH_DOCS}/get-started/getting-started-with-git/about-remote-repositories` }],
    samples: ["remote: Repository not found.\nfatal: repository 'https://github.com/acme/privat-repo.git/' not found"],
  },
];

/** The host of a remote URL (https://host/… or user@host:…), for credential and CA steps. */
function hostOf(url: string): string {
  const m = /^[a-z+]+:\/\/(?:[^@/\n]*@)?(?<host>[^/:\n]+)|^[^@\s]+@(?<scp>[^:\n]+):/.exec(url);
  return m?.groups?.host ?? m?.groups?.scp ?? url;
}
