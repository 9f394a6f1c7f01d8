import { isConfigurationError, StepFailure } from '../core/errors.ts';
import { SMOKE_USAGE, smokeCommand } from './commands/smoke.ts';
import type { CliContext } from './context.ts';

const USAGE = `Usage: gantry <command> [options]

Commands:
  smoke     check that URLs answer as expected (the smoke action's engine)

Run "gantry <command> --help" for a command's options.
`;

const COMMANDS: Record<string, (argv: string[], ctx: CliContext) => Promise<number>> = {
  smoke: smokeCommand,
};

/** Runs one CLI invocation and returns its exit code: 0 ok, 1 a failed check, 2 a usage error. */
export async function main(argv: string[], ctx: CliContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (command === undefined) {
    ctx.err(`gantry: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(rest, ctx);
  } catch (error) {
    if (isConfigurationError(error) || (error instanceof TypeError && 'code' in error)) {
      // parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown or malformed flags.
      ctx.err(`gantry ${name}: ${(error as Error).message}${name === 'smoke' ? `\n\n${SMOKE_USAGE}` : ''}`);
      return 2;
    }
    if (error instanceof StepFailure) {
      ctx.err(`gantry ${name}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
