import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import { StepFailure } from '../../core/errors.ts';
import type { K8sObject } from '../../core/kubernetes/manifests.ts';
import type { CanarySettings } from '../../core/strategy/kubernetes.ts';
import { actOnCanary } from '../../pipeline/kubernetes/canary-commands.ts';
import { type CanaryOutcome, deployCanary } from '../../pipeline/kubernetes/canary-deploy.ts';
import { ACTION_INPUT_NAMES, type Connected, connect } from '../../pipeline/kubernetes/prepare.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { actionLease } from './blue-green.ts';
import type { DeployK8sInputs } from './inputs.ts';
import { readK8sCanarySwitchInputs } from './inputs.ts';

// The deploy-k8s action's canary paths: the deploy and the promote/abort of a canary left running
// are the ones `gantry release` and `gantry canary` run (src/pipeline/kubernetes/canary-deploy.ts,
// canary-commands.ts).

const ACT = 'run deploy-k8s with switch: promote or abort';

/** The outputs and the summary of a canary step; a status other than `expected` fails the step. */
async function report(
  outcome: Omit<CanaryOutcome, 'status'> & { status: string },
  subject: string,
  reported: () => void,
): Promise<void> {
  core.setOutput('status', outcome.status);
  core.setOutput('workloads', '[]');
  core.setOutput('message', outcome.message);
  core.setOutput('canary', outcome.running ?? '');
  reported();
  await writeSummary(`### 🐤 ${subject}: ${outcome.status}\n\n${outcome.message}\n`);
}

/** `strategy: canary`: the canary beside the stable Deployment, checked through the Service, then promoted. */
export async function deployCanaryK8s(
  connected: Connected,
  inputs: DeployK8sInputs & { canary: CanarySettings },
  objects: K8sObject[],
  signal: AbortSignal,
  reported: () => void,
): Promise<void> {
  const outcome = await deployCanary({
    kubectl: connected.kubectl,
    namespace: connected.defaultNamespace,
    targetNamespace: inputs.namespace,
    workDir: connected.kubeconfigFile.dir,
    timeoutMs: inputs.timeoutMs,
    rollback: inputs.rollback,
    smoke: inputs.smoke,
    signal,
    report: actionsReporter,
    settings: inputs.canary,
    objects,
    skipSmoke: false,
    dryRun: inputs.dryRun,
    lock: { ...actionLease(connected, inputs.lockTimeoutMs), waitInput: 'lock-timeout' },
    names: { service: 'service', act: ACT, actInput: 'switch' },
  });
  await report(outcome, 'Canary', reported);
  if (outcome.status !== 'deployed') throw new StepFailure(outcome.message);
  core.info(outcome.message);
}

/** `switch: promote|abort` on a canary target: the canary left running is promoted or removed. */
export async function canarySwitchK8s(mode: 'promote' | 'abort', reported: () => void): Promise<void> {
  const inputs = readK8sCanarySwitchInputs();
  const signal = cancellationSignal();
  const connected = await connect({
    ...inputs,
    baseDir: runnerTemp(),
    names: ACTION_INPUT_NAMES,
    report: actionsReporter,
    signal,
    onKubeconfig: (file) => core.saveState('kube-dir', file.dir),
  });
  try {
    const run = {
      kubectl: connected.kubectl,
      namespace: connected.defaultNamespace,
      targetNamespace: inputs.namespace,
      workDir: connected.kubeconfigFile.dir,
      timeoutMs: inputs.timeoutMs,
      rollback: inputs.rollback,
      smoke: inputs.smoke,
      signal,
      report: actionsReporter,
    };
    const lock = { ...actionLease(connected, inputs.lockTimeoutMs), waitInput: 'lock-timeout' };
    const where = `context ${connected.context}`;
    const { canary, outcome } = await actOnCanary(run, mode, lock, { where, input: 'switch' });
    const status = mode === 'abort' ? 'aborted' : outcome.status === 'deployed' ? 'promoted' : outcome.status;
    await report({ ...outcome, status }, `Canary ${canary.state.canary}`, reported);
    if (status !== 'promoted' && status !== 'aborted') throw new StepFailure(outcome.message);
    core.info(outcome.message);
  } finally {
    removeKubeconfigDir(connected.kubeconfigFile.dir);
  }
}
