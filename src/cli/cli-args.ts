import { parseArgs } from 'node:util';
import { reasonOf, UsageError } from './cli-error';

export type CliFlag = 'json' | 'yes' | 'force';
/** Options that take a value (`--days 30`, `--limit 20`). */
export type CliOption = 'days' | 'limit';

export interface CommandLine {
  /** undefined when only options (or nothing) were given. */
  command: string | undefined;
  args: string[];
  help: boolean;
  flags: Record<CliFlag, boolean>;
  /** The flags actually present, so a command can reject those it does not take. */
  given: CliFlag[];
  /** The valued options given, as typed (each command checks its own). */
  options: Partial<Record<CliOption, string>>;
}

/**
 * Options are parsed globally and each command then says which it accepts: a flag in the wrong
 * place is reported as a usage error rather than silently ignored. A value starting with "-"
 * (a password, say) goes after "--".
 */
export function parseCommandLine(argv: string[]): CommandLine {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    // node:util's messages can run over several lines; the contract is one.
    throw new UsageError(reasonOf(error));
  }
  const { values, positionals } = parsed;
  const flags: Record<CliFlag, boolean> = {
    json: values.json ?? false,
    yes: values.yes ?? false,
    force: values.force ?? false,
  };
  return {
    command: positionals[0],
    args: positionals.slice(1),
    help: values.help ?? false,
    flags,
    given: (Object.keys(flags) as CliFlag[]).filter((flag) => flags[flag]),
    options: {
      ...(values.days === undefined ? {} : { days: values.days }),
      ...(values.limit === undefined ? {} : { limit: values.limit }),
    },
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      json: { type: 'boolean' },
      yes: { type: 'boolean', short: 'y' },
      force: { type: 'boolean' },
      days: { type: 'string' },
      limit: { type: 'string' },
    },
  });
}
