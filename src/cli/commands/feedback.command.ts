import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS } from '../../usage/retention-limits';
import { formatDate, plural, printJson, printLine } from '../cli-output';
import { wholeNumberOption } from '../cli-options';
import type { CommandRun } from '../command';

const DEFAULT_WINDOW_DAYS = 30;
/** The latest comments shown per language and error type. */
const COMMENTS_PER_TYPE = 3;

/** Share of helpful ratings, 0..1 to 4 decimals. */
function shareOf(helpful: number, notHelpful: number): number | null {
  const total = helpful + notHelpful;
  return total === 0 ? null : Math.round((helpful / total) * 10_000) / 10_000;
}

/**
 * Ratings given (or changed) in the last N days, per language and error type, most rated first:
 * helpful, not helpful, the helpful share, and the latest comments.
 */
export const feedback: CommandRun = async ({ config, flags, options }) => {
  const days = wholeNumberOption('days', options.days, DEFAULT_WINDOW_DAYS, MIN_RETENTION_DAYS, MAX_RETENTION_DAYS);
  const { withDatabase } = await import('../cli-database');
  return withDatabase(
    config,
    async ({ feedback: service }) => {
      const rows = await service.summary(days, COMMENTS_PER_TYPE);
      if (flags.json) {
        printJson({
          days,
          ratings: rows.map((row) => ({
            language: row.language,
            error_type: row.errorType,
            helpful: row.helpful,
            not_helpful: row.notHelpful,
            helpful_share: shareOf(row.helpful, row.notHelpful),
            latest_comments: row.latestComments.map((entry) => ({ comment: entry.comment, helpful: entry.helpful, at: formatDate(entry.at) })),
          })),
        });
        return 0;
      }
      const helpful = rows.reduce((sum, row) => sum + row.helpful, 0);
      const notHelpful = rows.reduce((sum, row) => sum + row.notHelpful, 0);
      printLine(`ratings in the last ${plural(days, 'day')}: ${helpful + notHelpful} (${helpful} helpful, ${notHelpful} not helpful)`);
      if (rows.length === 0) return 0;
      const languageWidth = Math.max(8, ...rows.map((row) => row.language.length));
      printLine(`helpful  not helpful  share  ${'language'.padEnd(languageWidth)}  error type`);
      for (const row of rows) {
        const share = shareOf(row.helpful, row.notHelpful);
        const percent = share === null ? 'n/a' : `${Math.round(share * 100)}%`;
        printLine(
          `${String(row.helpful).padStart(7)}  ${String(row.notHelpful).padStart(11)}  ${percent.padStart(5)}  ${row.language.padEnd(languageWidth)}  ${row.errorType}`,
        );
        for (const entry of row.latestComments) {
          printLine(`         ${entry.helpful ? '+' : '-'} ${formatDate(entry.at)}  ${entry.comment}`);
        }
      }
      return 0;
    },
    { replica: true },
  );
};
