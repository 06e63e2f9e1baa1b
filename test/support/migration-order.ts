import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const MIGRATIONS_DIR = join(__dirname, '..', '..', 'migrations');

/**
 * How many migrations, newest first, `undoLastMigration` must revert to undo the one named `name`
 * (the file's name after its timestamp): it and every later one. Specs that step back to an older
 * schema count with this, so a migration added later does not silently change what they test.
 */
export function undoStepsThrough(name: string): number {
  const files = readdirSync(MIGRATIONS_DIR)
    .filter((file) => /^\d+-.+\.ts$/.test(file))
    .sort();
  const index = files.findIndex((file) => file.replace(/^\d+-/, '').replace(/\.ts$/, '') === name);
  if (index < 0) throw new Error(`no migration named ${name} in ${MIGRATIONS_DIR}`);
  return files.length - index;
}
