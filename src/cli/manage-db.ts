import 'reflect-metadata';
import type { AppConfig } from '../config/app-config';
import { parseCommandLine } from './cli-args';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, explain, UsageError } from './cli-error';
import { usageLine, type CommandSpec } from './command';
import { COMMANDS } from './command-registry';
import { commandUsage, generalUsage } from './usage';

// `npm run manage-db -- <command>`: the seed's `python manage_db.py <command>`.

function findCommand(name: string): CommandSpec {
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw new UsageError(`Unknown command '${name}'. Run manage-db help.`);
  return command;
}

function help(topic: string | undefined): number {
  process.stdout.write(topic === undefined ? generalUsage(COMMANDS) : commandUsage(findCommand(topic)));
  return EXIT_OK;
}

/** Loaded on demand, like the commands: validation pulls in class-validator. */
async function readConfig(): Promise<AppConfig> {
  const { ConfigError, loadConfig } = await import('../config/load-config');
  try {
    return loadConfig();
  } catch (error) {
    // The message already names the variable at fault; a stack trace would only bury it.
    if (error instanceof ConfigError) throw new CliError(error.message);
    throw error;
  }
}

export async function main(argv: string[]): Promise<number> {
  let command: CommandSpec | undefined;
  try {
    const line = parseCommandLine(argv);
    if (line.command === undefined) {
      if (line.help) return help(undefined);
      process.stderr.write(generalUsage(COMMANDS));
      return EXIT_USAGE;
    }
    if (line.command === 'help') {
      if (line.args.length > 1) throw new UsageError('usage: manage-db help [COMMAND]');
      return help(line.args[0]);
    }
    command = findCommand(line.command);
    if (line.help) return help(command.name);
    const count = line.args.length;
    if (count < command.minArgs || count > command.maxArgs) throw new UsageError(`usage: ${usageLine(command)}`);
    const unsupported = line.given.find((flag) => !command!.flags.includes(flag));
    if (unsupported) throw new UsageError(`${command.name} does not take --${unsupported}; usage: ${usageLine(command)}`);
    const unknownOption = Object.keys(line.options).find((option) => !command!.options?.includes(option as never));
    if (unknownOption) throw new UsageError(`${command.name} does not take --${unknownOption}; usage: ${usageLine(command)}`);

    const config = await readConfig();
    const run = await command.load();
    return await run({ args: line.args, flags: line.flags, options: line.options, config });
  } catch (error) {
    const message = error instanceof CliError ? error.message : `${command ? `${command.name} failed: ` : ''}${explain(error)}`;
    process.stderr.write(`manage-db: ${message}\n`);
    return error instanceof CliError ? error.exitCode : EXIT_FAILURE;
  }
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
  // The database is closed by now; should a stray handle remain, do not hang a script or a CI job.
  setTimeout(() => process.exit(code), 5_000).unref();
});
