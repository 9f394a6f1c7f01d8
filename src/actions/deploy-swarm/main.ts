import * as core from '@actions/core';
import type { DockerClient } from '../../adapters/docker.ts';
import { createDockerConfig, login, removeDockerConfig } from '../../adapters/docker-config.ts';
import { StepFailure } from '../../core/errors.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import { beforeApplyJobs } from '../../core/pre-deploy/jobs.ts';
import { deploySwarmStack, type SwarmDeployResult } from '../../pipeline/swarm/deploy.ts';
import { runSwarmJobs } from '../../pipeline/swarm/pre-deploy.ts';
import { reconcileSwarmReplicas } from '../../pipeline/swarm/replicas.ts';
import { openEngine, runnerTemp } from '../../runtime/connection.ts';
import { withDeploymentRecord } from '../../runtime/deployment-record.ts';
import { reportingFailure } from '../../runtime/failed-status.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { type BlueGreenVerdict, deployColors, switchColors } from './blue-green.ts';
import { type DeploySwarmInputs, readDeploySwarmInputs, readSwitchInputs, readSwitchMode } from './inputs.ts';
import { deploySummaryMarkdown } from './summary.ts';

export const run = (): Promise<void> =>
  reportingFailure(['services'], (reported) => {
    const mode = readSwitchMode();
    return mode === 'deploy' ? deploy(reported) : switchOnly(mode, reported);
  });

/** `switch: back|expire` on a blue-green stack: the proxy or the previous colour only, nothing deployed. */
async function switchOnly(mode: 'back' | 'expire', reported: () => void): Promise<void> {
  const inputs = readSwitchInputs();
  const engine = await openEngine(inputs.connection, {}, cancellationSignal());
  try {
    const result = await switchColors(engine.docker, mode, inputs);
    core.setOutput('status', result.status);
    core.setOutput('services', '[]');
    core.setOutput('message', result.message);
    core.setOutput('live-color', result.live ?? '');
    core.setOutput('previous-color', result.previous ?? '');
    reported();
    await writeSummary(`### 🔀 stack \`${inputs.stack}\`: ${result.status}\n\n${result.message}\n`);
    core.info(result.message);
  } finally {
    await engine.close();
  }
}

/** Swarm's rolling update of the stack (strategy: rolling), with its pre-deploy jobs and replica counts. */
async function rolling(
  docker: DockerClient,
  inputs: DeploySwarmInputs,
  signal: AbortSignal,
): Promise<SwarmDeployResult> {
  const replicas = await reconcileSwarmReplicas(
    docker,
    { stack: inputs.stack, analysis: inputs.analysis, mode: inputs.replicas, workDir: runnerTemp() },
    actionsReporter,
  );
  return deploySwarmStack(
    docker,
    {
      stack: inputs.stack,
      composePaths: replicas === undefined ? inputs.composePaths : [...inputs.composePaths, replicas],
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
      signal,
      onLock: (lock) => core.saveState('lock-id', lock.id),
      ...beforeApplyJobs(inputs.preDeploy, () =>
        runSwarmJobs(docker, { stack: inputs.stack, jobs: inputs.preDeploy, signal }, actionsReporter),
      ),
    },
    actionsReporter,
  );
}

/** Sets the outputs of a deploy's verdict (rolling: no colours). */
function setOutputs(result: SwarmDeployResult | BlueGreenVerdict): void {
  core.setOutput('status', result.status);
  core.setOutput('services', JSON.stringify(result.services));
  core.setOutput('message', result.message);
  const colors = 'live' in result ? result : { live: undefined, previous: undefined };
  core.setOutput('live-color', colors.live ?? '');
  core.setOutput('previous-color', colors.previous ?? '');
}

async function deploy(reported: () => void): Promise<void> {
  const inputs = readDeploySwarmInputs();
  const signal = cancellationSignal();

  // Registry credentials live in a temporary DOCKER_CONFIG, created before anything connects.
  const dockerConfig = inputs.registry === undefined ? undefined : createDockerConfig(runnerTemp());
  if (dockerConfig !== undefined) core.saveState('docker-config', dockerConfig);
  const engine = await openEngine(
    inputs.connection,
    dockerConfig === undefined ? {} : { DOCKER_CONFIG: dockerConfig },
    signal,
  );
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
    const blueGreen = inputs.blueGreen;
    const result: SwarmDeployResult | BlueGreenVerdict = await withDeploymentRecord(
      inputs,
      `Deploying stack ${inputs.stack}`,
      () =>
        blueGreen === undefined
          ? rolling(engine.docker, inputs, signal)
          : deployColors(engine.docker, { ...inputs, blueGreen }, signal),
    );
    setOutputs(result);
    reported();
    await writeSummary(deploySummaryMarkdown(inputs.stack, result, inputs.dryRun));
    if (result.status !== 'deployed') throw new StepFailure(result.message);
    core.info(result.message);
  } finally {
    if (dockerConfig !== undefined)
      await removeDockerConfig(dockerConfig, inputs.registry ? [inputs.registry.server] : []);
    await engine.close();
  }
}
