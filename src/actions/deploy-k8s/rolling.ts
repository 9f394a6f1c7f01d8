import { beforeApplyJobs } from '../../core/pre-deploy/jobs.ts';
import { podDefaultsOf } from '../../core/pre-deploy/kubernetes-job.ts';
import { deployKubernetes } from '../../pipeline/kubernetes/deploy.ts';
import { runKubernetesJobs } from '../../pipeline/kubernetes/pre-deploy.ts';
import { withDeploymentRecord } from '../../runtime/deployment-record.ts';
import { actionsReporter } from '../../runtime/reporter.ts';
import { reportVerdict } from '../../runtime/step-verdict.ts';
import { type DeployStep, deployingTo } from './cluster.ts';
import type { DeployK8sInputs } from './inputs.ts';
import { k8sSummaryMarkdown } from './summary.ts';

/** `strategy: rolling` (the default): the objects applied and their rollouts watched, pre-deploy Jobs first. */
export async function deployRollingK8s(
  { connected, objects, lock, signal, reported }: DeployStep,
  inputs: DeployK8sInputs,
): Promise<void> {
  const result = await withDeploymentRecord(inputs, deployingTo(connected, inputs), () =>
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
        lock,
        ...beforeApplyJobs(inputs.preDeploy, () =>
          runKubernetesJobs(
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
      },
      actionsReporter,
    ),
  );
  await reportVerdict(
    {
      outputs: {
        status: result.status,
        workloads: JSON.stringify(result.workloads),
        message: result.message,
      },
      summary: k8sSummaryMarkdown(connected.context, result, inputs.dryRun),
      message: result.message,
      ok: result.status === 'deployed',
    },
    reported,
  );
}
