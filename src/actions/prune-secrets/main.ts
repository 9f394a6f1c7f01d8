import * as core from '@actions/core';
import { lockHolder } from '../../core/lock-holder.ts';
import type { PruneSelection } from '../../core/prune/index.ts';
import { pruneKubernetesSecrets } from '../../pipeline/prune/kubernetes.ts';
import { pruneSwarmSecrets } from '../../pipeline/prune/swarm.ts';
import { onTarget } from '../../runtime/on-target.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readPruneInputs } from './inputs.ts';

export async function run(): Promise<void> {
  const { connection, stack, keep, dryRun, lockWaitMs } = readPruneInputs();
  const title = `Pruning secrets of stack ${stack} (keep ${keep})`;
  const lock = { holder: lockHolder(process.env, 'gantry'), waitMs: lockWaitMs };
  const selection = await onTarget<PruneSelection>(connection, {
    kubernetes: (connected) => {
      const namespace = connected.defaultNamespace;
      return core.group(`${title} in namespace ${namespace}`, () =>
        pruneKubernetesSecrets(connected.kubectl, { stack, keep, namespace, dryRun, lock }, actionsReporter),
      );
    },
    swarm: (engine) => {
      return core.group(title, () =>
        pruneSwarmSecrets(engine.docker, { stack, keep, dryRun, lock }, actionsReporter),
      );
    },
  });
  await report(stack, dryRun, selection);
}

async function report(stack: string, dryRun: boolean, selection: PruneSelection): Promise<void> {
  core.setOutput('pruned', JSON.stringify(selection.pruned));
  core.setOutput('kept', JSON.stringify(selection.kept));
  core.setOutput('protected', JSON.stringify(selection.protected));
  const row = (what: string) => (e: { name: string; created: string; reason: string }) =>
    `| \`${e.name}\` | ${e.created} | ${what} | ${e.reason} |`;
  await writeSummary(
    [
      `### 🧹 Secrets of stack \`${stack}\`${dryRun ? ' (dry run)' : ''}: ${selection.pruned.length} ${dryRun ? 'to prune' : 'pruned'}, ${selection.kept.length} kept, ${selection.protected.length} protected`,
      '',
      '| secret | created | | why |',
      '|---|---|---|---|',
      ...selection.pruned.map(row(dryRun ? 'would prune' : 'pruned')),
      ...selection.protected.map(row('protected')),
      ...selection.kept.map(row('kept')),
      '',
    ].join('\n'),
  );
}
