import { Presets, SingleBar } from 'cli-progress';

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * A progress bar on stderr for a long clean-up, drawn only when stderr is a terminal: in a pipe,
 * a log file or cron, escape codes would be noise, and the result line on stdout says it all.
 * Null then, so that the caller also skips counting the rows for a bar no one sees.
 */
export function progressBar(label: string, unit: string): Progress | null {
  if (!process.stderr.isTTY) return null;
  const bar = new SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {percentage}% | {value}/{total} ${unit} | {duration_formatted}`, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
        return;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
