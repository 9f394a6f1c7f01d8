import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import { StepFailure } from '../../core/errors.ts';
import { lockHolder } from '../../core/lock-holder.ts';
import { firstFailure, jobsBudgetMs } from '../../core/pre-deploy/jobs.ts';
import { podDefaultsOf } from '../../core/pre-deploy/kubernetes-job.ts';
import { deployKubernetes } from '../../pipeline/kubernetes/deploy.ts';
import { runKubernetesJobs } from '../../pipeline/kubernetes/pre-deploy.ts';
import { ACTION_INPUT_NAMES, buildObjects, connect } from '../../pipeline/kubernetes/prepare.ts';
import { reconcileReplicas } from '../../pipeline/kubernetes/replicas.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import { withDeploymentRecord } from '../../runtime/deployment-record.ts';
import { reportingFailure } from '../../runtime/failed-status.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { cancellationSignal } from '../../runtime/signals.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { deployColorsK8s, switchOnlyK8s } from './blue-green.ts';
import { canarySwitchK8s, deployCanaryK8s } from './canary.ts';
import { readDeployK8sInputs, readSwitchMode } from './inputs.ts';
import { type LeftLease, STATE_LEASE } from './post.ts';
import { k8sSummaryMarkdown } from './summary.ts';

export const run = (): Promise<void> =>
  reportingFailure(['workloads'], (reported) => {
    const mode = readSwitchMode();
    if (mode === 'deploy') return deploy(reported);
    return mode === 'promote' || mode === 'abort'
      ? canarySwitchK8s(mode, reported)
      : switchOnlyK8s(mode, reported);
  });

async function deploy(reported: () => void): Promise<void> {
  const inputs = readDeployK8sInputs();
  // Without kustomize the manifests are checked before any connection: a bad one touches nothing.
  const early =
    inputs.kustomizeDir === undefined
      ? await buildObjects({
          kubectl: undefined,
          sources: inputs.sources,
          kustomizeDir: undefined,
          env: inputs.env,
          images: inputs.images,
          annotations: inputs.annotations,
          namespace: inputs.namespace,
          names: ACTION_INPUT_NAMES,
        })
      : undefined;
  const signal = cancellationSignal();

  const connected = await connect({
    kubeconfig: inputs.kubeconfig,
    context: inputs.context,
    namespace: inputs.namespace,
    kubectlVersion: inputs.kubectlVersion,
    baseDir: runnerTemp(),
    names: ACTION_INPUT_NAMES,
    report: actionsReporter,
    signal,
    onKubeconfig: (file) => core.saveState('kube-dir', file.dir),
  });
  try {
    const built =
      early ??
      (await buildObjects({
        kubectl: connected.kubectl,
        sources: inputs.sources,
        kustomizeDir: inputs.kustomizeDir,
        env: inputs.env,
        images: inputs.images,
        annotations: inputs.annotations,
        namespace: inputs.namespace,
        names: ACTION_INPUT_NAMES,
      }));
    const { blueGreen, canary } = inputs;
    if (blueGreen !== undefined) {
      await deployColorsK8s(connected, { ...inputs, blueGreen }, built, signal, reported);
      return;
    }
    const objects = await reconcileReplicas(
      connected.kubectl,
      built,
      inputs.replicas,
      connected.defaultNamespace,
      actionsReporter,
    );
    if (canary !== undefined) {
      await deployCanaryK8s(connected, { ...inputs, canary }, objects, signal, reported);
      return;
    }
    const result = await withDeploymentRecord(
      inputs,
      `Deploying to ${connected.context}${inputs.namespace ? `/${inputs.namespace}` : ''}`,
      () =>
        deployKubernetes(
          connected.kubectl,
          {
            objects,
            namespace: inputs.namespace,
            defaultNamespace: connected.defaultNamespace,
            timeoutMs: inputs.timeoutMs,
            rollback: inputs.rollback,
            dryRun: inputs.dryRun,
            smoke: inputs.smoke,
            workDir: connected.kubeconfigFile.dir,
            signal,
            lock: {
              holder: lockHolder(process.env, 'gantry'),
              waitMs: inputs.lockTimeoutMs,
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
              // Released by the deploy itself: nothing left for `post`.
              onRelease: () => core.saveState(STATE_LEASE, ''),
            },
            ...(inputs.preDeploy.length === 0
              ? {}
              : {
                  beforeApplyMs: jobsBudgetMs(inputs.preDeploy),
                  beforeApply: async () =>
                    firstFailure(
                      await runKubernetesJobs(
                        connected.kubectl,
                        {
                          namespace: connected.defaultNamespace,
                          jobs: inputs.preDeploy,
                          podDefaults: podDefaultsOf(objects),
                          signal,
                        },
                        actionsReporter,
                      ),
                    ),
                }),
          },
          actionsReporter,
        ),
    );
    core.setOutput('status', result.status);
    core.setOutput('workloads', JSON.stringify(result.workloads));
    core.setOutput('message', result.message);
    reported();
    await writeSummary(k8sSummaryMarkdown(connected.context, result, inputs.dryRun));
    if (result.status !== 'deployed') throw new StepFailure(result.message);
    core.info(result.message);
  } finally {
    removeKubeconfigDir(connected.kubeconfigFile.dir);
  }
}
