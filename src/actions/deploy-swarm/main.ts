import * as core from '@actions/core';
import { createDockerConfig, login, removeDockerConfig } from '../../adapters/docker-config.ts';
import { StepFailure } from '../../core/errors.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import { deploySwarmStack } from '../../pipeline/swarm/deploy.ts';
import { openEngine, runnerTemp } from '../../runtime/connection.ts';
import {
  type DeploymentRecord,
  finishDeploymentRecord,
  startDeploymentRecord,
} from '../../runtime/deployment-record.ts';
import { reportingFailure } from '../../runtime/failed-status.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readDeploySwarmInputs } from './inputs.ts';
import { deploySummaryMarkdown } from './summary.ts';

export const run = (): Promise<void> => reportingFailure(['services'], deploy);

async function deploy(reported: () => void): Promise<void> {
  const inputs = readDeploySwarmInputs();
  const cancel = new AbortController();
  // `on`, not `once`: execa's signal-exit re-raises a signal no other listener is left to handle.
  process.on('SIGTERM', () => cancel.abort());
  process.on('SIGINT', () => cancel.abort());

  // Registry credentials live in a temporary DOCKER_CONFIG, created before anything connects.
  const dockerConfig = inputs.registry === undefined ? undefined : createDockerConfig(runnerTemp());
  if (dockerConfig !== undefined) core.saveState('docker-config', dockerConfig);
  const engine = await openEngine(
    inputs.connection,
    dockerConfig === undefined ? {} : { DOCKER_CONFIG: dockerConfig },
    cancel.signal,
  );
  let record: DeploymentRecord | undefined;
  try {
    if (inputs.registry !== undefined) {
      const registry = inputs.registry;
      await core.group(`docker login ${registry.server}`, () =>
        login(engine.docker, {
          registry: registry.server,
          username: registry.username,
          password: registry.password,
        }),
      );
    }
    if (inputs.environment !== '' && !inputs.dryRun) {
      record = await startDeploymentRecord(
        inputs.environment,
        inputs.environmentUrl,
        `Deploying stack ${inputs.stack}`,
      );
    }
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
    if (record !== undefined)
      await finishDeploymentRecord(record, result.status === 'deployed', result.message);
    record = undefined;
    core.setOutput('status', result.status);
    core.setOutput('services', JSON.stringify(result.services));
    core.setOutput('message', result.message);
    reported();
    await writeSummary(deploySummaryMarkdown(inputs.stack, result, inputs.dryRun));
    if (result.status !== 'deployed') throw new StepFailure(result.message);
    core.info(result.message);
  } finally {
    // A deploy that threw before its verdict still closes its deployment record as failed.
    if (record !== undefined) await finishDeploymentRecord(record, false, 'the deploy stopped with an error');
    if (dockerConfig !== undefined)
      await removeDockerConfig(dockerConfig, inputs.registry ? [inputs.registry.server] : []);
    await engine.close();
  }
}
