import * as core from '@actions/core';
import { desiredSecrets, type SecretPlan } from '../../core/secrets/index.ts';
import { applyKubernetesSecrets } from '../../pipeline/secrets/kubernetes.ts';
import { applySwarmSecrets } from '../../pipeline/secrets/swarm.ts';
import { onTarget } from '../../runtime/on-target.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readSecretsInputs, type SecretsInputs } from './inputs.ts';

export async function run(): Promise<void> {
  const inputs = readSecretsInputs();
  // Names and labels are checked before any connection: a bad one touches nothing.
  const desired = desiredSecrets({
    platform: inputs.connection.target,
    stack: inputs.stack,
    mode: inputs.mode,
    values: inputs.values,
    commit: process.env.GITHUB_SHA || '0000000',
    now: new Date(),
  });
  const request = {
    stack: inputs.stack,
    mode: inputs.mode,
    desired,
    values: inputs.values,
    dryRun: inputs.dryRun,
  };
  const title = `Secrets of stack ${inputs.stack}`;
  await onTarget(inputs.connection, {
    kubernetes: async (connected) => {
      const namespace = connected.defaultNamespace;
      const plan = await core.group(`${title} in namespace ${namespace}`, () =>
        applyKubernetesSecrets(connected.kubectl, { ...request, namespace }, actionsReporter),
      );
      await report(inputs, plan, `namespace \`${namespace}\` (context \`${connected.context}\`)`);
    },
    swarm: async (engine) => {
      const plan = await core.group(title, () => applySwarmSecrets(engine.docker, request, actionsReporter));
      await report(inputs, plan, 'Docker Swarm');
    },
  });
}

/** Outputs, `<NAME>_SECRET` in the job environment (not in a dry run), and the job summary. */
async function report(inputs: SecretsInputs, plan: SecretPlan, where: string): Promise<void> {
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
      `### 🔐 Secrets of stack \`${inputs.stack}\` on ${where}${inputs.dryRun ? ' (dry run)' : ''}`,
      '',
      '| secret | versioned name | | variable |',
      '|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}
