import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../usage/retention-limits';
import { formatDate, plural, printJson, printLine } from '../cli-output';
import { wholeNumberOption } from '../cli-options';
import type { CommandRun } from '../command';

export const DEFAULT_WINDOW_DAYS = 30;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 1_000;

/**
 * The errors the rules engine most often did not recognise over the last N UTC days (today
 * included): the knowledge base's to-do list. Masked lines only: the texts were never stored.
 */
export const unknownErrors: CommandRun = async ({ config, flags, options }) => {
  const days = wholeNumberOption('days', options.days, DEFAULT_WINDOW_DAYS, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
  const limit = wholeNumberOption('limit', options.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const { withDatabase } = await import('../cli-database');
  return withDatabase(
    config,
    async ({ unknownErrors: service }) => {
      const rows = await service.mostFrequent(days, limit);
      if (flags.json) {
        printJson({
          days,
          limit,
          unknown_errors: rows.map((row) => ({
            fingerprint: row.fingerprint,
            language: row.language,
            line: row.line,
            count: row.count,
            first_seen: formatDate(row.firstSeen),
            last_seen: formatDate(row.lastSeen),
          })),
        });
        return 0;
      }
      const total = rows.reduce((sum, row) => sum + row.count, 0);
      printLine(
        `unrecognised errors in the last ${plural(days, 'day')}: ${plural(rows.length, 'fingerprint')} shown, ${plural(total, 'request')}`,
      );
      if (rows.length === 0) return 0;
      const countWidth = Math.max(5, ...rows.map((row) => String(row.count).length));
      const languageWidth = Math.max(8, ...rows.map((row) => row.language.length));
      printLine(
        `${'count'.padStart(countWidth)}  ${'language'.padEnd(languageWidth)}  ${'first seen'.padEnd(24)}  ${'last seen'.padEnd(24)}  line`,
      );
      for (const row of rows) {
        printLine(
          `${String(row.count).padStart(countWidth)}  ${row.language.padEnd(languageWidth)}  ${formatDate(row.firstSeen)}  ${formatDate(row.lastSeen)}  ${row.line}`,
        );
      }
      return 0;
    },
    { replica: true },
  );
};
