import * as core from '@actions/core';
import type { DockerClient } from '../../adapters/docker.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import type { SmokeOptions } from '../../core/smoke/options.ts';
import { type BlueGreenSettings, type Color, colorStack } from '../../core/strategy/blue-green.ts';
import { checkStackFiles, interpolationEnv } from '../../core/swarm/request.ts';
import { type BlueGreenResult, deployBlueGreen } from '../../pipeline/swarm/blue-green.ts';
import { deploySwarmStack, type SwarmDeployResult } from '../../pipeline/swarm/deploy.ts';
import {
  type ColorsRequest,
  expirePreviousColor,
  switchBackColors,
} from '../../pipeline/swarm/switch-back.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import type { DeploySwarmInputs, SwitchInputs } from './inputs.ts';

// The deploy-swarm action's blue-green paths; the deploy, the switch back and the expiry are the ones
// `gantry release` and `gantry switch` run (src/pipeline/swarm/blue-green.ts, switch-back.ts).

const holder = () => lockHolder(process.env, 'gantry');

/** A blue-green deploy's verdict as the action reports it: the colour's services, the live and previous colours. */
export interface BlueGreenVerdict extends SwarmDeployResult {
  live: Color | undefined;
  previous: Color | undefined;
}

/** Deploys a colour's stack from the action's stack files, with no rollback (a failed colour is removed). */
function deployColor(
  docker: DockerClient,
  inputs: DeploySwarmInputs,
  color: Color,
  preview: SmokeOptions | undefined,
  signal: AbortSignal,
): Promise<SwarmDeployResult> {
  const stack = colorStack(inputs.stack, color);
  const interpolation = interpolationEnv(
    process.env,
    new Map([...inputs.envInput, ['GANTRY_COLOR', color] as const]),
  );
  return deploySwarmStack(
    docker,
    {
      stack,
      composePaths: inputs.composePaths,
      analysis: checkStackFiles(inputs.files, interpolation, stack, { compose: 'compose-file', env: 'env' }),
      env: { ...inputs.env, GANTRY_COLOR: color },
      imagePins: inputs.imagePins,
      prune: inputs.prune,
      withRegistryAuth: inputs.registry !== undefined,
      timeoutMs: inputs.timeoutMs,
      noProgressMs: inputs.noProgressMs,
      rollback: false,
      dryRun: inputs.dryRun,
      smoke: preview,
      pendingSecrets: [],
      lock: { holder: holder(), waitMs: inputs.lockTimeoutMs },
      workDir: runnerTemp(),
      signal,
      onLock: (lock) => core.saveState('color-lock-id', lock.id),
    },
    actionsReporter,
  );
}

/** The verdict with the colour deploy's services (none when it never ran). */
const verdictOf = (result: BlueGreenResult): BlueGreenVerdict => ({
  status: result.status,
  message: result.message,
  smoke: result.smoke ?? result.deploy?.smoke,
  rolledBack: [],
  services: result.deploy?.services ?? [],
  removed: result.deploy?.removed ?? [],
  live: result.live,
  previous: result.previous,
});

/** `strategy: blue-green`: the idle colour beside the live one, checked, then the proxy switched to it. */
export async function deployColors(
  docker: DockerClient,
  inputs: DeploySwarmInputs & { blueGreen: BlueGreenSettings },
  signal: AbortSignal,
): Promise<BlueGreenVerdict> {
  const result = await deployBlueGreen(
    docker,
    {
      stack: inputs.stack,
      settings: inputs.blueGreen,
      proxyInput: 'proxy-service',
      smoke: inputs.smoke,
      skipSmoke: false,
      timeoutMs: inputs.timeoutMs,
      dryRun: inputs.dryRun,
      lock: { holder: holder(), waitMs: inputs.lockTimeoutMs },
      signal,
      onLock: (lock) => core.saveState('lock-id', lock.id),
      deployColor: (color, preview) => deployColor(docker, inputs, color, preview, signal),
    },
    actionsReporter,
  );
  return verdictOf(result);
}

const colorsRequest = (inputs: SwitchInputs): ColorsRequest => ({
  stack: inputs.stack,
  settings: inputs.blueGreen,
  proxyInput: 'proxy-service',
  input: 'switch',
  timeoutMs: inputs.timeoutMs,
  lock: { holder: holder(), waitMs: inputs.lockTimeoutMs },
  onLock: (lock) => core.saveState('lock-id', lock.id),
});

/** `switch: back|expire`: the outputs `status`, `live-color`, `previous-color` and `message`. */
export async function switchColors(
  docker: DockerClient,
  mode: 'back' | 'expire',
  inputs: SwitchInputs,
): Promise<{ status: string; live: Color | undefined; previous: Color | undefined; message: string }> {
  const request = colorsRequest(inputs);
  if (mode === 'back') {
    const { from, to } = await switchBackColors(docker, request, actionsReporter);
    const message = `${inputs.blueGreen.proxyService} switched back: ${from} → ${to} (${from} keeps running)`;
    return { status: 'switched-back', live: to, previous: from, message };
  }
  const { state, removed } = await expirePreviousColor(docker, request, actionsReporter);
  return removed === undefined
    ? {
        status: 'kept',
        live: state.live,
        previous: state.previous,
        message: `nothing removed: the previous colour is gone or its keep-previous time (${state.previousUntil ?? 'none recorded'}) is not up`,
      }
    : {
        status: 'removed',
        live: state.live,
        previous: state.previous,
        message: `removed ${colorStack(inputs.stack, removed)}: kept until ${state.previousUntil} (keep-previous)`,
      };
}
