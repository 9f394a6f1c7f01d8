import * as core from '@actions/core';
import { checkSecretStack } from '../../core/secrets/index.ts';
import { lockHolder } from '../../core/swarm/lock.ts';
import { pruneSwarmSecrets } from '../../pipeline/prune/swarm.ts';
import { openEngine, readSwarmConnection } from '../../runtime/connection.ts';
import { readBoolean, readDuration, readInteger, readRequired } from '../../runtime/inputs.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';

export async function run(): Promise<void> {
  const connection = readSwarmConnection();
  const stack = checkSecretStack('stack', readRequired('stack'));
  const keep = readInteger('keep', 3, { min: 1, max: 1000 });
  const dryRun = readBoolean('dry-run', false);
  const lock = { holder: lockHolder(process.env, 'gantry'), waitMs: readDuration('lock-timeout', '5m') };
  const engine = await openEngine(connection);
  try {
    const selection = await core.group(`Pruning secrets of stack ${stack} (keep ${keep})`, () =>
      pruneSwarmSecrets(engine.docker, { stack, keep, dryRun, lock }, actionsReporter),
    );
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
  } finally {
    await engine.close();
  }
}
