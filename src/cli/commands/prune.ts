import { parseArgs } from 'node:util';
import { parseDuration } from '../../core/inputs/parse.ts';
import { type PruneSelection, parseKeep } from '../../core/prune/index.ts';
import { checkSecretStack } from '../../core/secrets/index.ts';
import { pruneKubernetesSecrets } from '../../pipeline/prune/kubernetes.ts';
import { pruneSwarmSecrets } from '../../pipeline/prune/swarm.ts';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, cliTarget } from '../connection.ts';
import type { CliContext } from '../context.ts';
import { cliLockHolder } from '../lock-holder.ts';
import { onTarget } from '../on-target.ts';
import { terminalReporter } from '../reporter.ts';

export const PRUNE_USAGE = `Usage: gantry prune --stack NAME [--keep N] [options]

Removes old versions of a stack's secrets with the same engine as the prune-secrets action: the
newest N of each secret stay, and so does every older version still in use (Swarm: a service's
current or previous spec, a running task; Kubernetes: a pod template, a pod, a ReplicaSet kept
for rollback). Prints {"pruned","kept","protected"} as JSON on stdout; the log goes to stderr.
Exit code 0: done (or planned), 2: bad arguments.

  --stack NAME             stack whose secrets are pruned (selected by the gantry.stack label)
  --keep N                 newest versions to keep per secret (default 3, at least 1)
  --lock-timeout DURATION  wait for a deploy of the stack (Swarm) or namespace (Kubernetes) (default 5m)
${CONNECTION_USAGE}
  --dry-run                report what would be removed, remove nothing
`;

export async function pruneCommand(argv: string[], ctx: CliContext): Promise<number> {
  const { values: flags } = parseArgs({
    args: argv,
    strict: true,
    options: {
      ...CONNECTION_OPTIONS,
      stack: { type: 'string' },
      keep: { type: 'string' },
      'lock-timeout': { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (flags.help) {
    ctx.out(PRUNE_USAGE);
    return 0;
  }
  const stack = checkSecretStack('--stack', flags.stack ?? '');
  const keep = parseKeep('--keep', flags.keep ?? '3');
  const lockWaitMs = parseDuration('--lock-timeout', flags['lock-timeout'] ?? '5m');
  const target = cliTarget(flags);
  const dryRun = flags['dry-run'] === true;
  const report = terminalReporter(ctx);
  const title = `Pruning secrets of stack ${stack} (keep ${keep})`;
  const lock = { holder: cliLockHolder('gantry prune'), waitMs: lockWaitMs, waitInput: '--lock-timeout' };
  const selection = await onTarget<PruneSelection>(target, report, ctx.signal, {
    kubernetes: (connected) => {
      const namespace = connected.defaultNamespace;
      return report.group(`${title} in namespace ${namespace}`, () =>
        pruneKubernetesSecrets(connected.kubectl, { stack, keep, namespace, dryRun, lock }, report),
      );
    },
    swarm: (engine) => {
      return report.group(title, () =>
        pruneSwarmSecrets(engine.docker, { stack, keep, dryRun, lock }, report),
      );
    },
  });
  ctx.out(`${JSON.stringify(selection)}\n`);
  ctx.err(
    `${selection.pruned.length} ${dryRun ? 'to prune' : 'pruned'}, ${selection.kept.length} kept, ${selection.protected.length} protected\n`,
  );
  return 0;
}
