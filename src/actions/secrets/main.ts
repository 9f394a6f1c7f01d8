import * as core from '@actions/core';
import { desiredSecrets } from '../../core/secrets/index.ts';
import { applySwarmSecrets } from '../../pipeline/secrets/swarm.ts';
import { openEngine } from '../../runtime/connection.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readSecretsInputs } from './inputs.ts';

export async function run(): Promise<void> {
  const inputs = readSecretsInputs();
  const desired = desiredSecrets({
    platform: 'swarm',
    stack: inputs.stack,
    mode: inputs.mode,
    values: inputs.values,
    commit: process.env.GITHUB_SHA || '0000000',
    now: new Date(),
  });
  const engine = await openEngine(inputs.connection);
  try {
    const plan = await core.group(`Secrets of stack ${inputs.stack}`, () =>
      applySwarmSecrets(
        engine.docker,
        { stack: inputs.stack, mode: inputs.mode, desired, values: inputs.values, dryRun: inputs.dryRun },
        actionsReporter,
      ),
    );
    const envLines = Object.entries(plan.env).map(([key, value]) => `${key}=${value}`);
    if (!inputs.dryRun) for (const [key, value] of Object.entries(plan.env)) core.exportVariable(key, value);
    core.setOutput('env', envLines.join('\n'));
    core.setOutput('created', JSON.stringify(plan.create.map((s) => s.fullName)));
    core.setOutput('reused', JSON.stringify(plan.reuse.map((s) => s.fullName)));
    const rows = [
      ...plan.create.map(
        (s) =>
          `| ${s.name} | \`${s.fullName}\` | ${inputs.dryRun ? 'would create' : 'created'} | \`${s.envName}\` |`,
      ),
      ...plan.reuse.map((s) => `| ${s.name} | \`${s.fullName}\` | reused | \`${s.envName}\` |`),
    ];
    await writeSummary(
      [
        `### 🔐 Secrets of stack \`${inputs.stack}\`${inputs.dryRun ? ' (dry run)' : ''}`,
        '',
        '| secret | versioned name | | variable |',
        '|---|---|---|---|',
        ...rows,
        '',
      ].join('\n'),
    );
  } finally {
    await engine.close();
  }
}
