import * as core from '@actions/core';
import { StepFailure } from '../../core/errors.ts';
import { lockHolder } from '../../core/swarm/lock.ts';
import { deploySwarmStack } from '../../pipeline/swarm/deploy.ts';
import { openEngine, runnerTemp } from '../../runtime/connection.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readDeploySwarmInputs } from './inputs.ts';
import { deploySummaryMarkdown } from './summary.ts';

export async function run(): Promise<void> {
  const inputs = readDeploySwarmInputs();
  const cancel = new AbortController();
  process.once('SIGTERM', () => cancel.abort());
  process.once('SIGINT', () => cancel.abort());

  const engine = await openEngine(inputs.connection, {}, cancel.signal);
  try {
    const result = await deploySwarmStack(
      engine.docker,
      {
        stack: inputs.stack,
        composePaths: inputs.composePaths,
        analysis: inputs.analysis,
        env: inputs.env,
        imagePins: inputs.imagePins,
        prune: inputs.prune,
        withRegistryAuth: inputs.registry !== undefined,
        timeoutMs: inputs.timeoutMs,
        noProgressMs: inputs.noProgressMs,
        rollback: inputs.rollback,
        dryRun: inputs.dryRun,
        smoke: inputs.smoke,
        pendingSecrets: [],
        lock: { holder: lockHolder(process.env, 'gantry'), waitMs: inputs.lockTimeoutMs },
        workDir: runnerTemp(),
        signal: cancel.signal,
        onLock: (lock) => core.saveState('lock-id', lock.id),
      },
      actionsReporter,
    );
    core.setOutput('status', result.status);
    core.setOutput('services', JSON.stringify(result.services));
    core.setOutput('message', result.message);
    await writeSummary(deploySummaryMarkdown(inputs.stack, result, inputs.dryRun));
    if (result.status !== 'deployed') throw new StepFailure(result.message);
    core.info(result.message);
  } finally {
    await engine.close();
  }
}
