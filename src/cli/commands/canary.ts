import { parseArgs } from 'node:util';
import { ConfigurationError } from '../../core/errors.ts';
import { abortCanary, promoteCanary } from '../../pipeline/release/canary-commands.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { terminalReporter } from '../reporter.ts';

export const CANARY_USAGE = `Usage: gantry canary promote|abort [-c gantry.yml] --target NAME

Acts on a canary left running on a Kubernetes target with strategy: canary (canary-duration:
manual, or a release that was stopped), under the namespace's deploy lock. The canary is found
by the record on its stable Deployment (the annotation gantry.dev/canary; "gantry status" shows it).

  promote   the stable Deployment gets the canary's spec (its rollout watched, the target's smoke
            check run, rollout undo on failure), then the canary is removed
  abort     the canary is removed; the stable Deployment is not touched

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)

Exit code 0: promoted or aborted, 1: the promotion failed (the stable Deployment was rolled
back; the canary is removed either way), 2: bad arguments or config (named), no canary running,
a refused connection or a deploy lock still held.
`;

export const canaryOptions = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function canaryCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: canaryOptions,
  });
  if (values.help) {
    ctx.out(CANARY_USAGE);
    return 0;
  }
  const verb = positionals.length === 1 ? positionals[0] : undefined;
  if (verb !== 'promote' && verb !== 'abort')
    throw new ConfigurationError(
      `expected "gantry canary promote" or "gantry canary abort", got ${JSON.stringify(positionals.join(' '))}`,
      'canary',
    );
  const target = selectTarget(readConfigFile(values.config), values.target);
  const act = verb === 'promote' ? promoteCanary : abortCanary;
  const { canary, outcome } = await act(
    target,
    cliLockHolder(`gantry canary ${verb}`),
    terminalReporter(ctx),
    ctx.signal,
  );
  const done =
    verb === 'promote' && outcome.status === 'deployed'
      ? 'promoted'
      : verb === 'abort'
        ? 'aborted'
        : 'not promoted';
  ctx.err(`${target.name}: canary ${canary.state.canary} ${done}: ${outcome.message}\n`);
  return verb === 'promote' && outcome.status !== 'deployed' ? 1 : 0;
}
