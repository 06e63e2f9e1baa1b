import type { AppConfig } from '../config/app-config';
import type { CliFlag, CliOption } from './cli-args';

export interface CommandContext {
  args: string[];
  flags: Record<CliFlag, boolean>;
  options: Partial<Record<CliOption, string>>;
  config: AppConfig;
}

/** Resolves to the exit code; throws CliError for a one-line failure. */
export type CommandRun = (context: CommandContext) => Promise<number>;

/**
 * What the dispatcher needs to know before running a command. The implementation is loaded only
 * when the command runs: TypeORM, Nest and PGlite take most of a second to load, which `help`
 * and a mistyped command line should not pay.
 */
export interface CommandSpec {
  name: string;
  /** Arguments as shown in the usage line, e.g. `EMAIL PASSWORD ["FULL NAME"]`. */
  synopsis: string;
  summary: string;
  minArgs: number;
  maxArgs: number;
  flags: readonly CliFlag[];
  /** Valued options it takes, shown as `[--days N]`. */
  options?: readonly CliOption[];
  load(): Promise<CommandRun>;
}

export function usageLine(command: CommandSpec): string {
  const options = (command.options ?? []).map((option) => `[--${option} N]`);
  const flags = command.flags.map((flag) => `[--${flag}]`);
  return ['manage-db', command.name, command.synopsis, ...options, ...flags].filter(Boolean).join(' ');
}
