import * as core from '@actions/core';
import { removeKubeconfigDir } from '../../adapters/kubeconfig.ts';
import { StepFailure } from '../../core/errors.ts';
import { deployKubernetes } from '../../pipeline/kubernetes/deploy.ts';
import { ACTION_INPUT_NAMES, buildObjects, connect } from '../../pipeline/kubernetes/prepare.ts';
import { runnerTemp } from '../../runtime/connection.ts';
import {
  type DeploymentRecord,
  finishDeploymentRecord,
  startDeploymentRecord,
} from '../../runtime/deployment-record.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { writeSummary } from '../../runtime/summary.ts';
import { readDeployK8sInputs } from './inputs.ts';
import { k8sSummaryMarkdown } from './summary.ts';

export async function run(): Promise<void> {
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
  const cancel = new AbortController();
  process.once('SIGTERM', () => cancel.abort());
  process.once('SIGINT', () => cancel.abort());

  const connected = await connect({
    kubeconfig: inputs.kubeconfig,
    context: inputs.context,
    namespace: inputs.namespace,
    kubectlVersion: inputs.kubectlVersion,
    baseDir: runnerTemp(),
    names: ACTION_INPUT_NAMES,
    report: actionsReporter,
    signal: cancel.signal,
    onKubeconfig: (file) => core.saveState('kube-dir', file.dir),
  });
  let record: DeploymentRecord | undefined;
  try {
    const objects =
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
    if (inputs.environment !== '' && !inputs.dryRun) {
      record = await startDeploymentRecord(
        inputs.environment,
        inputs.environmentUrl,
        `Deploying to ${connected.context}${inputs.namespace ? `/${inputs.namespace}` : ''}`,
      );
    }
    const result = await deployKubernetes(
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
        signal: cancel.signal,
      },
      actionsReporter,
    );
    if (record !== undefined)
      await finishDeploymentRecord(record, result.status === 'deployed', result.message);
    record = undefined;
    core.setOutput('status', result.status);
    core.setOutput('workloads', JSON.stringify(result.workloads));
    core.setOutput('message', result.message);
    await writeSummary(k8sSummaryMarkdown(connected.context, result, inputs.dryRun));
    if (result.status !== 'deployed') throw new StepFailure(result.message);
    core.info(result.message);
  } finally {
    // A deploy that threw before its verdict still closes its deployment record as failed.
    if (record !== undefined) await finishDeploymentRecord(record, false, 'the deploy stopped with an error');
    removeKubeconfigDir(connected.kubeconfigFile.dir);
  }
}
