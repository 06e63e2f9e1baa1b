#!/usr/bin/env node
// Compiles the TypeScript into dist/ only when its inputs changed, so `npm start`, `manage-db`,
// `migration:*`, `bench*` and `eval` on a built checkout start at once instead of rebuilding.
//
// dist/ is a symbolic link to a complete build in .builds/<fingerprint>-<time>/. A build is
// written into a fresh directory and the link is replaced with one rename (atomic), so dist/ is
// never half-written or empty while a server starts from it, and files of deleted sources (the
// migrations are loaded by glob) cannot survive from an earlier build. Node resolves the link
// when it loads a module, so a process that started from the previous build keeps reading that
// build; the previous one is therefore kept, older ones are removed.
//
// The fingerprint hashes the contents (not the times) of every input: editing, adding or deleting
// a source rebuilds; a checkout that only changed modification times does not.
//
//   node scripts/build-if-stale.mjs           build if stale, else say it is up to date
//   node scripts/build-if-stale.mjs --force   build even if up to date
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readFileSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const BUILDS = join(ROOT, '.builds');
/** Everything tsconfig.json compiles, the compiler settings, the compiler's version (the lockfile) and this script. */
const INPUT_DIRS = ['src', 'migrations', 'bench'];
const INPUT_FILES = ['ormconfig.ts', 'nest-cli.json', 'package-lock.json', 'scripts/build-if-stale.mjs'];
const TEMP_PREFIX = '.tmp-';

function filesUnder(dir) {
  if (!existsSync(join(ROOT, dir))) return [];
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** A hash of every input's path and contents, the same on every machine for the same tree. */
function fingerprint() {
  const tsconfigs = readdirSync(ROOT).filter((name) => /^tsconfig.*\.json$/.test(name));
  const files = [...INPUT_DIRS.flatMap(filesUnder), ...tsconfigs, ...INPUT_FILES.filter((file) => existsSync(join(ROOT, file)))]
    .map((file) => file.split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  for (const file of files)
    hash
      .update(`${file}\0`)
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** What dist/ is now: the build it links to, a directory some other tool wrote, or nothing. */
function currentDist() {
  try {
    const stat = lstatSync(DIST);
    if (stat.isSymbolicLink()) return { kind: 'link', build: basename(readlinkSync(DIST)) };
    return { kind: 'directory' };
  } catch (error) {
    if (error.code === 'ENOENT') return { kind: 'none' };
    throw error;
  }
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Keeps the new build and the one before it (a server may still be loading it); drops the rest and dead builders' leftovers. */
function prune(keep) {
  for (const name of readdirSync(BUILDS)) {
    if (keep.includes(name)) continue;
    if (name.startsWith(TEMP_PREFIX) && isRunning(Number(name.slice(TEMP_PREFIX.length).split('-')[0]))) continue;
    rmSync(join(BUILDS, name), { recursive: true, force: true });
  }
}

function main() {
  const force = process.argv.includes('--force');
  const id = fingerprint();
  const before = currentDist();
  if (!force && before.kind === 'link' && before.build.startsWith(`${id}-`) && existsSync(join(DIST, 'src', 'main.js'))) {
    process.stderr.write(`dist/ is up to date (build ${before.build})\n`);
    return 0;
  }

  const started = Date.now();
  const reason = force ? 'forced' : before.kind === 'none' ? 'no build yet' : 'sources changed';
  process.stderr.write(`building dist/ (${reason}) ...\n`);
  const temp = join(BUILDS, `${TEMP_PREFIX}${process.pid}-${started}`);
  const tsc = createRequire(join(ROOT, 'package.json')).resolve('typescript/bin/tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.json'), '--outDir', temp], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (compiled.status !== 0) {
    rmSync(temp, { recursive: true, force: true });
    process.stderr.write('build failed; dist/ is unchanged\n');
    return compiled.status ?? 1;
  }

  const build = `${id}-${started.toString(36)}`;
  renameSync(temp, join(BUILDS, build));
  const link = join(ROOT, `.dist-link-${process.pid}`);
  rmSync(link, { force: true });
  symlinkSync(join('.builds', build), link, 'dir');
  let previous = before.kind === 'link' ? before.build : undefined;
  if (before.kind === 'directory') {
    // A dist/ directory written by `nest build`: set it aside (rename cannot replace a directory with a link).
    previous = `replaced-${started.toString(36)}`;
    renameSync(DIST, join(BUILDS, previous));
  }
  renameSync(link, DIST);
  prune([build, previous]);
  process.stderr.write(`built dist/ -> .builds/${build} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

process.exitCode = main();
