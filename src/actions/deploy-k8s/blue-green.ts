import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import { StepFailure } from '../../core/errors.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import type { KubernetesBlueGreenSettings } from '../../core/strategy/kubernetes.ts';
import { deployK8sBlueGreen } from '../../pipeline/kubernetes/blue-green.ts';
import type { LeaseRequest } from '../../pipeline/kubernetes/lease-lock.ts';
import { ACTION_INPUT_NAMES, type Connected, connect } from '../../pipeline/kubernetes/prepare.ts';
import { expireK8s, switchBackK8s } from '../../pipeline/kubernetes/switch-back.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import type { DeployK8sInputs } from './inputs.ts';
import { readK8sSwitchInputs } from './inputs.ts';
import { type LeftLease, STATE_LEASE } from './post.ts';

// The deploy-k8s action's blue-green paths: the deploy, the switch back and the expiry are the ones
// `gantry release` and `gantry switch` run (src/pipeline/kubernetes/blue-green.ts, switch-back.ts).

/** The namespace's deploy lock, recorded for `post` while held (as the rolling deploy does). */
export function actionLease(connected: Connected, waitMs: number): LeaseRequest {
  return {
    holder: lockHolder(process.env, 'gantry'),
    waitMs,
    onLock: (lease) =>
      core.saveState(
        STATE_LEASE,
        JSON.stringify({
          ...lease,
          kubeconfig: connected.kubeconfigFile.file,
          context: connected.context,
          binary: connected.kubectl.binary,
        } satisfies LeftLease),
      ),
    onRelease: () => core.saveState(STATE_LEASE, ''),
  };
}

/** `strategy: blue-green`: the idle colour beside the live one, checked, then the Service switched to it. */
export async function deployColorsK8s(
  connected: Connected,
  inputs: DeployK8sInputs & { blueGreen: KubernetesBlueGreenSettings },
  objects: K8sObject[],
  signal: AbortSignal,
  reported: () => void,
): Promise<void> {
  const result = await deployK8sBlueGreen(
    connected.kubectl,
    {
      objects,
      settings: inputs.blueGreen,
      namespace: connected.defaultNamespace,
      workDir: connected.kubeconfigFile.dir,
      timeoutMs: inputs.timeoutMs,
      smoke: inputs.smoke,
      skipSmoke: false,
      dryRun: inputs.dryRun,
      input: 'service',
      lock: actionLease(connected, inputs.lockTimeoutMs),
      signal,
    },
    actionsReporter,
  );
  core.setOutput('status', result.status);
  core.setOutput('workloads', '[]');
  core.setOutput('message', result.message);
  core.setOutput('live-color', result.live ?? '');
  core.setOutput('previous-color', result.previous ?? '');
  reported();
  await writeSummary(
    `### 🔀 Service \`${inputs.blueGreen.service}\`: ${result.status}\n\n${result.message}\n`,
  );
  if (result.status !== 'deployed') throw new StepFailure(result.message);
  core.info(result.message);
}

/** `switch: back|expire` on a blue-green target: the Service or the previous colour only, nothing deployed. */
export async function switchOnlyK8s(mode: 'back' | 'expire', reported: () => void): Promise<void> {
  const inputs = readK8sSwitchInputs();
  const connected = await connect({
    ...inputs,
    baseDir: runnerTemp(),
    names: ACTION_INPUT_NAMES,
    report: actionsReporter,
    signal: cancellationSignal(),
    onKubeconfig: (file) => core.saveState('kube-dir', file.dir),
  });
  try {
    const request = {
      namespace: connected.defaultNamespace,
      settings: inputs.blueGreen,
      input: 'switch',
      subject: `Service ${inputs.blueGreen.service}`,
      lock: actionLease(connected, inputs.lockTimeoutMs),
      ttlMs: inputs.timeoutMs * 2 + 300_000,
    };
    const outcome = await (mode === 'back'
      ? switchBackK8s(connected.kubectl, request, actionsReporter).then(({ from, to }) => ({
          status: 'switched-back',
          live: to,
          previous: from,
          message: `Service ${inputs.blueGreen.service} switched back: ${from} → ${to} (${from} keeps running)`,
        }))
      : expireK8s(connected.kubectl, request, actionsReporter).then(({ removed, state }) => ({
          status: removed === undefined ? 'kept' : 'removed',
          live: state.live,
          previous: state.previous,
          message:
            removed === undefined
              ? `nothing removed: the previous colour is gone or its keep-previous time (${state.previousUntil ?? 'none recorded'}) is not up`
              : `removed ${removed}: kept until ${state.previousUntil} (keep-previous)`,
        })));
    core.setOutput('status', outcome.status);
    core.setOutput('workloads', '[]');
    core.setOutput('message', outcome.message);
    core.setOutput('live-color', outcome.live ?? '');
    core.setOutput('previous-color', outcome.previous ?? '');
    reported();
    await writeSummary(
      `### 🔀 Service \`${inputs.blueGreen.service}\`: ${outcome.status}\n\n${outcome.message}\n`,
    );
    core.info(outcome.message);
  } finally {
    removeKubeconfigDir(connected.kubeconfigFile.dir);
  }
}
