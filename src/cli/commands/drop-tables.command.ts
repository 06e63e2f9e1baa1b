import { createInterface } from 'node:readline';
import type { DataSource } from 'typeorm';
import { CliError } from '../cli-error';
import { withDatabase } from '../cli-database';
import { plural, printLine } from '../cli-output';
import type { CommandRun } from '../command';

/**
 * Drops everything in the schema, the migrations table included, so `create-tables` rebuilds
 * from scratch (dropping only the entities' tables would leave migration bookkeeping, and any
 * table a migration made, behind).
 */
export const dropTables: CommandRun = async ({ config, flags }) => {
  if (config.nodeEnv === 'production' && !flags.force) {
    throw new CliError('refusing to drop tables with NODE_ENV=production; add --force if you really mean it');
  }
  // Without a terminal nobody can answer; a script has to say --yes explicitly.
  if (!flags.yes && !process.stdin.isTTY) {
    throw new CliError('drop-tables needs confirmation: run it in a terminal, or pass --yes');
  }
  return withDatabase(config, async ({ dataSource, label }) => {
    const tables = await listTables(dataSource);
    if (tables.length === 0) {
      printLine(`Nothing to drop: ${label} has no tables.`);
      return 0;
    }
    if (!flags.yes && (await ask(`Type 'yes' to drop all tables in ${label}: `)) !== 'yes') {
      throw new CliError('not confirmed; nothing was dropped');
    }
    await dataSource.dropDatabase();
    printLine(`Dropped ${plural(tables.length, 'table')} from ${label}: ${tables.join(', ')}`);
    return 0;
  });
};

async function listTables(dataSource: DataSource): Promise<string[]> {
  const rows = await dataSource.query<Array<{ tablename: string }>>(
    // Partitions (usage_logs_y2026m03…) go with their parent table and are not named apart.
    `SELECT t.tablename FROM pg_tables t
       JOIN pg_class c ON c.relname = t.tablename AND c.relnamespace = t.schemaname::regnamespace
      WHERE t.schemaname = current_schema() AND NOT c.relispartition
      ORDER BY t.tablename`,
  );
  return rows.map((row) => row.tablename);
}

/** Resolves to the trimmed answer; Ctrl-C or end of input count as "no". */
function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  return new Promise((resolve) => {
    let answered = false;
    rl.on('SIGINT', () => rl.close());
    rl.on('close', () => {
      if (!answered) process.stdout.write('\n');
      resolve('');
    });
    rl.question(question, (answer) => {
      answered = true;
      resolve(answer.trim());
      rl.close();
    });
  });
}
