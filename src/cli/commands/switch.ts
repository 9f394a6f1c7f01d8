import { parseArgs } from 'node:util';
import { ConfigurationError } from '../../core/errors.ts';
import { readConfigFile, selectTarget } from '../../pipeline/release/config-file.ts';
import { expirePrevious, switchBack } from '../../pipeline/release/switch-back.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { terminalReporter } from '../reporter.ts';

export const SWITCH_USAGE = `Usage: gantry switch back|expire [-c gantry.yml] --target NAME

Points a blue-green target's proxy back at the colour that was live before the last switch, at
once, while that colour still runs (keep-previous): one start-first update of the proxy service
(its switch-variable and Gantry's labels gantry.bluegreen.*), under the target's deploy lock.
On a Kubernetes target: one patch of the Service's selector (gantry.color) and its annotations
gantry.dev/bluegreen-*, while the previous colour's Deployments run with every replica Ready.
The colour it leaves keeps running, so "gantry switch back" again switches forward. Refused
(exit 2, nothing changed) when the target is not blue-green, no switch has happened yet, or
the previous colour no longer runs.

"gantry switch expire" removes the previous colour once its keep-previous time (the proxy's
label gantry.bluegreen.previous-until, the Service's annotation on Kubernetes) is up, and changes nothing before: Gantry runs no timer,
so a scheduled job runs this (switch back does it first too).

  -c, --config FILE   the config (default gantry.yml)
  --target NAME       the target (optional when the config has one)

Exit code 0: switched (expire: removed or nothing to remove), 1: the proxy update failed (Swarm rolled the proxy back), 2: bad
arguments or config (named), nothing to switch back to, a refused connection or a deploy lock
still held.
`;

export const switchOptions = {
  config: { type: 'string', short: 'c', default: 'gantry.yml' },
  target: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function switchCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: switchOptions,
  });
  if (values.help) {
    ctx.out(SWITCH_USAGE);
    return 0;
  }
  const verb = positionals.length === 1 ? positionals[0] : undefined;
  if (verb !== 'back' && verb !== 'expire')
    throw new ConfigurationError(
      `expected "gantry switch back" or "gantry switch expire", got ${JSON.stringify(positionals.join(' '))}`,
      'switch',
    );
  const target = selectTarget(readConfigFile(values.config), values.target);
  if (verb === 'expire') {
    const after = await expirePrevious(
      target,
      cliLockHolder('gantry switch expire'),
      terminalReporter(ctx),
      ctx.signal,
    );
    ctx.err(
      after.removed === undefined
        ? `${target.name}: nothing to remove (live ${after.live ?? 'none'}; the previous colour is gone or its keep-previous time is not up)\n`
        : `${target.name}: removed ${after.removed} (its keep-previous time was up); ${after.live} serves\n`,
    );
    return 0;
  }
  const { from, to } = await switchBack(
    target,
    cliLockHolder('gantry switch back'),
    terminalReporter(ctx),
    ctx.signal,
  );
  ctx.err(`switched ${target.name} back: ${from} → ${to}`);
  return 0;
}
