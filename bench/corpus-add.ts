/**
 * `npm run corpus:add -- FILE.json [FILE.json…] [--held-out=0.35] [--seed=N] [--family=NAME]`:
 * adds newly gathered errors to the corpus (test/fixtures/errors). Each input is a JSON array of
 * `{language, error_type, form, source, text}`. Every entry gets the next free id of its file and
 * a split: a seeded shuffle puts the `--held-out` share of each file's new entries (rounded up)
 * into `held-out` before anyone writes a pattern for them, so the held-out figures measure errors
 * nobody tuned for. The file is chosen by language (c and cpp share c-cpp.json), or `--family`
 * for all entries of the inputs (package managers go to packages.json whatever their language).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CorpusEntry, findCorpusDir, FORMS, loadCorpus, validateEntry } from './evaluation';

type Staged = Omit<CorpusEntry, 'id' | 'split' | 'file'>;

/** The corpus file an entry of this language goes to. */
function corpusFileOf(language: string): string {
  return language === 'c' || language === 'cpp' ? 'c-cpp' : language;
}

const sameText = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Deterministic order from the seed and the text: the same inputs always split the same way. */
function shuffled<T extends { text: string }>(items: readonly T[], seed: string): T[] {
  const key = (item: T): string => createHash('sha256').update(`${seed}\n${item.text}`).digest('hex');
  return [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function main(argv: readonly string[]): number {
  const option = (name: string): string | undefined => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const share = Number(option('held-out') ?? '0.35');
  const seed = option('seed') ?? '12';
  const family = option('family');
  const inputs = argv.filter((a) => !a.startsWith('--'));
  if (inputs.length === 0 || !(share >= 0.3 && share < 1)) {
    process.stderr.write('usage: corpus-add FILE.json… [--held-out=0.3..0.99] [--seed=N] [--family=NAME]\n');
    return 2;
  }
  const dir = findCorpusDir();
  const existing = loadCorpus(dir);
  const seen = new Set(existing.map((e) => sameText(e.text)));
  const byFile = new Map<string, Staged[]>();
  const problems: string[] = [];
  for (const input of inputs) {
    const staged = JSON.parse(readFileSync(input, 'utf8')) as Staged[];
    staged.forEach((entry, index) => {
      const where = `${input}[${index}]`;
      const found = validateEntry({ ...entry, id: 'staged-001' });
      if (!entry.form || !(FORMS as readonly string[]).includes(entry.form)) found.push('form missing');
      if (found.length > 0) return problems.push(...found.map((p) => `${where}: ${p}`));
      if (seen.has(sameText(entry.text))) return problems.push(`${where}: text already in the corpus, skipped`);
      seen.add(sameText(entry.text));
      const file = family ?? corpusFileOf(entry.language);
      byFile.set(file, [...(byFile.get(file) ?? []), entry]);
    });
  }
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  for (const [file, entries] of byFile) {
    const path = join(dir, `${file}.json`);
    const current = existing.filter((e) => e.file === file);
    let next = Math.max(0, ...current.map((e) => Number(e.id.slice(e.id.lastIndexOf('-') + 1)))) + 1;
    const heldOut = new Set(shuffled(entries, `${seed}:${file}`).slice(0, Math.ceil(entries.length * share)));
    const added: CorpusEntry[] = entries.map((e) => ({
      id: `${file}-${String(next++).padStart(3, '0')}`,
      language: e.language,
      error_type: e.error_type,
      form: e.form,
      split: heldOut.has(e) ? 'held-out' : 'tuning',
      source: e.source,
      text: e.text,
    }));
    const raw = JSON.parse(readFileSync(path, 'utf8')) as CorpusEntry[];
    writeFileSync(path, `${JSON.stringify([...raw, ...added], null, 2)}\n`);
    process.stdout.write(`${file}.json: +${added.length} (${heldOut.size} held-out)\n`);
  }
  loadCorpus(dir);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
