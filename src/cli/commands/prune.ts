import { hostname, userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { ConfigurationError, isConfigurationError } from '../../core/errors.ts';
import { pruneSwarmSecrets } from '../../pipeline/prune/swarm.ts';
import type { CliContext } from '../context.ts';
import { createProgress, isLive } from '../progress.ts';
import { readConfigFile, selectTarget } from '../release/config-file.ts';
import { openSwarm } from '../release/swarm.ts';

export const PRUNE_USAGE = `Usage: gantry prune --target NAME [-c gantry.yml] [--keep N] [--dry-run]

Removes old versions of the stack's secrets on a Swarm target (the release's last stage on its
own): the newest prune.keep of each are kept, and any version a service or task still uses.
Exit code 0: pruned, 1: failed, 2: bad arguments or config.
`;

export async function pruneCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      config: { type: 'string', short: 'c', default: 'gantry.yml' },
      target: { type: 'string' },
      keep: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    ctx.out(PRUNE_USAGE);
    return 0;
  }
  let engine: Awaited<ReturnType<typeof openSwarm>> | undefined;
  try {
    const config = readConfigFile(values.config);
    const target = selectTarget(config, values.target);
    if (target.kind !== 'swarm')
      throw new ConfigurationError('pruning works on Swarm targets only', '--target');
    const keep = values.keep === undefined ? config.prune.keep : Number(values.keep);
    if (!Number.isSafeInteger(keep) || keep < 1)
      throw new ConfigurationError(`expected a whole number of at least 1, got ${values.keep}`, '--keep');
    const progress = createProgress((text) => process.stderr.write(text), isLive(process.env));
    progress.stage(`prune secrets of stack ${target.stack} (keep ${keep})`);
    engine = await openSwarm(target, progress, ctx.signal);
    const dryRun = values['dry-run'] === true;
    const selection = await pruneSwarmSecrets(
      engine.docker,
      {
        stack: target.stack,
        keep,
        dryRun,
        lock: { holder: `${userInfo().username}@${hostname()} (gantry prune)`, waitMs: target.lockWaitMs },
      },
      progress,
    );
    progress.stop();
    ctx.out(
      `${selection.pruned.length} ${dryRun ? 'to prune' : 'pruned'}, ${selection.kept.length} kept, ${selection.protected.length} protected`,
    );
    return 0;
  } catch (error) {
    if (!isConfigurationError(error)) throw error;
    ctx.err(`gantry prune: ${error.message}`);
    return 2;
  } finally {
    await engine?.close();
  }
}
